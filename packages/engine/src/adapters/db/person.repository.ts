import { sql } from 'kysely'
import type { BulkSession } from './bulk-session.ts'
import type { DbHandle } from './transaction.ts'
import { pgTextArrayLiteral } from './pg-array.ts'

export interface PersonRow {
  id: string
  pseudonym: string
  gender: 'F' | 'M' | null
  birthYear: number | null
  birthCountry: string | null
  residentNl: boolean | null
}

export interface PersonLinkRow {
  registrationId: string
  personId: string
  roles: string[]
  age: number | null
}

/** Inserts or refreshes persons (one row per pseudonym; `rows` must not repeat an id). */
export async function upsertPersons(session: BulkSession, rows: readonly PersonRow[]): Promise<void> {
  if (rows.length === 0) return
  await session.stage('person_stage', rows.map((r) => [r.id, r.pseudonym, r.gender, r.birthYear, r.birthCountry, r.residentNl]))
  await sql`
    insert into person as p (id, pseudonym, gender, birth_year, birth_country, resident_nl)
    select id, pseudonym, gender, birth_year, birth_country, resident_nl from person_stage
    on conflict (id) do update set
      gender = excluded.gender, birth_year = excluded.birth_year,
      birth_country = excluded.birth_country, resident_nl = excluded.resident_nl
    where (p.gender, p.birth_year, p.birth_country, p.resident_nl)
      is distinct from (excluded.gender, excluded.birth_year, excluded.birth_country, excluded.resident_nl)`.execute(session.db)
}

/** Removes the person links that came with an earlier version of these registrations ('registered' only). */
export async function deleteRegisteredPersonLinks(db: DbHandle, registrationIds: readonly string[]): Promise<void> {
  if (registrationIds.length === 0) return
  await sql`delete from registration_person
    where registration_id = any(${registrationIds}::uuid[]) and origin = 'registered'`.execute(db)
}

/** Links persons to registrations as the export gave them; links an analyst or the extractor added stay. */
export async function insertRegisteredPersonLinks(session: BulkSession, links: readonly PersonLinkRow[]): Promise<void> {
  if (links.length === 0) return
  await session.stage('person_link_stage', links.map((l) => [l.registrationId, l.personId, pgTextArrayLiteral(l.roles), l.age]))
  await sql`
    insert into registration_person (registration_id, person_id, roles, age, origin)
    select registration_id, person_id, roles, age, 'registered' from person_link_stage
    on conflict (registration_id, person_id) do nothing`.execute(session.db)
}
