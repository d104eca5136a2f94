import type { Kysely } from 'kysely'
import type { Database } from './database.ts'

export interface ImportHistoryRecord {
  id: string
  source: string
  fileName: string
  status: string
  startedAt: Date
  finishedAt: Date | null
  recordsRead: number
  inserted: number
  updated: number
  unchanged: number
  rejected: number
}

/** Import batches, newest first (CLI imports included), for the import screen. */
export async function listRecentImportBatches(db: Kysely<Database>, limit: number): Promise<ImportHistoryRecord[]> {
  const rows = await db.selectFrom('import_batch').selectAll().orderBy('started_at', 'desc').limit(limit).execute()
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    fileName: r.file_name,
    status: r.status,
    startedAt: new Date(r.started_at),
    finishedAt: r.finished_at === null ? null : new Date(r.finished_at),
    recordsRead: r.records_read,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
  }))
}
