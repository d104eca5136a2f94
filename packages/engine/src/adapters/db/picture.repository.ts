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
  const query = pictureQuery(catalogue, selection, unitFilter)
  const { rows } = await db.transaction().execute(async (tx) => {
    // JIT-compiling this wide statement costs more than it saves at these row counts
    await sql`set local jit = off`.execute(tx)
    await sql`set local work_mem = '64MB'`.execute(tx)
    return query.execute(tx)
  })
  return toAggregates(rows[0])
}

/** Recomputes the summary rows of every registration changed since the last refresh; returns how many. */
export async function refreshPictureSummary(db: Kysely<Database>): Promise<number> {
  // after a bulk import this is the one long statement a server request may run: exempt from serve's timeout
  const refreshed = await db.transaction().execute(async (tx) => {
    await sql`set local statement_timeout = 0`.execute(tx)
    const { rows } = await sql<{ n: string }>`select picture_refresh() as n`.execute(tx)
    return Number(rows[0]?.n ?? 0)
  })
  // after a bulk load the planner needs fresh statistics at once (PGlite has no autovacuum to gather them)
  if (refreshed >= 10_000) {
    await sql`analyze picture_registration, picture_pair, picture_minor, picture_candidate`.execute(db)
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
  const anyOf = (column: string, values: readonly string[] | null): RawBuilder<unknown> =>
    values === null ? sql`true` : sql`${sql.ref(column)} = any(${[...values]}::text[])`
  // the registration-level filters, on any summary table (they all carry the registration's selection columns)
  const selected = (alias: string): RawBuilder<unknown> => sql`
    ${sql.ref(`${alias}.reg_date`)} >= ${selection.from}::date and ${sql.ref(`${alias}.reg_date`)} < ${selection.to_exclusive}::date
    and ${anyOf(`${alias}.source`, selection.sources)}
    and ${anyOf(`${alias}.exploitation_form`, selection.exploitation_forms)}
    and ${unitFilter === null ? sql`true` : sql`${sql.ref(`${alias}.police_unit`)} = any(${unitFilter}::text[])`}`
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
  // each pair's versions are "extractor versions<TAB>catalogue versions", each newline-joined
  const extractorVersions = new Set<string>()
  const catalogueVersions = new Set<string>()
  for (const v of parseJson<string[]>(row.versions)) {
    const [extractors = '', catalogues = ''] = v.split('\t')
    for (const e of extractors.split('\n')) if (e !== '') extractorVersions.add(e)
    for (const c of catalogues.split('\n')) if (c !== '') catalogueVersions.add(c)
  }
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
