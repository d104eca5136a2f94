import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from './database.ts'
import { PREPARED } from './prepared-statements.ts'
import { ROLE_IDS, type RoleId } from '@platformscope/contract'
import { summaryClass } from './picture.repository.ts'
import { FINDING_COLUMNS, countedStatus, toFinding, type FindingRecord, type FindingRowShape } from './finding-row.ts'

/** The registrations behind one number of the picture; platform and category arrive resolved to catalogue ids. */
export interface DrillDownFilter {
  /** catalogue platform ids the mention must point at (platform or category filter); undefined = any */
  platformIds?: string[] | undefined
  role?: string | undefined
  unit?: string | undefined
  from?: string | undefined
  toExclusive?: string | undefined
  kind: string
  status: 'suggested' | 'confirmed'
  sourceRefPrefix?: string | undefined
  offset: number
  limit: number
}

export interface RegistrationSummaryRecord {
  id: string
  source: string
  sourceRef: string
  date: string
  unit: string | null
  platforms: string[]
  findings: number
  suggested: number
}

function mentionMatches(f: DrillDownFilter) {
  // catalogue mentions carry their platform id (import and review set it), so the id alone selects them
  const platform = f.platformIds === undefined ? sql`` : sql`and m.platform_id = any(${f.platformIds}::text[])`
  return sql<boolean>`m.kind = ${f.kind} and not m.negated and ${countedStatus('m', f.status)}
    ${f.kind === 'named' ? sql`and m.in_catalogue` : sql``}
    ${platform}
    ${f.role ? sql`and ${f.role} = any(m.roles)` : sql``}`
}

function registrationMatches(f: DrillDownFilter) {
  return sql<boolean>`true
    ${f.from ? sql`and r.reg_date >= ${f.from}::date` : sql``}
    ${f.toExclusive ? sql`and r.reg_date < ${f.toExclusive}::date` : sql``}
    ${f.unit ? sql`and r.police_unit = ${f.unit}` : sql``}
    ${f.sourceRefPrefix ? sql`and r.source_ref like ${escapeLike(f.sourceRefPrefix) + '%'}` : sql``}`
}

export const COUNT_CAP = 1_000

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The first `k` registrations a drill-down finds (newest first; ties by id): a query yielding registration_id and
 * reg_date, in any order and possibly more than k rows (the caller orders and cuts).
 */
type FirstK = (k: number) => RawBuilder<unknown>

/** Registrations with a mention matching the filter, found from the registration side (any kind of mention). */
function mentionRegistrations(f: DrillDownFilter): FirstK {
  return () => sql`select r.id as registration_id, r.reg_date from registration r
    where ${registrationMatches(f)} and exists (select 1 from mention m where m.registration_id = r.id and ${mentionMatches(f)})`
}

/**
 * The registrations behind a platform's number in the picture, from the picture summary (the same counting rule as
 * the number), found through the counted pairs' index on (platform, date desc, registration) so every scan stops at
 * the page or the count cap instead of probing registrations. Several platforms (a category) are several such
 * scans merged: the first k distinct registrations of the union are among the first k of some platform's own list,
 * so each scan can stop at k too.
 */
function platformRegistrations(f: DrillDownFilter & { platformIds: string[] }): FirstK {
  const cls = summaryClass(f.status)
  const mask = sql.ref(`pp.mask_${cls}`)
  const roleBit = f.role === undefined ? -1 : ROLE_IDS.indexOf(f.role as RoleId)
  const role = f.role === undefined ? sql`` : roleBit < 0 ? sql`and false` : sql`and ${mask} & ${sql.lit(1 << roleBit)} <> 0`
  const counted = (platformId: string) => sql`pp.platform_id = ${platformId} and ${mask} is not null ${role}
    ${f.from ? sql`and pp.reg_date >= ${f.from}::date` : sql``}
    ${f.toExclusive ? sql`and pp.reg_date < ${f.toExclusive}::date` : sql``}
    ${f.unit ? sql`and pp.police_unit = ${f.unit}` : sql``}`
  return (k) => {
    const [only, ...more] = f.platformIds
    if (only === undefined) return sql`select null::uuid as registration_id, null::date as reg_date where false`
    // a registration has one pair per platform: with one platform there is nothing to deduplicate
    if (more.length === 0) return sql`select pp.registration_id, pp.reg_date from picture_pair pp where ${counted(only)}`
    const scans = f.platformIds.map(
      (id) => sql`(select pp.registration_id, pp.reg_date from picture_pair pp where ${counted(id)}
        order by pp.reg_date desc, pp.registration_id limit ${k})`,
    )
    return sql`select registration_id, reg_date from (${sql.join(scans, sql` union all `)}) u group by registration_id, reg_date`
  }
}

