import { sql, type Kysely, type RawBuilder } from 'kysely'
import { ROLE_IDS } from '@platformscope/contract'
import type { Database } from './database.ts'
import { PREPARED } from './prepared-statements.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import type { PictureSelection, ReviewStatusFilter } from '../../domain/picture/picture.ts'
import {
  VICTIM_ROLE,
  unitNameOf,
  type PictureAggregates,
  type PictureRows,
} from '../../domain/picture/picture-aggregates.ts'
import { categoryAllowed, hasPlatformFilter, platformAllowed } from '../../domain/picture/selection.ts'

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
  const platformIds = hasPlatformFilter(selection) ? allowedPlatformIds(catalogue, selection) : null
  return db.transaction().execute(async (tx) => {
    // JIT-compiling these wide statements costs more than it saves at these row counts
    await sql`set local jit = off`.execute(tx)
    await sql`set local work_mem = '64MB'`.execute(tx)
    const facts = (await factsQuery(selection, unitFilter).execute(tx)).rows
    if (platformIds === null) {
      const minors = await minorsPerPersonQuery(selection, unitFilter, null).execute(tx)
      return aggregatesFromFacts(facts, minors.rows, catalogue)
    }
    // a platform or category filter decides which registrations count: pairs, roles and versions per platform still
    // come from the facts; the population's counts and its minors are computed per row
    const perPlatform = new Set(['pair', 'role', 'versions'])
    const kept = facts.filter((f) =>
      perPlatform.has(f.metric) ? platformIds.includes((f.metric === 'versions' ? f.k2 : f.k1) ?? '') : f.metric.startsWith('candidate_'),
    )
    const population = await filteredPopulationQuery(selection, unitFilter, platformIds).execute(tx)
    const minors = await minorsPerPersonQuery(selection, unitFilter, platformIds).execute(tx)
    return aggregatesFromFacts([...kept, ...population.rows], minors.rows, catalogue)
  })
}

/** Catalogue platform ids the selection's category and platform filters keep (the in-memory rule's own tests). */
function allowedPlatformIds(catalogue: Catalogue, selection: PictureSelection): string[] {
  return catalogue.platforms
    .filter((p) => categoryAllowed(selection, p.category) && platformAllowed(selection, p.name))
    .map((p) => p.id)
}

/** The summary columns' suffix for a review-status filter: `_all` counts what is not rejected, `_confirmed` the rest. */
export function summaryClass(status: ReviewStatusFilter): 'all' | 'confirmed' {
  return status === 'confirmed' ? 'confirmed' : 'all'
}

/**
 * Where the summary stands: its generation (bumped by every refresh that changed something), or 'dirty' when
 * registrations changed since. A picture computed at a generation stays exact while the stamp is that generation.
 */
export async function pictureDataStamp(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ generation: string; dirty: boolean }>`${PREPARED}
    select generation::text as generation, exists (select 1 from picture_dirty) as dirty from picture_generation`.execute(db)
  const r = rows[0]
  return r === undefined || r.dirty ? 'dirty' : r.generation
}

