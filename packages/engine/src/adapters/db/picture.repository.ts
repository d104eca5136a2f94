import { sql, type Kysely, type RawBuilder } from 'kysely'
import { ROLE_IDS } from '@platformscope/contract'
import type { Database } from './database.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import type { PictureSelection } from '../../domain/picture/picture.ts'
import {
  VICTIM_ROLE,
  unitNameOf,
  type PictureAggregates,
  type PictureRows,
} from '../../domain/picture/picture-aggregates.ts'
import { hasPlatformFilter } from '../../domain/picture/selection.ts'

/**
 * PictureAggregates computed by PostgreSQL from the picture summary (migration 0003): the large-data twin of
 * domain/picture/picture-aggregates.ts `aggregateRows`, which it must match exactly (test/db/picture.repository.test.ts).
 * The summary is brought up to date first (only registrations changed since the last picture are recomputed), in its
 * own transaction so that a picture abandoned by its caller still leaves the work done.
 */
export async function aggregatePicture(
  db: Kysely<Database>,
  catalogue: Catalogue,
  selection: PictureSelection,
): Promise<PictureAggregates> {
  await refreshPictureSummary(db)
  const unitFilter =
    selection.units === null ? null : await storedUnitsMatching(db, catalogue, selection.units)
  return db.transaction().execute(async (tx) => {
    // JIT-compiling these wide statements costs more than it saves at these row counts
    await sql`set local jit = off`.execute(tx)
    await sql`set local work_mem = '64MB'`.execute(tx)
    // a platform or category filter decides which registrations count, per pair: that needs the per-row summary
    if (hasPlatformFilter(selection)) {
      const { rows } = await pictureQuery(catalogue, selection, unitFilter).execute(tx)
      return toAggregates(rows[0])
    }
    const facts = await factsQuery(selection, unitFilter).execute(tx)
      const multi = await multiLinkMinorsQuery(selection, unitFilter).execute(tx)
    return aggregatesFromFacts(facts.rows, multi.rows, catalogue)
  })
}

/** Recomputes the summary rows of every registration changed since the last refresh; returns how many. */
export async function refreshPictureSummary(db: Kysely<Database>): Promise<number> {
  // after a bulk import this is the one long statement a server request may run: exempt from serve's timeout
  const refreshed = await db.transaction().execute(async (tx) => {
    await sql`set local statement_timeout = 0`.execute(tx)
    const { rows } = await sql<{ n: string }>`select picture_refresh() as n`.execute(tx)
    return Number(rows[0]?.n ?? 0)
  })
  // after a bulk load: statistics for the planner and the space of the replaced rows at once (PGlite has no autovacuum)
  if (refreshed >= 10_000) {
    await sql`vacuum analyze picture_registration, picture_pair, picture_minor, picture_candidate, picture_fact`.execute(db)
  }
  return refreshed
}

