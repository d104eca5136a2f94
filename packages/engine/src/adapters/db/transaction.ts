import type { Kysely } from 'kysely'
import type { Database } from './database.ts'
import type { DatabaseConnection } from './connect.ts'

/** What repositories take: the database or an open transaction. app/ passes it along without knowing Kysely. */
export type DbHandle = Kysely<Database>

/** Runs `work` in one transaction: all of it is committed, or none of it (also when the process is killed). */
export function inTransaction<T>(conn: DatabaseConnection, work: (trx: DbHandle) => Promise<T>): Promise<T> {
  return conn.db.transaction().execute(work)
}
