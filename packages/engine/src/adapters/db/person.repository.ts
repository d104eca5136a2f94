import { sql } from 'kysely'
import type { BulkSession } from './bulk-session.ts'
import type { DbHandle } from './transaction.ts'

/** Inserts or refreshes persons (COPY rows, one per pseudonym: no id twice). */
export async function upsertPersonRows(session: BulkSession, rows: Uint8Array): Promise<void> {
  if (rows.length === 0) return
  await session.copy('person_stage', rows)
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

/** Links of registrations inserted in this transaction (COPY rows, no pair twice): nothing can be in the way. */
export async function insertNewPersonLinks(session: BulkSession, rows: Uint8Array): Promise<void> {
  await session.copy('registration_person', rows)
}

/** Links persons to registrations as the export gave them; links an analyst or the extractor added stay. */
export async function insertPersonLinkRows(session: BulkSession, rows: Uint8Array): Promise<void> {
  if (rows.length === 0) return
  await session.copy('person_link_stage', rows)
  await sql`
    insert into registration_person (registration_id, person_id, roles, age, origin)
    select registration_id, person_id, roles, age, origin from person_link_stage
    on conflict (registration_id, person_id) do nothing`.execute(session.db)
}
