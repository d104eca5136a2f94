import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type DatabaseConnection, type DatabaseKind } from '../../src/adapters/db/connect.ts'

/**
 * Which engines the database tests run on: `DB_VARIANTS=pglite` locally, `pglite,postgres` in CI
 * (.ci/run starts a throwaway PostgreSQL and sets TEST_DATABASE_URL). Kysely's DIALECTS idea.
 */
export const DB_VARIANTS: DatabaseKind[] = (process.env.DB_VARIANTS ?? 'pglite')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is DatabaseKind => s === 'pglite' || s === 'postgres')

export interface TestDatabase {
  conn: DatabaseConnection
  /** The value to pass as --data-dir or DATABASE_URL to a child CLI process. */
  env: Record<string, string>
  dataDir: string | undefined
  cleanup(): Promise<void>
}

const TEMPLATE_ROOT = path.join(tmpdir(), 'platformscope-test-templates')

/** A fresh, migrated database. PGlite: a copy of a migrated template folder (0.4 s instead of 5 s). */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') return createPostgresDatabase()
  const template = await pgliteTemplate()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'platformscope-test-'))
  cpSync(template, dataDir, { recursive: true })
  const conn = await openDatabase({ dataDir })
  return {
    conn,
    env: {},
    dataDir,
    cleanup: async () => {
      await conn.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function pgliteTemplate(): Promise<string> {
  // keyed by the migrations' content, so an edited migration never reuses a stale template
  const migrationsDir = new URL('../../src/adapters/db/migrations/', import.meta.url)
  const hash = createHash('sha256')
  for (const f of readdirSync(migrationsDir).sort()) hash.update(f).update(readFileSync(new URL(f, migrationsDir)))
  const key = hash.digest('hex').slice(0, 16)
  const dir = path.join(TEMPLATE_ROOT, key)
  if (existsSync(path.join(dir, 'PG_VERSION'))) return dir
  mkdirSync(TEMPLATE_ROOT, { recursive: true })
  const building = mkdtempSync(path.join(TEMPLATE_ROOT, 'building-'))
  const conn = await openDatabase({ dataDir: building })
  await conn.close()
  try {
    renameSync(building, dir) // atomic: a concurrent test file may have won the race, which is fine
  } catch {
    rmSync(building, { recursive: true, force: true })
  }
  return dir
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) throw new Error('DB_VARIANTS includes postgres but TEST_DATABASE_URL is not set')
  const name = `ps_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const conn = await openDatabase({ databaseUrl: url.toString() })
  return {
    conn,
    env: { DATABASE_URL: url.toString() },
    dataDir: undefined,
    cleanup: async () => {
      await conn.close()
      const a = new pg.Client({ connectionString: serverUrl })
      await a.connect()
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await a.end()
    },
  }
}