type ListRow = {
  counted: string
  id: string | null
  source: string
  source_ref: string
  reg_date: string
  police_unit: string | null
  platforms: Array<string | null> | null
  findings: string | null
  suggested: string | null
}

/**
 * One page of a drill-down, its count (up to the cap) and each listed registration's platforms and findings, in one
 * statement: one round trip and one plan per request, which is what the dashboard's clicking through pays for.
 */
async function listPage(
  db: Kysely<Database>,
  firstK: FirstK,
  offset: number,
  limit: number,
  count: boolean,
): Promise<ListRow[]> {
  // counting stops past COUNT_CAP: beyond that the number is shown as "more than" (the picture has the exact count)
  const k = count ? Math.max(offset + limit, COUNT_CAP + 1) : offset + limit
  // prepared: its text depends only on which filters are set and how many platforms, the values are parameters
  const { rows } = await sql<ListRow>`${PREPARED}
    with matches as materialized (
      select registration_id, reg_date from (${firstK(k)}) f order by reg_date desc, registration_id limit ${k}
    )
    select c.counted, r.id, r.source, r.source_ref, to_char(r.reg_date, 'YYYY-MM-DD') as reg_date, r.police_unit,
      st.platforms, st.findings, st.suggested
    from (select ${count ? sql`count(*)` : sql`null::bigint`} as counted from ${count ? sql`matches` : sql`(select) one`}) c
    left join lateral (select * from matches order by reg_date desc, registration_id limit ${limit} offset ${offset}) x on true
    left join registration r on r.id = x.registration_id
    left join lateral (
      select
        array_agg(distinct coalesce(p.name, pn.name, m.platform_name) order by coalesce(p.name, pn.name, m.platform_name))
          filter (where m.kind = 'named' and not m.negated and m.status <> 'rejected' and m.in_catalogue) as platforms,
        count(*) as findings,
        count(*) filter (where m.status = 'suggested') as suggested
      from mention m left join platform p on p.id = m.platform_id
      -- a mention that names its platform without an id is shown under the catalogue's spelling
      left join platform pn on m.platform_id is null and lower(pn.name) = lower(m.platform_name) and pn.in_catalogue
      where m.registration_id = r.id
    ) st on r.id is not null
    order by x.reg_date desc, x.registration_id`.execute(db)
  return rows
}

function firstKOf(f: DrillDownFilter): FirstK {
  return f.kind === 'named' && f.platformIds !== undefined && !f.sourceRefPrefix
    ? platformRegistrations({ ...f, platformIds: f.platformIds })
    : mentionRegistrations(f)
}

/**
 * How many registrations are behind a number, up to the cap (COUNT_CAP + 1 means "more than"); any page's filter.
 * Like listRegistrations it reads the picture summary as it stands: the caller brings it up to date first.
 */
export async function countDrillDown(db: Kysely<Database>, f: DrillDownFilter): Promise<number> {
  const k = COUNT_CAP + 1
  const { rows } = await sql<{ n: string }>`${PREPARED}
    select count(*) as n from (select 1 from (${firstKOf(f)(k)}) f order by reg_date desc, registration_id limit ${k}) x`.execute(db)
  return Number(rows[0]?.n ?? 0)
}

/**
 * One page of the registrations behind a number, with how many there are (up to the cap: `counted` may exceed
 * COUNT_CAP by one, meaning "more than"). `knownCount`, the count of the same filter read before (any page), spares
 * counting again when paging through a cell. Reads the picture summary as it stands: the caller brings it up to date
 * first (refreshPictureSummary; the drill-down cache does so with its stamp check), once for count and page.
 */