/** The one aggregate statement over the summary tables (exported for EXPLAIN in bench/picture). */
export function pictureQuery(
  catalogue: Catalogue,
  selection: PictureSelection,
  unitFilter: string[] | null,
): RawBuilder<AggregateRow> {
  const confirmed = selection.status === 'confirmed'
  const cls = confirmed ? 'confirmed' : 'all'
  const col = (alias: string, name: string): RawBuilder<unknown> => sql.ref(`${alias}.${name}_${cls}`)
  const selected = (alias: string): RawBuilder<unknown> =>
    sql`${inPeriod(alias, selection.from, selection.to_exclusive)} and ${otherFilters(alias, selection, unitFilter)}`
  const filtered = hasPlatformFilter(selection)
  const cat = catalogue.platforms.filter(
    (p) =>
      (selection.categories === null || selection.categories.includes(p.category)) &&
      (selection.platforms === null || selection.platforms.some((n) => n.toLowerCase() === p.name.toLowerCase())),
  )
  // without a platform filter the population is the selected registrations with a counted pair (a summary flag);
  // with one, the registrations of the pairs the filter keeps
  const inPopulation = (alias: string): RawBuilder<unknown> =>
    filtered
      ? sql`${sql.ref(`${alias}.registration_id`)} in (select registration_id from pop)`
      : sql`${col(alias, 'named')}`
  const roleCounts = sql.join(
    ROLE_IDS.map((_, i) => sql`count(*) filter (where mask & ${sql.lit(1 << i)} <> 0)`),
  )

  return sql<AggregateRow>`
    with cat as (
      select * from unnest(${cat.map((p) => p.id)}::text[], ${cat.map((p) => p.name)}::text[]) as t(id, name)
    ),
    pairs as materialized (
      select p.registration_id, p.reg_date, p.police_unit, c.name as platform, ${col('p', 'mask')} as mask,
             ${col('p', 'versions')} as versions
      from picture_pair p join cat c on c.id = p.platform_id
      where ${selected('p')} and ${col('p', 'mask')} is not null
    ),
    pop as materialized (
      select distinct registration_id from pairs where ${filtered}::boolean
    ),
    reg as materialized (
      select r.registration_id, ${col('r', 'generic')} as generic, ${col('r', 'unclear')} as unclear,
             ${inPopulation('r')} as counted, ${col('r', 'vulnerabilities')} as vulnerabilities,
             r.youngest_age, r.youngest_gender, r.min_age, r.max_age, r.minor_roles
      from picture_registration r
      where ${selected('r')}
    ),
    popreg as materialized (select * from reg where counted),
    minor as materialized (
      select m.person_id, m.roles, m.gender, m.birth_country
      from picture_minor m
      where ${selected('m')} and ${inPopulation('m')}
    ),
    person_roles as materialized (
      select distinct m.person_id, r.role from minor m cross join lateral unnest(m.roles) as r(role)
    ),
    person as materialized (
      select person_id, min(gender) as gender, min(birth_country) as birth_country from minor group by person_id
    )
    select
      (select count(*)::int from popreg) as registrations,
      (select coalesce(json_agg(x), '[]') from (
        select platform, extract(year from reg_date)::int as year, police_unit as unit, count(*)::int as count,
               json_build_array(${roleCounts}) as role_counts
        from pairs
        group by platform, year, police_unit) x) as pairs,
      (select json_build_array(coalesce(sum(generic), 0)::int, coalesce(sum(unclear), 0)::int)
        from ${filtered ? sql`popreg` : sql`reg`}) as others,
      (select coalesce(json_agg(x), '[]') from (
        select c.name, count(*)::int as registrations, sum(${col('c', 'mentions')})::int as mentions
        from picture_candidate c join reg on reg.registration_id = c.registration_id
        where ${col('c', 'mentions')} > 0
        group by c.name) x) as candidates,
      (select coalesce(json_agg(distinct versions), '[]') from pairs) as versions,
      (select count(*)::int from person) as minors,
      (select count(*)::int from (
        select person_id from person_roles group by person_id having count(*) >= 2) x) as multi_role,
      (select count(*)::int from popreg where ${VICTIM_ROLE} = any(minor_roles)) as victim_registrations,
      (select coalesce(json_agg(x), '[]') from (
        select gender, count(*)::int as count from person group by gender) x) as genders,
      (select min(min_age) from popreg) as age_min,
      (select max(max_age) from popreg) as age_max,
      (select coalesce(json_agg(x), '[]') from (
        select youngest_age as age, youngest_gender as gender, count(*)::int as count
        from popreg where youngest_age is not null
        group by youngest_age, youngest_gender) x) as youngest,
      (select coalesce(json_agg(x), '[]') from (
        select birth_country as country, count(*)::int as count from person group by birth_country) x)
        as birth_countries,
      (select coalesce(json_agg(x), '[]') from (
        select m.role, m.minors, r.registrations
        from (select role, count(*)::int as minors from person_roles group by role) m
        join (select role, count(*)::int as registrations
              from popreg cross join lateral unnest(minor_roles) as role
              group by role) r on r.role = m.role) x) as person_roles,
      (select coalesce(json_agg(x), '[]') from (
        select factor, count(*)::int as count
        from popreg cross join lateral unnest(vulnerabilities) as factor
        group by factor) x) as vulnerabilities
  `
}

