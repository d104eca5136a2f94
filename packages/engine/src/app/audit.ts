import { createHash } from 'node:crypto'
import type { AuditAction, AuditListQuery, AuditVerifyResponse } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { appendAuditEntry, listAuditEntries, readAuditPage } from '../adapters/db/audit.repository.ts'
import {
  chainHash,
  continueChainCheck,
  startChainCheck,
  type ChainedAuditEntry,
} from '../domain/audit/hash-chain.ts'

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex')

export interface AuditEvent {
  actor: string
  action: AuditAction
  /** the object acted on, e.g. `registration:<uuid>` */
  target?: string | null
  /** ids, counts and codes only — never narrative text or person details */
  details?: Record<string, unknown>
}

/** Appends a hash-chained entry to the append-only audit log. */
export async function recordAudit(conn: DatabaseConnection, event: AuditEvent, now: Date): Promise<ChainedAuditEntry> {
  const content = {
    at: now.toISOString(),
    actor: event.actor,
    action: event.action,
    target: event.target ?? null,
    details: event.details ?? {},
  }
  return appendAuditEntry(conn.db, content, (prevHash) => chainHash(prevHash, content, sha256Hex))
}

/** Recomputes the whole chain, page by page, and reports the first entry that does not match. */
export async function verifyAuditLog(conn: DatabaseConnection, pageSize = 5000): Promise<AuditVerifyResponse> {
  let state = startChainCheck()
  let afterSeq = 0
  for (;;) {
    const page = await readAuditPage(conn.db, afterSeq, pageSize)
    if (page.length === 0) break
    state = continueChainCheck(state, page, sha256Hex)
    if (state.firstTampered) break
    afterSeq = page[page.length - 1]?.seq ?? afterSeq
  }
  return {
    ok: state.firstTampered === null,
    entries: state.checked,
    first_tampered_seq: state.firstTampered?.seq ?? null,
    reason: state.firstTampered?.reason ?? null,
  }
}

export async function listAudit(conn: DatabaseConnection, q: AuditListQuery): Promise<ChainedAuditEntry[]> {
  return listAuditEntries(conn.db, q)
}
