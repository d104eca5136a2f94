/**
 * Hash chaining of the audit log: hash = sha256(prev_hash + canonical entry). Changing, inserting, removing or
 * reordering an entry breaks the chain from that entry on. Pure: the caller supplies sha256 (hex).
 */
export const GENESIS_HASH = '0'.repeat(64)

export interface AuditEntryContent {
  /** ISO 8601 with milliseconds, UTC */
  at: string
  actor: string
  action: string
  target: string | null
  details: Record<string, unknown>
}

export interface ChainedAuditEntry extends AuditEntryContent {
  seq: number
  prevHash: string
  hash: string
}

export type Sha256Hex = (text: string) => string

/** JSON with object keys sorted at every level, so jsonb's own key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function chainHash(prevHash: string, entry: AuditEntryContent, sha256: Sha256Hex): string {
  const canonical = canonicalJson({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    details: entry.details,
  })
  return sha256(prevHash + canonical)
}

export interface ChainCheck {
  /** the hash the next entry must link to */
  lastHash: string
  checked: number
  firstTampered: { seq: number; reason: 'hash_mismatch' | 'link_broken' } | null
}

export function startChainCheck(): ChainCheck {
  return { lastHash: GENESIS_HASH, checked: 0, firstTampered: null }
}

/** Checks the next page of entries (ascending seq) against the state so far; verification streams in pages. */
export function continueChainCheck(state: ChainCheck, entries: readonly ChainedAuditEntry[], sha256: Sha256Hex): ChainCheck {
  let { lastHash, checked } = state
  if (state.firstTampered) return state
  for (const e of entries) {
    checked += 1
    if (e.prevHash !== lastHash) return { lastHash, checked, firstTampered: { seq: e.seq, reason: 'link_broken' } }
    if (chainHash(e.prevHash, e, sha256) !== e.hash) {
      return { lastHash, checked, firstTampered: { seq: e.seq, reason: 'hash_mismatch' } }
    }
    lastHash = e.hash
  }
  return { lastHash, checked, firstTampered: null }
}