/** The registration-level filters other than the period, on any summary table (each carries them). */
function otherFilters(alias: string, selection: PictureSelection, unitFilter: string[] | null): RawBuilder<unknown> {
  const anyOf = (column: string, values: readonly string[] | null): RawBuilder<unknown> =>
    values === null ? sql`true` : sql`${sql.ref(`${alias}.${column}`)} = any(${[...values]}::text[])`
  return sql`${anyOf('source', selection.sources)} and ${anyOf('exploitation_form', selection.exploitation_forms)}
    and ${unitFilter === null ? sql`true` : sql`${sql.ref(`${alias}.police_unit`)} = any(${unitFilter}::text[])`}`
}

function inPeriod(alias: string, from: string, toExclusive: string): RawBuilder<unknown> {
  return sql`${sql.ref(`${alias}.reg_date`)} >= ${from}::date and ${sql.ref(`${alias}.reg_date`)} < ${toExclusive}::date`
}

/** The first day of the month on or after `date` (YYYY-MM-DD), and on or before it. */
function monthOnOrAfter(date: string): string {
  if (date.endsWith('-01')) return date
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}
function monthOnOrBefore(date: string): string {
  return `${date.slice(0, 7)}-01`
}

interface FactRow {
  metric: string
  k1: string | null
  k2: string | null
  year: number
  unit: string | null
  total: string
  least: string
  most: string
}

/**
 * The selection's facts summed per metric, key, year and unit: whole months from picture_fact, the days before the
 * first and after the last whole month computed on the spot by picture_facts() from the per-registration rows.
 */
export function factsQuery(selection: PictureSelection, unitFilter: string[] | null): RawBuilder<FactRow> {
  const confirmed = selection.status === 'confirmed'
  let first = monthOnOrAfter(selection.from)
  let last = monthOnOrBefore(selection.to_exclusive)
  if (first >= last) first = last = selection.to_exclusive // no whole month: every day on the spot
  return sql<FactRow>`
    with f as (
      select month, police_unit, source, exploitation_form, metric, k1, k2, n from picture_fact
      where month >= ${first}::date and month < ${last}::date and confirmed = ${confirmed}
      union all
      select month, police_unit, source, exploitation_form, metric, k1, k2, n
      from picture_facts(${selection.from}::date, ${first}::date) where confirmed = ${confirmed}
      union all
      select month, police_unit, source, exploitation_form, metric, k1, k2, n
      from picture_facts(${last}::date, ${selection.to_exclusive}::date) where confirmed = ${confirmed}
    )
    select metric, k1, k2, extract(year from month)::int as year, police_unit as unit,
           sum(n)::text as total, min(n)::text as least, max(n)::text as most
    from f where ${otherFilters('f', selection, unitFilter)}
    group by metric, k1, k2, extract(year from month), police_unit`
}

/** The catalogue's person roles in the bit order of migration 0003's picture_person_role_mask. */
export const PICTURE_PERSON_ROLES = [
  'aangever',
  'benadeelde',
  'betrokkene',
  'getuige',
  'melder',
  'slachtoffer',
  'verdachte',
] as const

interface MultiLinkRow {
  gender: string | null
  country: string | null
  minors: number
  multi_role: number
  roles: number[]
}

/**
 * Minors with more than one minor link, counted once per person over the selection's population: grouped per person
 * (a plain GROUP BY, which PostgreSQL runs in parallel), then per gender and birth country.
 */
