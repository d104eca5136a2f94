import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { Kysely, PostgresDialect } from 'kysely'
import type { Database } from './database.ts'
import type { DatabaseConnection } from './connect.ts'
import type { DbHandle } from './transaction.ts'

/**
 * One transaction for a bulk write, with a way to load rows fast: COPY text rows go into a real table or a
 * temporary staging table by `COPY … FROM STDIN` on a PostgreSQL server and by `COPY … FROM '/dev/blob'` on
 * PGlite (no socket to stream into; the bytes are handed over in one piece). The SQL that moves staged rows
 * into the real tables is then the same on both engines.
 */
export interface BulkSession {
  readonly db: DbHandle
  /** Loads rows in COPY text format (columns as COPY_COLUMNS lists them) into `table`. A staging table is
   * created on first use and emptied at every commit. */
  copy(table: CopyTable, rows: Uint8Array): Promise<void>
}

export interface BulkSessionOptions {
  /**
   * Commit without waiting for the server to flush the WAL (`SET LOCAL synchronous_commit = off`, this
   * transaction only). A server crash may then lose the last committed batches — together with their
   * import_batch counts, so a re-run completes them — but never half a batch. Whoever sets it must end with an
   * ordinary commit, which flushes everything before it. Ignored on PGlite, whose WAL reaches the file system
   * at every commit so that a killed process loses nothing it committed.
   */
  asyncCommit?: boolean
}

/** Columns in COPY order of each table loaded in bulk; a staging table has its target's columns. */
export const COPY_COLUMNS = {
  registration: [
    ['id', 'uuid'], ['source', 'text'], ['source_ref', 'text'], ['reg_date', 'date'], ['police_unit', 'text'],
    ['societal_class', 'text'], ['exploitation_form', 'text'], ['scope', 'text'], ['narrative', 'text'],
    ['content_hash', 'text'], ['import_batch_id', 'uuid'], ['extracted_at', 'timestamptz'],
  ],
  person: [
    ['id', 'uuid'], ['pseudonym', 'text'], ['gender', 'text'], ['birth_year', 'int'], ['birth_country', 'text'], ['resident_nl', 'boolean'],
  ],
  registration_person: [['registration_id', 'uuid'], ['person_id', 'uuid'], ['roles', 'text[]'], ['age', 'int'], ['origin', 'text']],
  mention: [
    ['id', 'uuid'], ['registration_id', 'uuid'], ['platform_id', 'text'], ['platform_name', 'text'], ['in_catalogue', 'boolean'],
    ['kind', 'text'], ['negated', 'boolean'], ['span_start', 'int'], ['span_end', 'int'], ['surface', 'text'], ['roles', 'text[]'],
    ['evidence', 'jsonb'], ['status', 'text'], ['origin', 'text'], ['confidence', 'real'], ['extractor_version', 'text'],
    ['catalogue_version', 'text'],
  ],
  vulnerability: [
    ['registration_id', 'uuid'], ['factor', 'text'], ['span_start', 'int'], ['span_end', 'int'], ['status', 'text'], ['origin', 'text'],
    ['extractor_version', 'text'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>
export type CopyTarget = keyof typeof COPY_COLUMNS

const STAGES = { registration_stage: 'registration', person_stage: 'person', person_link_stage: 'registration_person' } as const
export type StageTable = keyof typeof STAGES
export type CopyTable = CopyTarget | StageTable

export async function withBulkSession<T>(
  conn: DatabaseConnection,
  work: (s: BulkSession) => Promise<T>,
  options: BulkSessionOptions = {},
): Promise<T> {
  if (conn.pool === undefined) {
    const pglite = conn.pglite
    if (!pglite) throw new Error('a PGlite connection without its engine')
    return conn.db.transaction().execute((trx) =>
      work({
        db: trx,
        copy: async (table, rows) => {
          await ensureStage((text) => pglite.query(text), table)
          if (rows.length === 0) return
          // the shim runs on the same single PGlite session, so this COPY is part of the open transaction
          await pglite.query(`COPY ${table} (${columnList(table)}) FROM '/dev/blob'`, [], { blob: new Blob([rows]) })
        },
      }),
    )
  }
  const client = await conn.pool.connect()
  // a Kysely over this one client, so repository SQL and COPY share the transaction
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect: async () => ({ query: client.query.bind(client), release: () => undefined }), end: async () => undefined } }),
  })
  let broken = false
  try {
    await client.query(options.asyncCommit ? 'BEGIN; SET LOCAL synchronous_commit = off' : 'BEGIN')
    const result = await work({ db, copy: (table, rows) => copyByStream(client, table, rows) })
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true
    })
    throw error
  } finally {
    client.release(broken)
  }
}

function columnsOf(table: CopyTable): ReadonlyArray<readonly [string, string]> {
  return COPY_COLUMNS[table in STAGES ? STAGES[table as StageTable] : (table as CopyTarget)]
}

function columnList(table: CopyTable): string {
  return columnsOf(table).map(([name]) => name).join(', ')
}

async function ensureStage(run: (text: string) => Promise<unknown>, table: CopyTable): Promise<void> {
  if (!(table in STAGES)) return
  const cols = columnsOf(table).map(([name, type]) => `${name} ${type}`).join(', ')
  // ON COMMIT DELETE ROWS: a stage never carries rows into the next batch
  await run(`CREATE TEMP TABLE IF NOT EXISTS ${table} (${cols}) ON COMMIT DELETE ROWS`)
}

async function copyByStream(client: pg.PoolClient, table: CopyTable, rows: Uint8Array): Promise<void> {
  await ensureStage((text) => client.query(text), table)
  if (rows.length === 0) return
  const stream = client.query(copyFrom(`COPY ${table} (${columnList(table)}) FROM STDIN`))
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject)
    stream.on('finish', resolve)
    // one write of the whole batch: pg-copy-streams frames it as CopyData messages without copying it again
    stream.end(rows)
  })
}
