import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'
import type { AuditEntryContent, ChainedAuditEntry } from '../../domain/audit/hash-chain.ts'
import { GENESIS_HASH } from '../../domain/audit/hash-chain.ts'

/**
 * Appends one entry. The chain needs the previous hash, so appends are serialised with a transaction-scoped
 * advisory lock (cheap; several server processes on one PostgreSQL stay consistent).
 */
export async function appendAuditEntry(
  db: Kysely<Database>,
  entry: AuditEntryContent,
  hashWith: (prevHash: string) => string,
): Promise<ChainedAuditEntry> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7254031)`.execute(trx)
    const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst()
    const prevHash = last?.hash ?? GENESIS_HASH
    const hash = hashWith(prevHash)
    const row = await trx
      .insertInto('audit_log')
      .values({
        at: new Date(entry.at),
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        details: JSON.stringify(entry.details),
        prev_hash: prevHash,
        hash,
      })
      .returning('seq')
      .executeTakeFirstOrThrow()
    return { ...entry, seq: Number(row.seq), prevHash, hash }
  })
}

function toEntry(r: {
  seq: string
  at: Date
  actor: string
  action: string
  target: string | null
  details: unknown
  prev_hash: string
  hash: string
}): ChainedAuditEntry {
  return {
    seq: Number(r.seq),
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    target: r.target,
    details: (r.details ?? {}) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }
}

/** Entries in ascending seq after `afterSeq`, for verification page by page. */
export async function readAuditPage(db: Kysely<Database>, afterSeq: number, limit: number): Promise<ChainedAuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', String(afterSeq))
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute()
  return rows.map(toEntry)
}

/** Newest first, for the audit screen. */
export async function listAuditEntries(
  db: Kysely<Database>,
  q: { before?: number | undefined; limit: number; action?: string | undefined; actor?: string | undefined },
): Promise<ChainedAuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(q.limit)
  if (q.before !== undefined) query = query.where('seq', '<', String(q.before))
  if (q.action !== undefined) query = query.where('action', '=', q.action)
  if (q.actor !== undefined) query = query.where('actor', '=', q.actor)
  const rows = await query.execute()
  return rows.map(toEntry)
}
