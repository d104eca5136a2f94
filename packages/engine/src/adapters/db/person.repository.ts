import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'
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
export async function upsertPersons(db: Kysely<Database>, rows: readonly PersonRow[]): Promise<void> {
  if (rows.length === 0) return
  await sql`
    insert into person as p (id, pseudonym, gender, birth_year, birth_country, resident_nl)
    select * from unnest(
      ${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.pseudonym)}::text[], ${rows.map((r) => r.gender)}::text[],
      ${rows.map((r) => r.birthYear)}::int[], ${rows.map((r) => r.birthCountry)}::text[], ${rows.map((r) => r.residentNl)}::boolean[])
    on conflict (id) do update set
      gender = excluded.gender, birth_year = excluded.birth_year,
      birth_country = excluded.birth_country, resident_nl = excluded.resident_nl
    where (p.gender, p.birth_year, p.birth_country, p.resident_nl)
      is distinct from (excluded.gender, excluded.birth_year, excluded.birth_country, excluded.resident_nl)`.execute(db)
}

/**
 * Replaces the person links that came with the export ('registered') for these registrations; links an analyst
 * or the extractor added are left alone.
 */
export async function replaceRegisteredPersonLinks(
  db: Kysely<Database>,
  registrationIds: readonly string[],
  links: readonly PersonLinkRow[],
): Promise<void> {
  if (registrationIds.length === 0) return
  await sql`delete from registration_person
    where registration_id = any(${registrationIds}::uuid[]) and origin = 'registered'`.execute(db)
  if (links.length === 0) return
  await sql`
    insert into registration_person (registration_id, person_id, roles, age, origin)
    select t.registration_id, t.person_id, t.roles::text[], t.age, 'registered'
    from unnest(${links.map((l) => l.registrationId)}::uuid[], ${links.map((l) => l.personId)}::uuid[],
      ${links.map((l) => pgTextArrayLiteral(l.roles))}::text[], ${links.map((l) => l.age)}::int[])
      as t(registration_id, person_id, roles, age)
    on conflict (registration_id, person_id) do nothing`.execute(db)
}
