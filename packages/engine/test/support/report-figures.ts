import type { CategoryId, RoleId } from '@platformscope/contract'
import { readFiguresJson } from './source-report.ts'

/**
 * The figures of the 2021 EMM report as tests expect them, with the report's errata applied here and nowhere
 * else. Everything that compares a picture or a corpus with the report goes through `expectedReportFigures()`
 * and `diffFigures()`: `diffFigures(expectedReportFigures(), comparableFigures(picture))` for a picture,
 * `diffFigures(expectedReportFigures(), figuresFromTruth(records, catalogue))` for a corpus's ground truth
 * (corpus-truth-figures.ts).
 *
 * Keys are figures.json's, except where figures.json's name carries the report's own number or a printing error;
 * there the picture's neutral name is used: table 2 `subtotal_top10_printed` → `subtotal_top10`,
 * `other_29_platforms` → `other_platforms`, `total_printed` → `total`; persons
 * `age_share_of_210_registrations_percent` → `age_share_of_registrations_percent`. Table 2 also gets
 * `other_platforms_count` (distinct platforms − 10) and `no_unit` (pairs − the unit totals: 143).
 *
 * Errata applied (figures.json → `errata`):
 * - table 2: the top-10 subtotal per unit is the sum of the platform columns (`errata[where=table2].column_sums`;
 *   Rotterdam 19, printed 17), and the total per unit is that subtotal plus the other-29 row (Rotterdam 34,
 *   printed 32). The printed values stay available as `printed` for display, never as an expectation.
 * - table 3: the Facebook row as recovered (customer_meeting, relationship, image_distribution) — figures.json
 *   already holds it that way; nothing to change.
 * - "distinct platforms decreases every year" (text 3.1) is prose only; the expectation is appendix 1's 26/19/15/15.
 *
 * Counting definitions (the picture and the corpus ground truth count the same way):
 * - A registration NAMES platform P when it has at least one mention with kind "named", in_catalogue true,
 *   negated false and platform P. Each (registration, platform) pair counts once, however often P is named.
 *   "Mentions" in every table are such pairs (306 in the report).
 * - Generic ("via een website") and unclear mentions (kind generic/unclear, platform null) and platforms outside
 *   the catalogue never count as named; generic and unclear mentions are counted separately (35 and 6).
 * - Appendix 1 / chart 1: pairs per platform / category per year of the registration date.
 * - Table 1: the ten platforms with most pairs; ties in the order total desc, then category in the report's
 *   category order (instant messaging, sex advertising, social network, dating), then name — this is the only
 *   rule that reproduces the printed order of Kinky.nl, Speurders.nl, Badoo (all 11).
 * - Table 2: pairs per regional police unit of the registration; registrations without a unit are left out.
 * - Table 3: the role set of a top-10 platform is the union over its registrations of the roles of its counted
 *   (named, in-catalogue, non-negated) mentions.
 * - Persons: a minor is a linked person with age < 18 at the registration (age is per registration; a pseudonym
 *   is one person across registrations). minors_linked = distinct minor pseudonyms; with_more_than_one_person_role
 *   = minors whose roles, united over all their registrations, number more than one; victim share =
 *   registrations with at least one minor in role "slachtoffer", round(100·n/registrations); male = distinct
 *   minors with gender M; ages: per registration the age of its youngest minor, shares round(100·n/registrations);
 *   born_abroad = distinct minors with birth_country other than "Nederland". Adults (e.g. suspects) are not minors.
 */
