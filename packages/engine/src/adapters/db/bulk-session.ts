import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { Kysely, PostgresDialect, sql } from 'kysely'
import type { Database } from './database.ts'
import type { DatabaseConnection } from './connect.ts'
import type { DbHandle } from './transaction.ts'

export type CopyValue = string | number | boolean | null

/**
 * One transaction for a bulk write, with a way to load rows into a temporary staging table fast: COPY FROM
 * STDIN on a PostgreSQL server (its cheapest input path), batched unnest() on PGlite (which has no socket to
 * stream into, and where COPY measured no faster). The SQL that moves staged rows into the real tables is then
 * the same on both engines.
 */
export interface BulkSession {
  readonly db: DbHandle
  /** Loads `rows` into the staging table (a temp table created on first use, emptied at every commit); once per
   * table and transaction. */
  stage(table: StageTable, rows: readonly CopyValue[][]): Promise<void>
}

/** Staging tables: columns in COPY order, with the type each gets. */
export const STAGE_TABLES = {
  registration_stage: [
    ['id', 'uuid'], ['source', 'text'], ['source_ref', 'text'], ['reg_date', 'date'], ['police_unit', 'text'],
    ['societal_class', 'text'], ['exploitation_form', 'text'], ['scope', 'text'], ['narrative', 'text'], ['content_hash', 'text'],
  ],
  person_stage: [
    ['id', 'uuid'], ['pseudonym', 'text'], ['gender', 'text'], ['birth_year', 'int'], ['birth_country', 'text'], ['resident_nl', 'boolean'],
  ],
  person_link_stage: [['registration_id', 'uuid'], ['person_id', 'uuid'], ['roles', 'text[]'], ['age', 'int']],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>
export type StageTable = keyof typeof STAGE_TABLES

export async function withBulkSession<T>(conn: DatabaseConnection, work: (s: BulkSession) => Promise<T>): Promise<T> {
  if (conn.pool === undefined) {
    return conn.db.transaction().execute((trx) => work({ db: trx, stage: (table, rows) => stageByUnnest(trx, table, rows) }))
  }
  const client = await conn.pool.connect()
  // a Kysely over this one client, so repository SQL and COPY share the transaction
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect: async () => ({ query: client.query.bind(client), release: () => undefined }), end: async () => undefined } }),
  })
  let broken = false
  try {
    await client.query('BEGIN')
    const result = await work({ db, stage: (table, rows) => stageByCopy(client, table, rows) })
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

async function ensureStage(run: (text: string) => Promise<unknown>, table: StageTable): Promise<void> {
  const cols = STAGE_TABLES[table].map(([name, type]) => `${name} ${type}`).join(', ')
  // ON COMMIT DELETE ROWS: a stage never carries rows into the next batch
  await run(`CREATE TEMP TABLE IF NOT EXISTS ${table} (${cols}) ON COMMIT DELETE ROWS`)
}

async function stageByCopy(client: pg.PoolClient, table: StageTable, rows: readonly CopyValue[][]): Promise<void> {
  await ensureStage((text) => client.query(text), table)
  if (rows.length === 0) return
  const cols = STAGE_TABLES[table].map(([name]) => name).join(', ')
  const stream = client.query(copyFrom(`COPY ${table} (${cols}) FROM STDIN`))
  await pipeline(Readable.from(copyChunks(rows)), stream)
}

/** COPY text format, in chunks of about 1 MB so a batch never becomes one giant string. */
function* copyChunks(rows: readonly CopyValue[][]): Generator<string> {
  let out = ''
  for (const row of rows) {
    out += row.map(copyField).join('\t') + '\n'
    if (out.length > 1 << 20) {
      yield out
      out = ''
    }
  }
  if (out) yield out
}

const COPY_SPECIAL = /[\\\t\n\r]/g
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

export function copyField(v: CopyValue): string {
  if (v === null) return '\\N'
  if (typeof v === 'boolean') return v ? 't' : 'f'
  if (typeof v === 'number') return String(v)
  return v.replace(COPY_SPECIAL, (c) => COPY_ESCAPES[c] ?? c)
}

async function stageByUnnest(db: DbHandle, table: StageTable, rows: readonly CopyValue[][]): Promise<void> {
  await ensureStage((text) => sql.raw(text).execute(db), table)
  if (rows.length === 0) return
  const columns = STAGE_TABLES[table]
  // array-typed columns travel as text literals and are cast back per row
  const arrays = columns.map(([, type], i) => sql`${rows.map((r) => r[i] ?? null)}::${sql.raw(type === 'text[]' ? 'text' : type)}[]`)
  const select = columns.map(([name, type]) => (type === 'text[]' ? `${name}::text[]` : name)).join(', ')
  const names = columns.map(([name]) => name).join(', ')
  await sql`insert into ${sql.raw(table)} (${sql.raw(names)})
    select ${sql.raw(select)} from unnest(${sql.join(arrays)}) as t(${sql.raw(names)})`.execute(db)
}