export async function listRegistrations(
  db: Kysely<Database>,
  f: DrillDownFilter,
  knownCount?: number,
): Promise<{ items: RegistrationSummaryRecord[]; counted: number; total: number; totalIsLowerBound: boolean }> {
  const rows = await listPage(db, firstKOf(f), f.offset, f.limit, knownCount === undefined)
  const counted = knownCount ?? Number(rows[0]?.counted ?? 0)
  return {
    counted,
    total: Math.min(counted, COUNT_CAP),
    totalIsLowerBound: counted > COUNT_CAP,
    items: rows.flatMap((r) =>
      r.id === null
        ? []
        : [
            {
              id: r.id,
              source: r.source,
              sourceRef: r.source_ref,
              date: r.reg_date,
              unit: r.police_unit,
              platforms: (r.platforms ?? []).filter((p): p is string => p !== null),
              findings: Number(r.findings ?? 0),
              suggested: Number(r.suggested ?? 0),
            },
          ],
    ),
  }
}

export interface RegistrationDetailRecord {
  id: string
  source: string
  sourceRef: string
  date: string
  unit: string | null
  societalClass: string | null
  exploitationForm: string | null
  scope: string | null
  narrative: string
  findings: FindingRecord[]
  persons: Array<{
    pseudonym: string
    gender: string | null
    birthYear: number | null
    birthCountry: string | null
    residentNl: boolean | null
    roles: string[]
    age: number | null
    origin: string
  }>
  vulnerabilities: Array<{ factor: string; start: number | null; end: number | null; status: string; origin: string }>
}

type PersonRow = {
  pseudonym: string
  gender: string | null
  birth_year: number | null
  birth_country: string | null
  resident_nl: boolean | null
  roles: string[]
  age: number | null
  origin: string
}
type VulnerabilityRow = { factor: string; span_start: number | null; span_end: number | null; status: string; origin: string }

/** json columns arrive parsed from node-postgres and may arrive as text from other drivers */
const parsedJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T

/**
 * One registration with its findings, persons and vulnerabilities in one statement (the detail view is read on
 * every click, and each read is audited too: one round trip here keeps the request short).
 */
export async function readRegistration(db: Kysely<Database>, id: string): Promise<RegistrationDetailRecord | undefined> {
  const { rows } = await sql<{
    id: string
    source: string
    source_ref: string
    date: string
    police_unit: string | null
    societal_class: string | null
    exploitation_form: string | null
    scope: string | null
    narrative: string
    findings: unknown
    persons: unknown
    vulnerabilities: unknown
  }>`${PREPARED}
    select r.id, r.source, r.source_ref, to_char(r.reg_date, 'YYYY-MM-DD') as date, r.police_unit, r.societal_class,
      r.exploitation_form, r.scope, r.narrative,
      coalesce((select json_agg(f order by f.span_start nulls last, f.id)
        from (select ${FINDING_COLUMNS} from mention m where m.registration_id = r.id) f), '[]') as findings,
      coalesce((select json_agg(ps order by ps.pseudonym)
        from (select p.pseudonym, p.gender, p.birth_year, p.birth_country, p.resident_nl, rp.roles, rp.age, rp.origin
              from registration_person rp join person p on p.id = rp.person_id where rp.registration_id = r.id) ps), '[]')
        as persons,
      coalesce((select json_agg(v order by v.factor)
        from (select factor, span_start, span_end, status, origin from vulnerability where registration_id = r.id) v), '[]')
        as vulnerabilities
    from registration r where r.id = ${id}`.execute(db)
  const reg = rows[0]
  if (!reg) return undefined
  return {
    id: reg.id,
    source: reg.source,
    sourceRef: reg.source_ref,
    date: reg.date,
    unit: reg.police_unit,
    societalClass: reg.societal_class,
    exploitationForm: reg.exploitation_form,
    scope: reg.scope,
    narrative: reg.narrative,
    findings: parsedJson<FindingRowShape[]>(reg.findings).map(toFinding),
    persons: parsedJson<PersonRow[]>(reg.persons).map((p) => ({
      pseudonym: p.pseudonym,
      gender: p.gender,
      birthYear: p.birth_year,
      birthCountry: p.birth_country,
      residentNl: p.resident_nl,
      roles: p.roles,
      age: p.age,
      origin: p.origin,
    })),
    vulnerabilities: parsedJson<VulnerabilityRow[]>(reg.vulnerabilities).map((v) => ({
      factor: v.factor,
      start: v.span_start,
      end: v.span_end,
      status: v.status,
      origin: v.origin,
    })),
  }
}

export async function registrationExists(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom('registration').select('id').where('id', '=', id).executeTakeFirst()
  return row !== undefined
}
