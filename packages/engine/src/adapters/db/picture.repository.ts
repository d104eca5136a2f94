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
 * PictureAggregates computed by PostgreSQL (GROUP BY), never loading rows: the large-data twin of
 * domain/picture/picture-aggregates.ts `aggregateRows`, which it must match exactly (test/db/picture.repository.test.ts).
 * One statement: the counted mentions are a materialised CTE that every aggregate reads once.
 */
export async function aggregatePicture(
  db: Kysely<Database>,
  catalogue: Catalogue,
  selection: PictureSelection,
): Promise<PictureAggregates> {
  const unitFilter =
    selection.units === null ? null : await storedUnitsMatching(db, catalogue, selection.units)
  const query = pictureQuery(catalogue, selection, unitFilter)
  // The planner cannot estimate the CTEs' sizes (it assumes 200 rows) and picks index nested loops over hundreds of
  // thousands of registrations; hash joins and in-memory sorts are right for an aggregate over the whole selection.
  const { rows } = await db.transaction().execute(async (tx) => {
    await sql`set local enable_nestloop = off`.execute(tx)
    await sql`set local work_mem = '128MB'`.execute(tx)
    // JIT-compiling this wide statement costs seconds and saves nothing at these row counts
    await sql`set local jit = off`.execute(tx)
    return query.execute(tx)
  })
  return toAggregates(rows[0])
}

