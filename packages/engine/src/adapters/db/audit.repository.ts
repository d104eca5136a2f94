import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'
import { PREPARED } from './prepared-statements.ts'
import type { AuditEntryContent, ChainedAuditEntry } from '../../domain/audit/hash-chain.ts'
import { GENESIS_HASH } from '../../domain/audit/hash-chain.ts'

interface PendingAppend {
  entry: AuditEntryContent
  hashWith: (prevHash: string) => string
  resolve: (chained: ChainedAuditEntry) => void
  reject: (error: unknown) => void
}

/** The most entries one transaction appends; a burst larger than this is written in several. */
const MAX_GROUP = 500

/**
 * Appends one entry and resolves once it is committed. The chain needs the previous hash, so appends are serialised
 * with a transaction-scoped advisory lock (several server processes on one PostgreSQL stay consistent). Entries
 * that arrive while a write is under way are appended together in the next transaction (group commit): one lock,
 * one round trip and one WAL flush for the whole group instead of one per entry, so fifty concurrent narrative
 * reads do not queue behind each other's commits.
 */
export function appendAuditEntry(
  db: Kysely<Database>,
  entry: AuditEntryContent,
  hashWith: (prevHash: string) => string,
): Promise<ChainedAuditEntry> {
  let appender = appenders.get(db)
  if (appender === undefined) {
    appender = new GroupAppender(db)
    appenders.set(db, appender)
  }
  return appender.append(entry, hashWith)
}

const appenders = new WeakMap<Kysely<Database>, GroupAppender>()

class GroupAppender {
  private readonly queue: PendingAppend[] = []
  private writing = false

  constructor(private readonly db: Kysely<Database>) {}

  append(entry: AuditEntryContent, hashWith: (prevHash: string) => string): Promise<ChainedAuditEntry> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, hashWith, resolve, reject })
      if (!this.writing) void this.drain()
    })
  }

  private async drain(): Promise<void> {
    this.writing = true
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP)
        try {
          const chained = await writeGroup(this.db, group)
          group.forEach((p, i) => p.resolve(chained[i] as ChainedAuditEntry))
        } catch (error) {
          // nothing of the group was committed: each caller gets the error (a request that audits fails with it)
          for (const p of group) p.reject(error)
        }
      }
    } finally {
      this.writing = false
    }
  }
}

async function writeGroup(db: Kysely<Database>, group: readonly PendingAppend[]): Promise<ChainedAuditEntry[]> {
  return db.transaction().execute(async (trx) => {
    await sql`${PREPARED}select pg_advisory_xact_lock(7254031)`.execute(trx)
    const { rows: last } = await sql<{ hash: string }>`${PREPARED}select hash from audit_log order by seq desc limit 1`.execute(trx)
    let prevHash = last[0]?.hash ?? GENESIS_HASH
    const links = group.map(({ entry, hashWith }) => {
      const link = { entry, prevHash, hash: hashWith(prevHash) }
      prevHash = link.hash
      return link
    })
    const rows = await trx
      .insertInto('audit_log')
      .values(
        links.map(({ entry, prevHash: prev, hash }) => ({
          at: new Date(entry.at),
          actor: entry.actor,
          action: entry.action,
          target: entry.target,
          details: JSON.stringify(entry.details),
          prev_hash: prev,
          hash,
        })),
      )
      .returning(['seq', 'hash'])
      .execute()
    // the chain is verified in seq order: the rows must have been numbered in the order they were chained
    const seqs = rows.map((r) => Number(r.seq))
    if (rows.some((r, i) => r.hash !== links[i]?.hash || (i > 0 && (seqs[i] as number) <= (seqs[i - 1] as number)))) {
      throw new Error('audit_log numbered a group out of chain order')
    }
    return links.map(({ entry, prevHash: prev, hash }, i) => ({ ...entry, seq: seqs[i] as number, prevHash: prev, hash }))
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