export function multiLinkMinorsQuery(selection: PictureSelection, unitFilter: string[] | null): RawBuilder<MultiLinkRow> {
  const named = selection.status === 'confirmed' ? sql.ref('m.named_confirmed') : sql.ref('m.named_all')
  const perRole = sql.join(PICTURE_PERSON_ROLES.map((_, i) => sql`count(*) filter (where mask & ${sql.lit(1 << i)} <> 0)`))
  return sql<MultiLinkRow>`
    select gender, birth_country as country, count(*)::int as minors,
           count(*) filter (where mask & (mask - 1) <> 0)::int as multi_role,
           json_build_array(${perRole}) as roles
    from (
      select m.person_id, min(m.gender) as gender, min(m.birth_country) as birth_country, bit_or(m.role_mask) as mask
      from picture_multi_minor m
      where ${named} and ${inPeriod('m', selection.from, selection.to_exclusive)}
        and ${otherFilters('m', selection, unitFilter)}
      group by m.person_id
    ) per_person
    group by gender, birth_country`
}

/** PictureAggregates from summed facts plus the multi-link minors. */
function aggregatesFromFacts(
  facts: readonly FactRow[],
  multi: readonly MultiLinkRow[],
  catalogue: Catalogue,
): PictureAggregates {
  const tally = new Map<string, Map<string, number>>()
  const add = (metric: string, key: string, n: number): void => {
    const m = tally.get(metric) ?? new Map<string, number>()
    m.set(key, (m.get(key) ?? 0) + n)
    tally.set(metric, m)
  }
  const entries = (metric: string): Array<[string, number]> => [...(tally.get(metric) ?? new Map<string, number>())]
  const total = (metric: string): number => entries(metric).reduce((sum, [, n]) => sum + n, 0)
  const pairs = new Map<string, { platform: string; year: string; unit: string | null; count: number }>()
  let ageMin: number | null = null
  let ageMax: number | null = null
  for (const f of facts) {
    const n = Number(f.total)
    if (f.metric === 'pair') {
      const platform = catalogue.platformById(f.k1 ?? '')?.name
      if (platform === undefined) continue
      const key = JSON.stringify([platform, f.year, f.unit])
      const cell = pairs.get(key) ?? { platform, year: String(f.year), unit: f.unit, count: 0 }
      cell.count += n
      pairs.set(key, cell)
    } else if (f.metric === 'role') {
      const platform = catalogue.platformById(f.k1 ?? '')?.name
      const role = ROLE_IDS[Number(f.k2)]
      if (platform !== undefined && role !== undefined) add('role', JSON.stringify([platform, role]), n)
    } else if (f.metric === 'age_min') {
      ageMin = ageMin === null ? Number(f.least) : Math.min(ageMin, Number(f.least))
    } else if (f.metric === 'age_max') {
      ageMax = ageMax === null ? Number(f.most) : Math.max(ageMax, Number(f.most))
    } else {
      add(f.metric, JSON.stringify([f.k1, f.k2]), n)
    }
  }
  const keyed = <T>(metric: string, build: (k1: string | null, k2: string | null, n: number) => T): T[] =>
    entries(metric).map(([key, n]) => {
      const [k1, k2] = JSON.parse(key) as [string | null, string | null]
      return build(k1, k2, n)
    })
  // minors with several links join the single-link minors' tallies
  let multiMinors = 0
  let multiRole = 0
  for (const m of multi) {
    multiMinors += m.minors
    multiRole += m.multi_role
    add('single_gender', JSON.stringify([m.gender, null]), m.minors)
    add('single_country', JSON.stringify([m.country, null]), m.minors)
    parseJson<number[]>(m.roles).forEach((n, i) => {
      if (n > 0) add('single_role', JSON.stringify([PICTURE_PERSON_ROLES[i], null]), n)
    })
  }
  const minorRoleRegistrations = new Map(keyed('minor_role', (role, _k2, n) => [role ?? '', n] as const))
  const extractorVersions = new Set<string>()
  const catalogueVersions = new Set<string>()
  for (const [key] of entries('versions')) addVersions(JSON.parse(key)[0] as string, extractorVersions, catalogueVersions)
  const candidateMentions = new Map(keyed('candidate_mentions', (name, _k2, n) => [name ?? '', n] as const))
  return {
    registrations: total('reg'),
    pairs: [...pairs.values()],
    roles: entries('role').map(([key, count]) => {
      const [platform, role] = JSON.parse(key) as [string, string]
      return { platform, role, count }
    }),
    generic: total('generic'),
    unclear: total('unclear'),
    candidates: keyed('candidate_registrations', (name, _k2, n) => ({
      name: name ?? '',
      registrations: n,
      mentions: candidateMentions.get(name ?? '') ?? 0,
    })),
    extractorVersions: [...extractorVersions],
    catalogueVersions: [...catalogueVersions],
    persons: {
      minors: total('single_minor') + multiMinors,
      multiRole: total('single_multi_role') + multiRole,
      victimRegistrations: total('victim'),
      genders: keyed('single_gender', (gender, _k2, count) => ({ gender, count })),
      ageMin,
      ageMax,
      youngest: keyed('youngest', (age, gender, count) => ({ age: Number(age), gender, count })),
      birthCountries: keyed('single_country', (country, _k2, count) => ({ country, count })),
      personRoles: keyed('single_role', (role, _k2, minors) => ({
        role: role ?? '',
        minors,
        registrations: minorRoleRegistrations.get(role ?? '') ?? 0,
      })),
    },
    vulnerabilities: keyed('vulnerability', (factor, _k2, count) => ({ factor: factor ?? '', count })),
  }
}

