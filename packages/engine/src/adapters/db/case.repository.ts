import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'
import { pgTextArrayLiteral } from './pg-array.ts'
import type { RegistrationRow } from './registration.repository.ts'

/**
 * Writes of the uniform registration form. A plain insert, not the import's upsert: the form never overwrites a
 * registration that exists (the caller reports a conflict when nothing was inserted).
 */
export async function insertManualRegistration(
  db: Kysely<Database>,
  r: RegistrationRow,
): Promise<boolean> {
  const res = await db
    .insertInto('registration')
    .values({
      id: r.id,
      source: r.source,
      source_ref: r.sourceRef,
      reg_date: r.date,
      police_unit: r.policeUnit,
      societal_class: r.societalClass,
      exploitation_form: r.exploitationForm,
      scope: r.scope,
      narrative: r.narrative,
      content_hash: r.contentHash,
      import_batch_id: null,
      extracted_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst()
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1
}

export interface ManualFindingRow {
  id: string
  registrationId: string
  platformId: string | null
  platformName: string | null
  inCatalogue: boolean
  kind: string
  roles: string[]
}

/** Findings from the uniform form: origin manual, confirmed by the officer who registered them. */
export async function insertManualFindings(
  db: Kysely<Database>,
  rows: readonly ManualFindingRow[],
  reviewer: string,
  at: Date,
  catalogueVersion: string,
): Promise<number> {
  if (rows.length === 0) return 0
  const col = <T>(f: (r: ManualFindingRow) => T): T[] => rows.map(f)
  const res = await sql`
    insert into mention (id, registration_id, platform_id, platform_name, in_catalogue, kind, negated, roles,
      evidence, status, origin, confidence, catalogue_version, reviewer, reviewed_at)
    select t.id, t.registration_id, t.platform_id, t.platform_name, t.in_catalogue, t.kind, false, t.roles::text[],
      '[]'::jsonb, 'confirmed', 'manual', 1, ${catalogueVersion}, ${reviewer}, ${at}
    from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.registrationId)}::uuid[], ${col((r) => r.platformId)}::text[],
      ${col((r) => r.platformName)}::text[], ${col((r) => r.inCatalogue)}::boolean[], ${col((r) => r.kind)}::text[],
      ${col((r) => pgTextArrayLiteral(r.roles))}::text[])
      as t(id, registration_id, platform_id, platform_name, in_catalogue, kind, roles)`.execute(db)
  return Number(res.numAffectedRows ?? 0)
}

/** Links the form's persons to its registration (origin manual). */
export async function insertManualPersonLinks(
  db: Kysely<Database>,
  links: ReadonlyArray<{ registrationId: string; personId: string; roles: string[]; age: number | null }>,
): Promise<void> {
  if (links.length === 0) return
  await sql`
    insert into registration_person (registration_id, person_id, roles, age, origin)
    select t.registration_id, t.person_id, t.roles::text[], t.age, 'manual'
    from unnest(${links.map((l) => l.registrationId)}::uuid[], ${links.map((l) => l.personId)}::uuid[],
      ${links.map((l) => pgTextArrayLiteral(l.roles))}::text[], ${links.map((l) => l.age)}::int[])
      as t(registration_id, person_id, roles, age)
    on conflict (registration_id, person_id) do nothing`.execute(db)
}

/** Vulnerability factors registered on the form. */
export async function insertManualVulnerabilities(db: Kysely<Database>, registrationId: string, factors: readonly string[]): Promise<void> {
  if (factors.length === 0) return
  await sql`
    insert into vulnerability (registration_id, factor, status, origin)
    select ${registrationId}::uuid, f, 'confirmed', 'manual' from unnest(${[...factors]}::text[]) as f
    on conflict do nothing`.execute(db)
}

/** Persons named on the form; an existing pseudonym keeps its stored details (the form links, it does not overwrite). */
export async function insertManualPersons(
  db: Kysely<Database>,
  rows: ReadonlyArray<{
    id: string
    pseudonym: string
    gender: string | null
    birthYear: number | null
    birthCountry: string | null
    residentNl: boolean | null
  }>,
): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('person')
    .values(
      rows.map((r) => ({
        id: r.id,
        pseudonym: r.pseudonym,
        gender: r.gender,
        birth_year: r.birthYear,
        birth_country: r.birthCountry,
        resident_nl: r.residentNl,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
}