/** Recomputes the summary rows of every registration changed since the last refresh; returns how many. */
export async function refreshPictureSummary(db: Kysely<Database>): Promise<number> {
  // every picture and drill-down asks first: one round trip when nothing changed, not a transaction of three
  const { rows: dirty } = await sql<{ any: boolean }>`${PREPARED}select exists (select 1 from picture_dirty) as any`.execute(db)
  if (!dirty[0]?.any) return 0
  // after a bulk import this is the one long statement a server request may run: exempt from serve's timeout
  const refreshed = await db.transaction().execute(async (tx) => {
    await sql`set local statement_timeout = 0`.execute(tx)
    const { rows } = await sql<{ n: string }>`select picture_refresh() as n`.execute(tx)
    return Number(rows[0]?.n ?? 0)
  })
  // after a bulk load: statistics for the planner and the space of the replaced rows at once (PGlite has no autovacuum)
  if (refreshed >= 10_000) {
    await sql`vacuum analyze picture_registration, picture_pair, picture_minor, picture_multi_minor, picture_candidate, picture_fact, picture_dirty`.execute(db)
  }
  return refreshed
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

interface MinorsRow {
  gender: string | null
  country: string | null
  minors: number
  multi_role: number
  roles: number[]
}

/**
 * Minors counted once per person over the selection's population, grouped per person (a plain GROUP BY, which
 * PostgreSQL runs in parallel) and then per gender and birth country. Without a platform filter only the minors with
 * several links (single-link minors are in the facts); with one, every minor of a registration with a kept platform.
 */
export function minorsPerPersonQuery(
  selection: PictureSelection,
  unitFilter: string[] | null,
  platformIds: string[] | null,
): RawBuilder<MinorsRow> {
  const cls = summaryClass(selection.status)
  const from = platformIds === null ? sql`picture_multi_minor m` : sql`picture_minor m`
  const counted =
    platformIds === null
      ? sql`${sql.ref(`m.named_${cls}`)}`
      : sql`${sql.ref(`m.platforms_${cls}`)} && ${platformIds}::text[]`
  const perRole = sql.join(PICTURE_PERSON_ROLES.map((_, i) => sql`count(*) filter (where mask & ${sql.lit(1 << i)} <> 0)`))
  return sql<MinorsRow>`
    select gender, birth_country as country, count(*)::int as minors,
           count(*) filter (where mask & (mask - 1) <> 0)::int as multi_role,
           json_build_array(${perRole}) as roles
    from (
      select m.person_id, min(m.gender) as gender, min(m.birth_country) as birth_country, bit_or(m.role_mask) as mask
      from ${from}
      where ${counted} and ${inPeriod('m', selection.from, selection.to_exclusive)}
        and ${otherFilters('m', selection, unitFilter)}
      group by m.person_id
    ) per_person
    group by gender, birth_country`
}

/**
 * With a platform filter: the population's registration-level counts (registrations, generic and unclear mentions,
 * victims, ages, youngest minors, minor roles, vulnerability factors), as fact rows.
 */
function filteredPopulationQuery(
  selection: PictureSelection,
  unitFilter: string[] | null,
  platformIds: string[],
): RawBuilder<FactRow> {
  const cls = summaryClass(selection.status)
  const col = (name: string): RawBuilder<unknown> => sql.ref(`r.${name}_${cls}`)
  const fact = (metric: string, k1: RawBuilder<unknown>, k2: RawBuilder<unknown>, n: RawBuilder<unknown>) =>
    sql`select ${metric}::text as metric, (${k1})::text as k1, (${k2})::text as k2, 0 as year, null::text as unit,
               (${n})::text as total, (${n})::text as least, (${n})::text as most`
  return sql<FactRow>`
    with pr as materialized (
      select ${col('generic')} as generic, ${col('unclear')} as unclear, ${col('vulnerabilities')} as vulnerabilities,
             r.youngest_age, r.youngest_gender, r.min_age, r.max_age, r.minor_roles
      from picture_registration r
      where ${col('platforms')} && ${platformIds}::text[] and ${inPeriod('r', selection.from, selection.to_exclusive)}
        and ${otherFilters('r', selection, unitFilter)}
    )
    ${fact('reg', sql`null`, sql`null`, sql`count(*)`)} from pr
    union all ${fact('generic', sql`null`, sql`null`, sql`coalesce(sum(generic), 0)`)} from pr
    union all ${fact('unclear', sql`null`, sql`null`, sql`coalesce(sum(unclear), 0)`)} from pr
    union all ${fact('victim', sql`null`, sql`null`, sql`count(*)`)} from pr where ${VICTIM_ROLE} = any(minor_roles)
    union all ${fact('age_min', sql`null`, sql`null`, sql`min(min_age)`)} from pr where min_age is not null
      having count(*) > 0
    union all ${fact('age_max', sql`null`, sql`null`, sql`max(max_age)`)} from pr where max_age is not null
      having count(*) > 0
    union all ${fact('youngest', sql`youngest_age`, sql`youngest_gender`, sql`count(*)`)} from pr
      where youngest_age is not null group by youngest_age, youngest_gender
    union all ${fact('minor_role', sql`role`, sql`null`, sql`count(*)`)} from pr
      cross join lateral unnest(minor_roles) as role group by role
    union all ${fact('vulnerability', sql`factor`, sql`null`, sql`count(*)`)} from pr
      cross join lateral unnest(vulnerabilities) as factor group by factor`
}

/** PictureAggregates from summed facts plus the minors counted per person. */
function aggregatesFromFacts(
  facts: readonly FactRow[],
  multi: readonly MinorsRow[],
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