/** A pair's version key is "extractor versions<TAB>catalogue versions", each newline-joined. */
function addVersions(key: string, extractors: Set<string>, catalogues: Set<string>): void {
  const [e = '', c = ''] = key.split('\t')
  for (const v of e.split('\n')) if (v !== '') extractors.add(v)
  for (const v of c.split('\n')) if (v !== '') catalogues.add(v)
}

function toAggregates(row: AggregateRow | undefined): PictureAggregates {
  if (row === undefined) throw new Error('picture aggregate query returned no row')
  const [generic = 0, unclear = 0] = parseJson<[number, number]>(row.others)
  const pairs = parseJson<
    Array<{ platform: string; year: number; unit: string | null; count: number; role_counts: number[] }>
  >(row.pairs)
  const roles = new Map<string, { platform: string; role: string; count: number }>()
  for (const p of pairs) {
    ROLE_IDS.forEach((role, i) => {
      const n = p.role_counts[i] ?? 0
      if (n === 0) return
      const key = JSON.stringify([p.platform, role])
      const cell = roles.get(key) ?? { platform: p.platform, role, count: 0 }
      cell.count += n
      roles.set(key, cell)
    })
  }
  const extractorVersions = new Set<string>()
  const catalogueVersions = new Set<string>()
  for (const v of parseJson<string[]>(row.versions)) addVersions(v, extractorVersions, catalogueVersions)
  return {
    registrations: row.registrations,
    pairs: pairs.map((p) => ({ platform: p.platform, year: String(p.year), unit: p.unit, count: p.count })),
    roles: [...roles.values()],
    generic,
    unclear,
    candidates: parseJson(row.candidates),
    extractorVersions: [...extractorVersions],
    catalogueVersions: [...catalogueVersions],
    persons: {
      minors: row.minors,
      multiRole: row.multi_role,
      victimRegistrations: row.victim_registrations,
      genders: parseJson(row.genders),
      ageMin: row.age_min,
      ageMax: row.age_max,
      youngest: parseJson(row.youngest),
      birthCountries: parseJson(row.birth_countries),
      personRoles: parseJson(row.person_roles),
    },
    vulnerabilities: parseJson(row.vulnerabilities),
  }
}

export interface AggregateRow {
  registrations: number
  pairs: unknown
  others: unknown
  candidates: unknown
  versions: unknown
  minors: number
  multi_role: number
  victim_registrations: number
  genders: unknown
  age_min: number | null
  age_max: number | null
  youngest: unknown
  birth_countries: unknown
  person_roles: unknown
  vulnerabilities: unknown
}

/** json columns arrive parsed from node-postgres and as text from some drivers. */
function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T
}

