import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'

export async function countStored(db: Kysely<Database>): Promise<{
  registrations: number
  mentions: number
  persons: number
  import_batches: number
  schema_version: string
}> {
  const { rows } = await sql<{ r: string; m: string; p: string; b: string; v: string | null }>`
    select
      (select count(*) from registration) as r,
      (select count(*) from mention where status <> 'rejected') as m,
      (select count(distinct person_id) from registration_person) as p,
      (select count(*) from import_batch) as b,
      (select max(name) from kysely_migration) as v`.execute(db)
  const row = rows[0]
  return {
    registrations: Number(row?.r ?? 0),
    mentions: Number(row?.m ?? 0),
    persons: Number(row?.p ?? 0),
    import_batches: Number(row?.b ?? 0),
    schema_version: row?.v ?? 'none',
  }
}
