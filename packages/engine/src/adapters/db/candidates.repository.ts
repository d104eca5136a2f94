import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'

export interface CandidateRecord {
  name: string
  counts: Record<string, number>
  registrations: number
  mentions: number
  surfaces: string[]
}

/** Named platforms outside the catalogue found in text (not negated, not rejected), with registrations per year. */
export async function listPlatformCandidates(db: Kysely<Database>, limit: number): Promise<CandidateRecord[]> {
  const { rows } = await sql<{ name: string; per_year: unknown; registrations: string; mentions: string; surfaces: string[] | null }>`
    with c as (
      select lower(m.platform_name) as key, m.platform_name, m.registration_id, m.surface,
             extract(year from r.reg_date)::int as year
      from mention m join registration r on r.id = m.registration_id
      where m.kind = 'named' and not m.in_catalogue and not m.negated and m.status <> 'rejected'
        and m.platform_name is not null
    ),
    y as (select key, year, count(distinct registration_id) as n from c group by key, year)
    select mode() within group (order by c.platform_name) as name,
      (select json_object_agg(y.year::text, y.n) from y where y.key = c.key) as per_year,
      count(distinct c.registration_id) as registrations,
      count(*) as mentions,
      (array_agg(distinct c.surface) filter (where c.surface is not null))[1:10] as surfaces
    from c group by c.key
    order by registrations desc, name
    limit ${limit}`.execute(db)
  return rows.map((r) => ({
    name: r.name,
    counts: Object.fromEntries(
      Object.entries((typeof r.per_year === 'string' ? JSON.parse(r.per_year) : (r.per_year ?? {})) as Record<string, unknown>).map(
        ([k, v]) => [k, Number(v)],
      ),
    ),
    registrations: Number(r.registrations),
    mentions: Number(r.mentions),
    surfaces: r.surfaces ?? [],
  }))
}

/** Points the findings of an accepted candidate (by any of its spellings) at the new catalogue platform. */
export async function linkCandidateFindings(
  db: Kysely<Database>,
  spellings: readonly string[],
  platform: { id: string; name: string },
): Promise<number> {
  const res = await sql`
    update mention set platform_id = ${platform.id}, platform_name = ${platform.name}, in_catalogue = true
    where kind = 'named' and not in_catalogue
      and lower(platform_name) = any(${spellings.map((s) => s.toLowerCase())}::text[])`.execute(db)
  return Number(res.numAffectedRows ?? 0)
}
