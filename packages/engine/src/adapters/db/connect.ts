import path from 'node:path'
import { mkdirSync } from 'node:fs'
import pg from 'pg'
import { Kysely, Migrator, PostgresDialect, sql, type MigrationProvider } from 'kysely'
import { PGlite } from '@electric-sql/pglite'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import type { Database } from './database.ts'
import { migrations } from './migrations/index.ts'
import { PreparingClient } from './prepared-statements.ts'
import { AppError } from '../../domain/errors.ts'

export type DatabaseKind = 'pglite' | 'postgres'

export interface DatabaseOptions {
  /** A PostgreSQL connection string; wins over dataDir when set. */
  databaseUrl?: string | undefined
  /** Folder of the embedded PGlite database; `memory://` for a throwaway one. */
  dataDir?: string | undefined
  /**
   * PostgreSQL only: the server cancels any statement running longer (ms), so a request abandoned by its client
   * cannot keep a backend busy (serve). 0 or undefined: no limit.
   */
  statementTimeoutMs?: number | undefined
  /**
   * PGlite only: its buffer pool (shared_buffers) in MB; PGlite's own 128 when undefined. It costs that much
   * memory from the start, so only a bulk import asks for more (see app/import-export.ts bulkImportBufferMb).
   */
  pgliteBufferMb?: number | undefined
}

/**
 * One `Kysely<Database>` over either engine. PGlite is driven through its node-postgres shim, so the
 * repositories, the dialect and the SQL are the same on both; only bulk load differs (see `bulk`).
 */
export interface DatabaseConnection {
  readonly db: Kysely<Database>
  readonly kind: DatabaseKind
  readonly location: string
  /** The embedded engine, for bulk loads; undefined on a server. */
  readonly pglite: PGlite | undefined
  /** The pg pool, for COPY on a server; undefined on PGlite. */
  readonly pool: pg.Pool | undefined
  close(): Promise<void>
}

export const DEFAULT_DATA_DIR = './.platformscope'

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseConnection> {
  const connection = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.statementTimeoutMs)
    : await openPglite(options.dataDir ?? DEFAULT_DATA_DIR, options.pgliteBufferMb)
  await migrateToLatest(connection.db)
  return connection
}

async function openPostgres(databaseUrl: string, statementTimeoutMs?: number): Promise<DatabaseConnection> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Number(process.env.PG_POOL_MAX ?? 10),
    Client: PreparingClient,
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
  })
  try {
    const client = await pool.connect()
    client.release()
  } catch (cause) {
    await pool.end()
    throw new AppError('database_unavailable', { location: redactUrl(databaseUrl) }, { cause })
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    kind: 'postgres',
    location: redactUrl(databaseUrl),
    pglite: undefined,
    pool,
    close: () => db.destroy(),
  }
}

async function openPglite(dataDir: string, bufferMb?: number): Promise<DatabaseConnection> {
  const isMemory = dataDir.startsWith('memory://')
  const location = isMemory ? dataDir : path.resolve(dataDir)
  if (!isMemory) mkdirSync(location, { recursive: true })
  let pglite: PGlite
  try {
    pglite = await PGlite.create(isMemory ? dataDir : location, {
      ...(bufferMb ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${bufferMb}MB`] } : {}),
    })
  } catch (cause) {
    throw new AppError('database_unavailable', { location }, { cause })
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    kind: 'pglite',
    location,
    pglite,
    pool: undefined,
    close: async () => {
      await db.destroy()
      await pglite.close()
    },
  }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) }
  const migrator = new Migrator({ db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new AppError('database_unavailable', { migration: failed }, { cause: error })
  }
}

export async function serverVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)
  return rows[0]?.v ?? 'unknown'
}

/** Never print a password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://(unparseable url)'
  }
}
