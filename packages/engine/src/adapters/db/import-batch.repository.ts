import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'

export interface ImportCounts {
  recordsRead: number
  inserted: number
  updated: number
  unchanged: number
  rejected: number
}

export interface ImportBatchStart {
  id: string
  source: string
  fileName: string
  fileSha256: string
  startedAt: Date
  catalogueVersion: string
}

/** Committed on its own before any record, so a killed import still leaves its 'running' batch as provenance. */
export async function startImportBatch(db: Kysely<Database>, b: ImportBatchStart): Promise<void> {
  await db
    .insertInto('import_batch')
    .values({
      id: b.id,
      source: b.source,
      file_name: b.fileName,
      file_sha256: b.fileSha256,
      started_at: b.startedAt,
      status: 'running',
      catalogue_version: b.catalogueVersion,
      records_read: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    })
    .execute()
}

/** Runs inside each batch's transaction, so the counts always match what was committed. */
export async function addImportBatchCounts(db: Kysely<Database>, id: string, c: ImportCounts): Promise<void> {
  await sql`update import_batch set records_read = records_read + ${c.recordsRead}, inserted = inserted + ${c.inserted},
    updated = updated + ${c.updated}, unchanged = unchanged + ${c.unchanged}, rejected = rejected + ${c.rejected}
    where id = ${id}::uuid`.execute(db)
}

export async function finishImportBatch(db: Kysely<Database>, id: string, status: 'completed' | 'failed', at: Date): Promise<void> {
  await db.updateTable('import_batch').set({ status, finished_at: at }).where('id', '=', id).execute()
}

export interface ImportBatchRecord extends ImportCounts {
  id: string
  source: string
  fileName: string
  fileSha256: string | null
  status: string
}

export async function listImportBatches(db: Kysely<Database>): Promise<ImportBatchRecord[]> {
  const rows = await db.selectFrom('import_batch').selectAll().orderBy('started_at').execute()
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    fileName: r.file_name,
    fileSha256: r.file_sha256,
    status: r.status,
    recordsRead: r.records_read,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
  }))
}