/**
 * Stored police-unit spellings whose canonical name is selected: the unit filter is resolved with the same
 * catalogue function as the in-memory path, over the few distinct stored values.
 */
async function storedUnitsMatching(
  db: Kysely<Database>,
  catalogue: Catalogue,
  units: readonly string[],
): Promise<string[]> {
  const { rows } = await sql<{ police_unit: string | null }>`
    select distinct police_unit from registration where police_unit is not null`.execute(db)
  const wanted = new Set(units)
  return rows
    .map((r) => r.police_unit)
    .filter((u): u is string => u !== null && wanted.has(unitNameOf(u, catalogue) ?? ''))
}

/** The first and last registration date stored (YYYY-MM-DD), or null when there are none. */
export async function registrationDateRange(
  db: Kysely<Database>,
): Promise<{ first: string; last: string } | null> {
  const { rows } = await sql<{ first: string | null; last: string | null }>`
    select to_char(min(reg_date), 'YYYY-MM-DD') as first, to_char(max(reg_date), 'YYYY-MM-DD') as last
    from registration`.execute(db)
  const r = rows[0]
  return r?.first && r.last ? { first: r.first, last: r.last } : null
}

/**
 * Every row the picture reads, for the in-memory path (small data, tests, the demo's quality measurement);
 * optionally only registrations from the given sources.
 */
export async function loadPictureRows(
  db: Kysely<Database>,
  sources?: readonly string[],
): Promise<PictureRows> {
  const inSources =
    sources === undefined ? sql<boolean>`true` : sql<boolean>`r.source = any(${[...sources]}::text[])`
  const registrations = await db
    .selectFrom('registration as r')
    .where(inSources)
    .select([
      'id',
      sql<string>`to_char(reg_date, 'YYYY-MM-DD')`.as('date'),
      'police_unit',
      'source',
      'exploitation_form',
    ])
    .execute()
  const mentions = await db
    .selectFrom('mention as m')
    .innerJoin('registration as r', 'r.id', 'm.registration_id')
    .where(inSources)
    .select([
      'm.registration_id',
      'm.platform_id',
      'm.platform_name',
      'm.kind',
      'm.negated',
      'm.roles',
      'm.status',
      'm.origin',
      'm.extractor_version',
      'm.catalogue_version',
    ])
    .execute()
  const links = await db
    .selectFrom('registration_person as rp')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .innerJoin('registration as r', 'r.id', 'rp.registration_id')
    .where(inSources)
    .select([
      'rp.registration_id',
      'rp.person_id',
      'rp.age',
      'rp.roles',
      'p.gender',
      'p.birth_country',
      'p.resident_nl',
    ])
    .execute()
  const vulnerabilities = await db
    .selectFrom('vulnerability as v')
    .innerJoin('registration as r', 'r.id', 'v.registration_id')
    .where(inSources)
    .select(['v.registration_id', 'v.factor', 'v.status', 'v.origin'])
    .execute()
  return {
    registrations: registrations.map((r) => ({
      id: r.id,
      date: r.date,
      policeUnit: r.police_unit,
      source: r.source,
      exploitationForm: r.exploitation_form,
    })),
    mentions: mentions.map((m) => ({
      registrationId: m.registration_id,
      platformId: m.platform_id,
      platformName: m.platform_name,
      kind: m.kind as 'named' | 'generic' | 'unclear',
      negated: m.negated,
      roles: m.roles,
      status: m.status,
      origin: m.origin,
      extractorVersion: m.extractor_version,
      catalogueVersion: m.catalogue_version,
    })),
    personLinks: links.map((l) => ({
      registrationId: l.registration_id,
      personId: l.person_id,
      age: l.age,
      roles: l.roles,
      gender: l.gender,
      birthCountry: l.birth_country,
      residentNl: l.resident_nl,
    })),
    vulnerabilities: vulnerabilities.map((v) => ({
      registrationId: v.registration_id,
      factor: v.factor,
      status: v.status,
      origin: v.origin,
    })),
  }
}