/** The one aggregate statement (exported for EXPLAIN in bench/picture). */
export function pictureQuery(
  catalogue: Catalogue,
  selection: PictureSelection,
  unitFilter: string[] | null,
): RawBuilder<AggregateRow> {
  const ids = catalogue.platforms.map((p) => p.id)
  const names = catalogue.platforms.map((p) => p.name)
  const categories = catalogue.platforms.map((p) => p.category)
  const confirmedOnly = selection.status === 'confirmed'
  const statusOk = (alias: string): RawBuilder<unknown> =>
    sql`(${sql.ref(`${alias}.status`)} <> 'rejected' and (${confirmedOnly}::boolean = false
      or ${sql.ref(`${alias}.status`)} in ('confirmed', 'corrected') or ${sql.ref(`${alias}.origin`)} in ('manual', 'registered')))`
  const anyOf = (column: string, values: readonly string[] | null): RawBuilder<unknown> =>
    values === null ? sql`true` : sql`${sql.ref(column)} = any(${[...values]}::text[])`
  const platformFilter =
    selection.platforms === null
      ? sql`true`
      : sql`lower(platform) = any(${selection.platforms.map((p) => p.toLowerCase())}::text[])`

  const roleMask = sql.join(
    ROLE_IDS.map((role, i) => sql`((${role} = any(m.roles))::int << ${sql.lit(i)})`),
    sql` | `,
  )
  const countedNamed = sql`kind = 'named' and platform is not null
        and ${selection.categories === null ? sql`true` : sql`category = any(${[...selection.categories]}::text[])`}
        and ${platformFilter}`

  return sql<AggregateRow>`
    with cat as (
      select * from unnest(${ids}::text[], ${names}::text[], ${categories}::text[]) as t(id, name, category)
    ),
    sel as (
      select r.id, extract(year from r.reg_date)::int as year, r.police_unit
      from registration r
      where r.reg_date >= ${selection.from}::date and r.reg_date < ${selection.to_exclusive}::date
        and ${anyOf('r.source', selection.sources)}
        and ${anyOf('r.exploitation_form', selection.exploitation_forms)}
        and ${unitFilter === null ? sql`true` : sql`r.police_unit = any(${unitFilter}::text[])`}
    ),
    -- every mention that counts under the status filter, in a selected registration: one pass over mention
    ms as materialized (
      select m.registration_id, sel.year, sel.police_unit, m.kind, m.platform_name, m.extractor_version,
             m.catalogue_version, coalesce(ci.name, cn.name) as platform, coalesce(ci.category, cn.category) as category,
             ${roleMask} as mask
      from mention m
      join sel on sel.id = m.registration_id
      left join cat ci on m.kind = 'named' and ci.id = m.platform_id
      left join cat cn on m.kind = 'named' and lower(cn.name) = lower(m.platform_name)
      where not m.negated and ${statusOk('m')}
    ),
    -- a platform counts once per registration; its roles are the union (bit_or) over that registration's mentions
    pairs as materialized (
      select registration_id, platform, year, police_unit, bit_or(mask) as mask
      from ms where ${countedNamed}
      group by registration_id, platform, year, police_unit
    ),
    pop as materialized (select distinct registration_id as id from pairs),
    ml as materialized (
      select rp.registration_id, rp.person_id, rp.age, rp.roles, p.gender, p.birth_country
      from registration_person rp
      join pop on pop.id = rp.registration_id
      join person p on p.id = rp.person_id
      where rp.age < 18 and p.resident_nl is distinct from false
    ),
    -- distinct sets by hashing (count(distinct …) would sort); one row per minor, one per (minor, role)
    minor as materialized (
      select person_id, min(gender) as gender, min(birth_country) as birth_country from ml group by person_id
    ),
    minor_role as materialized (
      select distinct ml.person_id, r.role from ml cross join lateral unnest(ml.roles) as r(role)
    )
    select
      (select count(*)::int from pop) as registrations,
      (select coalesce(json_agg(x), '[]') from (
        select platform, year, police_unit as unit, count(*)::int as count,
               json_build_array(${sql.join(ROLE_IDS.map((_, i) => sql`count(*) filter (where mask & ${sql.lit(1 << i)} <> 0)`))}) as role_counts
        from pairs
        group by platform, year, police_unit) x) as pairs,
      (select coalesce(json_agg(x), '[]') from (
        select kind, count(*)::int as count from ms
        where kind in ('generic', 'unclear') ${hasPlatformFilter(selection) ? sql`and registration_id in (select id from pop)` : sql``}
        group by kind) x) as others,
      (select coalesce(json_agg(x), '[]') from (
        select btrim(platform_name, E' \\t\\n\\r') as name, count(distinct registration_id)::int as registrations,
               count(*)::int as mentions
        from ms
        where kind = 'named' and platform is null and btrim(coalesce(platform_name, ''), E' \\t\\n\\r') <> ''
        group by 1) x) as candidates,
      (select json_build_array(
          coalesce(json_agg(distinct extractor_version) filter (where extractor_version is not null), '[]'),
          coalesce(json_agg(distinct catalogue_version) filter (where catalogue_version is not null), '[]'))
        from ms where ${countedNamed}) as versions,
      (select count(*)::int from minor) as minors,
      (select count(*)::int from (
        select person_id from minor_role group by person_id having count(*) >= 2) x) as multi_role,
      (select count(*)::int from (
        select distinct registration_id from ml where ${VICTIM_ROLE} = any(roles)) x) as victim_registrations,
      (select coalesce(json_agg(x), '[]') from (
        select gender, count(*)::int as count from minor group by gender) x) as genders,
      (select min(age) from ml) as age_min,
      (select max(age) from ml) as age_max,
      (select coalesce(json_agg(x), '[]') from (
        select age, gender, count(*)::int as count from (
          select distinct on (registration_id) registration_id, age, gender from ml
          order by registration_id, age, person_id) y
        group by age, gender) x) as youngest,
      (select coalesce(json_agg(x), '[]') from (
        select birth_country as country, count(*)::int as count from minor group by birth_country) x)
        as birth_countries,
      (select coalesce(json_agg(x), '[]') from (
        select m.role, m.minors, r.registrations
        from (select role, count(*)::int as minors from minor_role group by role) m
        join (select role, count(*)::int as registrations from (
                select distinct ml.registration_id, r.role from ml cross join lateral unnest(ml.roles) as r(role)) d
              group by role) r on r.role = m.role) x) as person_roles,
      (select coalesce(json_agg(x), '[]') from (
        select v.factor, count(*)::int as count
        from vulnerability v join pop on pop.id = v.registration_id
        where ${statusOk('v')}
        group by v.factor) x) as vulnerabilities
  `
}

function toAggregates(row: AggregateRow | undefined): PictureAggregates {
  if (row === undefined) throw new Error('picture aggregate query returned no row')
  const others = parseJson<Array<{ kind: string; count: number }>>(row.others)
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
  const [extractorVersions = [], catalogueVersions = []] = parseJson<[string[], string[]]>(row.versions)
  return {
    registrations: row.registrations,
    pairs: pairs.map((p) => ({ platform: p.platform, year: String(p.year), unit: p.unit, count: p.count })),
    roles: [...roles.values()],
    generic: others.find((o) => o.kind === 'generic')?.count ?? 0,
    unclear: others.find((o) => o.kind === 'unclear')?.count ?? 0,
    candidates: parseJson(row.candidates),
    extractorVersions,
    catalogueVersions,
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
