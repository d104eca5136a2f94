import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { Database } from './database.ts'
import type { BulkSession } from './bulk-session.ts'
import type { DbHandle } from './transaction.ts'
import type { RegistrationSelection } from '../../domain/registration/selection.ts'
import { MINOR_AGE_LIMIT } from '../../domain/registration/selection.ts'

export interface RegistrationRow {
  id: string
  source: string
  sourceRef: string
  date: string
  policeUnit: string | null
  societalClass: string | null
  exploitationForm: string | null
  scope: string | null
  narrative: string
  contentHash: string
}

export interface UpsertResult {
  inserted: string[]
  updated: string[]
}

/** What is stored of a registration an import is about to write. */
export interface StoredRegistration {
  contentHash: string
  /** written by this import batch already: its number came earlier in the same file */
  writtenByImport: boolean
}

/**
 * Of these registrations, the ones stored already, by id: one index lookup each, so an import knows which rows
 * are new (inserted by COPY straight into the table), changed, unchanged, or repeated within its own file.
 */
export async function findStoredRegistrations(
  db: DbHandle,
  ids: readonly string[],
  importBatchId: string,
): Promise<Map<string, StoredRegistration>> {
  const out = new Map<string, StoredRegistration>()
  if (ids.length === 0) return out
  const { rows } = await sql<{ id: string; content_hash: string; ours: boolean }>`
    select id, content_hash, import_batch_id is not distinct from ${importBatchId}::uuid as ours
    from registration where id = any(${ids}::uuid[])`.execute(db)
  for (const r of rows) out.set(r.id, { contentHash: r.content_hash, writtenByImport: r.ours })
  return out
}

/**
 * Inserts registrations that findStoredRegistrations did not find (COPY rows, COPY_COLUMNS.registration order)
 * straight into the table: no staging, no conflict check. Should another writer have stored one of them in the
 * meantime, this fails with unique_violation and the caller writes the batch again with upsertRegistrationRows.
 */
export async function insertNewRegistrations(session: BulkSession, rows: Uint8Array): Promise<void> {
  await session.copy('registration', rows)
}

/**
 * Inserts new registrations and updates those whose content hash changed: rows are staged and moved with one
 * INSERT … ON CONFLICT. A row whose hash is unchanged is not touched at all (no updated_at bump, not returned).
 * A changed row takes the staged extracted_at: 'now' when the import extracts it in this transaction, else null (its
 * findings must be made again).
 */
export async function upsertRegistrationRows(session: BulkSession, rows: Uint8Array): Promise<UpsertResult> {
  if (rows.length === 0) return { inserted: [], updated: [] }
  await session.copy('registration_stage', rows)
  const { rows: out } = await sql<{ id: string; inserted: boolean }>`
    insert into registration as r
      (id, source, source_ref, reg_date, police_unit, societal_class, exploitation_form, scope, narrative, content_hash, import_batch_id,
       extracted_at)
    select s.id, s.source, s.source_ref, s.reg_date, s.police_unit, s.societal_class, s.exploitation_form, s.scope,
      s.narrative, s.content_hash, s.import_batch_id, s.extracted_at
    from registration_stage s
    on conflict (id) do update set
      source = excluded.source, source_ref = excluded.source_ref, reg_date = excluded.reg_date,
      police_unit = excluded.police_unit, societal_class = excluded.societal_class,
      exploitation_form = excluded.exploitation_form, scope = excluded.scope, narrative = excluded.narrative,
      content_hash = excluded.content_hash, import_batch_id = excluded.import_batch_id,
      updated_at = now(), extracted_at = excluded.extracted_at
    where r.content_hash is distinct from excluded.content_hash
    returning id, (xmax = 0) as inserted`.execute(session.db)
  const result: UpsertResult = { inserted: [], updated: [] }
  for (const r of out) (r.inserted ? result.inserted : result.updated).push(r.id)
  return result
}

/** Of these registrations, the ones never extracted (imported with --no-extract, or changed since). */
export async function findUnextracted(db: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('registration')
    .select('id')
    .where(sql<SqlBool>`id = any(${ids}::uuid[])`)
    .where('extracted_at', 'is', null)
    .execute()
  return rows.map((r) => r.id)
}

/**
 * Marks registrations as extracted since their last change. One extracted before keeps its mark (each finding
 * records its extractor version): `extract --db` over a million registrations then rewrites no registration row.
 */
export async function markExtracted(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await sql`update registration set extracted_at = now() where id = any(${ids}::uuid[]) and extracted_at is null`.execute(db)
}

export interface RegistrationText {
  id: string
  date: string
  policeUnit: string | null
  narrative: string
}

/**
 * One page of registrations for (re-)extraction, in id order after `afterId` (keyset paging: constant cost per
 * page however far in). Narratives are loaded a page at a time, never all at once.
 */
export async function pageRegistrationTexts(
  db: Kysely<Database>,
  afterId: string | null,
  limit: number,
  selection: RegistrationSelection = {},
): Promise<RegistrationText[]> {
  let q = db
    .selectFrom('registration')
    .select(['id', sql<string>`to_char(reg_date, 'YYYY-MM-DD')`.as('date'), 'police_unit', 'narrative'])
    .where((eb) => whereRegistrationSelected(eb, selection))
    .orderBy('id')
    .limit(limit)
  if (afterId !== null) q = q.where('id', '>', afterId)
  const rows = await q.execute()
  return rows.map((r) => ({ id: r.id, date: r.date, policeUnit: r.police_unit, narrative: r.narrative }))
}

export async function countRegistrations(db: Kysely<Database>, selection: RegistrationSelection = {}): Promise<number> {
  const row = await db
    .selectFrom('registration')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => whereRegistrationSelected(eb, selection))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/**
 * The SQL form of domain/registration/selection.ts `isRegistrationSelected`, for any query whose FROM has the
 * registration table, unaliased or under `alias`:
 * `db.selectFrom('registration as r').where((eb) => whereRegistrationSelected(eb, sel, 'r'))`.
 * Picture queries join mentions to it; the predicate reads only registration and its linked persons.
 */
export function whereRegistrationSelected<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  s: RegistrationSelection,
  alias = 'registration',
): Expression<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`)
  const parts: Array<Expression<SqlBool>> = []
  if (s.from) parts.push(sql<SqlBool>`${col('reg_date')} >= ${s.from}::date`)
  if (s.to_exclusive) parts.push(sql<SqlBool>`${col('reg_date')} < ${s.to_exclusive}::date`)
  if (s.societal_classes) parts.push(inFolded(`${alias}.societal_class`, s.societal_classes))
  if (s.units) parts.push(inFolded(`${alias}.police_unit`, s.units))
  if (s.exploitation_forms) parts.push(inFolded(`${alias}.exploitation_form`, s.exploitation_forms))
  if (s.sources) parts.push(sql<SqlBool>`${col('source')} = any(${s.sources}::text[])`)
  if (s.minors_only || s.resident_nl_only) {
    const minor = s.minors_only
      ? sql`coalesce(rp.age, extract(year from ${col('reg_date')})::int - p.birth_year) < ${MINOR_AGE_LIMIT}`
      : sql`true`
    const resident = s.resident_nl_only ? sql`p.resident_nl is true` : sql`true`
    parts.push(sql<SqlBool>`exists (
      select 1 from registration_person rp join person p on p.id = rp.person_id
      where rp.registration_id = ${col('id')} and ${minor} and ${resident})`)
  }
  return parts.length === 0 ? sql<SqlBool>`true` : eb.and(parts)
}

function inFolded(column: string, values: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) = any(${values.map((v) => v.toLowerCase())}::text[])`
}
