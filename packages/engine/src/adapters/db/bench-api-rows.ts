import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'

/** bench/api only: a narrative for every `step`-th bench registration (the generator leaves them empty). */
export async function giveBenchNarratives(db: Kysely<Database>, count: number, step: number, narrative: string): Promise<void> {
  await sql`update registration set narrative = ${narrative} where source = 'bench' and narrative = '' and source_ref in
    (select 'B-' || g from generate_series(1, ${count}::int, ${step}::int) g)`.execute(db)
}

export async function benchRegistrationsWithNarrative(db: Kysely<Database>, limit: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select id from registration where source = 'bench' and narrative <> '' limit ${limit}`.execute(db)
  return rows.map((r) => r.id)
}

export async function vacuumAnalyze(db: Kysely<Database>): Promise<void> {
  await sql`vacuum analyze registration, mention`.execute(db)
}