export interface ComparableFigures {
  headline: {
    registrations: number
    named_platform_mentions: number
    distinct_platforms: number
    generic_mentions_excluded: number
    unclear_platforms_excluded: number
    mentions_per_year: Record<string, number>
    distinct_platforms_per_year: Record<string, number>
    category_share_percent: Record<string, number>
  }
  /** keyed by platform name (figures.json and picture.json list rows; `comparableFigures` keys them) */
  appendix1_platforms_per_year: Record<
    string,
    { category: string; counts: Record<string, number>; total: number }
  >
  /** in the report's order */
  table1_top10: Array<{ platform: string; counts: Record<string, number>; total: number }>
  chart1_mentions_per_category_per_year: Record<string, Record<string, number>>
  /** picture.json's neutral names: subtotal_top10 (the true column sums), other_platforms, total */
  table2_mentions_per_police_unit: {
    platforms: Record<string, Record<string, number>>
    subtotal_top10: Record<string, number>
    other_platforms: Record<string, number>
    /** counted platforms outside the top 10 (the report's "overige 29 platformen") */
    other_platforms_count: number
    total: Record<string, number>
    /** (registration, platform) pairs on registrations without a regional unit */
    no_unit: number
  }
  /** roles in the catalogue's role order */
  table3_roles_top10: Record<string, RoleId[]>
  persons: {
    minors_linked: number
    with_more_than_one_person_role: number
    registrations_with_at_least_victim_role_percent: number
    male: number
    male_percent: number
    age_range: [number, number]
    /** the report's four shares (figures.json: age_share_of_210_registrations_percent) */
    age_share_of_registrations_percent: Record<string, number>
    born_in_netherlands_percent: number
    born_abroad: number
    /** sorted by name */
    birth_countries_abroad: string[]
  }
}

export const REPORT_CATEGORY_ORDER: readonly CategoryId[] = [
  'instant_messaging',
  'sex_advertising',
  'social_network',
  'dating',
]
export const ROLE_ORDER: readonly RoleId[] = [
  'recruiting',
  'advertising',
  'customer_acquisition',
  'customer_meeting',
  'relationship',
  'image_distribution',
]

interface FiguresJson {
  headline: ComparableFigures['headline']
  appendix1_platforms_per_year: Array<{
    platform: string
    category: string
    counts: Record<string, number>
    total: number
  }>
  table1_top10: ComparableFigures['table1_top10']
  chart1_mentions_per_category_per_year: Record<string, Record<string, number>>
  table2_mentions_per_police_unit: {
    units: string[]
    platforms: Record<string, Record<string, number>>
    subtotal_top10_printed: Record<string, number>
    other_29_platforms: Record<string, number>
    total_printed: Record<string, number>
  }
  table3_roles_top10: Record<string, RoleId[]>
  persons: Omit<ComparableFigures['persons'], 'age_share_of_registrations_percent'> & {
    age_share_of_210_registrations_percent: Record<string, number>
  }
  errata: Array<{ where: string; column_sums?: Record<string, number> }>
}

/** The printed table 2 rows, for display next to the corrected ones. */
export function printedTable2(): { subtotal_top10: Record<string, number>; total: Record<string, number> } {
  const f = readFiguresJson() as FiguresJson
  return {
    subtotal_top10: f.table2_mentions_per_police_unit.subtotal_top10_printed,
    total: f.table2_mentions_per_police_unit.total_printed,
  }
}

export function expectedReportFigures(): ComparableFigures {
  const f = readFiguresJson() as FiguresJson
  const t2 = f.table2_mentions_per_police_unit
  // erratum: the top-10 subtotal is the sum of the platform columns, not the printed row
  const columnSums = f.errata.find((e) => e.where === 'table2')?.column_sums
  if (columnSums === undefined) throw new Error('figures.json lost its table 2 erratum')
  const total = Object.fromEntries(
    t2.units.map((u) => [u, (columnSums[u] ?? 0) + (t2.other_29_platforms[u] ?? 0)]),
  )
  const attributed = Object.values(total).reduce((a, b) => a + b, 0)
  const p = f.persons
  return {
    headline: {
      registrations: f.headline.registrations,
      named_platform_mentions: f.headline.named_platform_mentions,
      distinct_platforms: f.headline.distinct_platforms,
      generic_mentions_excluded: f.headline.generic_mentions_excluded,
      unclear_platforms_excluded: f.headline.unclear_platforms_excluded,
      mentions_per_year: f.headline.mentions_per_year,
      distinct_platforms_per_year: f.headline.distinct_platforms_per_year,
      category_share_percent: f.headline.category_share_percent,
    },
    appendix1_platforms_per_year: Object.fromEntries(
      f.appendix1_platforms_per_year.map((a) => [
        a.platform,
        { category: a.category, counts: a.counts, total: a.total },
      ]),
    ),
    table1_top10: f.table1_top10.map((r) => ({ platform: r.platform, counts: r.counts, total: r.total })),
    chart1_mentions_per_category_per_year: f.chart1_mentions_per_category_per_year,
    table2_mentions_per_police_unit: {
      platforms: t2.platforms,
      subtotal_top10: { ...columnSums },
      other_platforms: t2.other_29_platforms,
      other_platforms_count: f.headline.distinct_platforms - f.table1_top10.length,
      total,
      no_unit: f.headline.named_platform_mentions - attributed,
    },
    table3_roles_top10: Object.fromEntries(
      Object.entries(f.table3_roles_top10).map(([k, roles]) => [
        k,
        ROLE_ORDER.filter((r) => roles.includes(r)),
      ]),
    ),
    persons: {
      minors_linked: p.minors_linked,
      with_more_than_one_person_role: p.with_more_than_one_person_role,
      registrations_with_at_least_victim_role_percent: p.registrations_with_at_least_victim_role_percent,
      male: p.male,
      male_percent: p.male_percent,
      age_range: p.age_range,
      age_share_of_registrations_percent: p.age_share_of_210_registrations_percent,
      born_in_netherlands_percent: p.born_in_netherlands_percent,
      born_abroad: p.born_abroad,
      birth_countries_abroad: [...p.birth_countries_abroad].sort(),
    },
  }
}

/** The shape picture.json has where it shares figures with figures.json (only what comparison needs). */
export interface PictureLike {
  headline: ComparableFigures['headline']
  appendix1_platforms_per_year: Array<{
    platform: string
    category: string
    counts: Record<string, number>
    total: number
  }>
  table1_top10: Array<{ platform: string; counts: Record<string, number>; total: number }>
  chart1_mentions_per_category_per_year: Record<string, Record<string, number>>
  table2_mentions_per_police_unit: ComparableFigures['table2_mentions_per_police_unit']
  table3_roles_top10: Record<string, RoleId[]>
  persons: Omit<ComparableFigures['persons'], 'age_range'> & { age_range: [number, number] | null }
}

/**
 * A picture (picture.json) in comparable form: appendix 1 keyed by platform, table 3 roles and birth countries
 * in a fixed order. Extra keys the picture has are kept; `diffFigures` only looks at the expected ones.
 */
export function comparableFigures(picture: PictureLike): ComparableFigures {
  return {
    ...picture,
    appendix1_platforms_per_year: Object.fromEntries(
      picture.appendix1_platforms_per_year.map((a) => [
        a.platform,
        { category: a.category, counts: a.counts, total: a.total },
      ]),
    ),
    table1_top10: picture.table1_top10.map((r) => ({
      platform: r.platform,
      counts: r.counts,
      total: r.total,
    })),
    table3_roles_top10: Object.fromEntries(
      Object.entries(picture.table3_roles_top10).map(([k, roles]) => [
        k,
        ROLE_ORDER.filter((r) => roles.includes(r)),
      ]),
    ),
    persons: {
      ...picture.persons,
      age_range: picture.persons.age_range ?? [Number.NaN, Number.NaN],
      birth_countries_abroad: [...picture.persons.birth_countries_abroad].sort(),
    },
  }
}

/**
 * Every expected cell that `actual` does not match, named by its path ("table2_mentions_per_police_unit.platforms
 * .WhatsApp.Rotterdam: expected 6, got 5"). Keys only `actual` has are ignored (a picture holds more than the
 * report); arrays must match in length and order.
 */
export function diffFigures(expected: unknown, actual: unknown, path = ''): string[] {
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`]
    return Object.keys(expected).flatMap((k) =>
      diffFigures(expected[k], actual[k], path ? `${path}.${k}` : k),
    )
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${JSON.stringify(actual)}`]
    const n = Math.max(expected.length, actual.length)
    return Array.from({ length: n }, (_, i) => diffFigures(expected[i], actual[i], `${path}[${i}]`)).flat()
  }
  return Object.is(expected, actual)
    ? []
    : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`]
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
