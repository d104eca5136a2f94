import type { RoleId } from '@platformscope/contract'
import type { Catalogue } from '../../src/domain/catalogue/catalogue.ts'
import type { CorpusRecord } from '../../src/domain/corpus/corpus-record.ts'
import { REPORT_CATEGORY_ORDER, ROLE_ORDER, type ComparableFigures } from './report-figures.ts'

/**
 * The report's figures computed from a corpus's ground truth (`truth` and `persons`), by the counting definitions
 * documented in report-figures.ts. Test-side only: the picture never reads `truth`.
 */
export function figuresFromTruth(records: readonly CorpusRecord[], catalogue: Catalogue): ComparableFigures {
  const years = [...new Set(records.map((r) => r.date.slice(0, 4)))].sort()
  const categoryOf = (name: string): string => catalogue.platformByName(name)?.category ?? 'unknown'
  const regionalUnits = catalogue.data.police_units.filter((u) => u.domestic_exploitation).map((u) => u.name)
  const zeroYears = (): Record<string, number> => Object.fromEntries(years.map((y) => [y, 0]))

  const perPlatformYear = new Map<string, Record<string, number>>()
  const perPlatformUnit = new Map<string, Record<string, number>>()
  const roles = new Map<string, Set<RoleId>>()
  let generic = 0
  let unclear = 0
  for (const r of records) {
    const year = r.date.slice(0, 4)
    const named = new Set<string>()
    for (const m of r.truth.mentions) {
      if (m.kind === 'generic') generic++
      if (m.kind === 'unclear') unclear++
      if (m.kind !== 'named' || !m.in_catalogue || m.negated || m.platform === null) continue
      named.add(m.platform)
      const set = roles.get(m.platform) ?? new Set<RoleId>()
      for (const role of m.roles) set.add(role)
      roles.set(m.platform, set)
    }
    for (const p of named) {
      const counts = perPlatformYear.get(p) ?? zeroYears()
      counts[year] = (counts[year] ?? 0) + 1
      perPlatformYear.set(p, counts)
      const unit = r.unit === null ? null : (catalogue.unitByName(r.unit)?.name ?? r.unit)
      if (unit !== null && regionalUnits.includes(unit)) {
        const cells = perPlatformUnit.get(p) ?? Object.fromEntries(regionalUnits.map((u) => [u, 0]))
        cells[unit] = (cells[unit] ?? 0) + 1
        perPlatformUnit.set(p, cells)
      }
    }
  }

  const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0)
  const platforms = [...perPlatformYear.keys()]
  const allPairs = platforms.reduce((s, p) => s + total(perPlatformYear.get(p) ?? {}), 0)
  const ranked = platforms.sort(
    (a, b) =>
      total(perPlatformYear.get(b) ?? {}) - total(perPlatformYear.get(a) ?? {}) ||
      REPORT_CATEGORY_ORDER.indexOf(categoryOf(a) as never) -
        REPORT_CATEGORY_ORDER.indexOf(categoryOf(b) as never) ||
      (a < b ? -1 : a > b ? 1 : 0),
  )
  const top10 = ranked.slice(0, 10)

  const chart1: Record<string, Record<string, number>> = Object.fromEntries(
    REPORT_CATEGORY_ORDER.map((c) => [c, zeroYears()]),
  )
  for (const [p, counts] of perPlatformYear) {
    const row = chart1[categoryOf(p)] ?? (chart1[categoryOf(p)] = zeroYears())
    for (const [y, n] of Object.entries(counts)) row[y] = (row[y] ?? 0) + n
  }
  const categoryTotals = Object.fromEntries(
    Object.entries(chart1).map(([c, counts]) => [c, Math.round((100 * total(counts)) / allPairs)]),
  )

  const zeroUnits = (): Record<string, number> => Object.fromEntries(regionalUnits.map((u) => [u, 0]))
  const table2Platforms = Object.fromEntries(top10.map((p) => [p, perPlatformUnit.get(p) ?? zeroUnits()]))
  const subtotal = zeroUnits()
  const other = zeroUnits()
  for (const [p, cells] of perPlatformUnit) {
    const target = top10.includes(p) ? subtotal : other
    for (const [u, n] of Object.entries(cells)) target[u] = (target[u] ?? 0) + n
  }
  const unitTotal = Object.fromEntries(regionalUnits.map((u) => [u, (subtotal[u] ?? 0) + (other[u] ?? 0)]))

  return {
    headline: {
      registrations: records.length,
      named_platform_mentions: allPairs,
      distinct_platforms: platforms.length,
      generic_mentions_excluded: generic,
      unclear_platforms_excluded: unclear,
      mentions_per_year: Object.fromEntries(
        years.map((y) => [y, platforms.reduce((s, p) => s + (perPlatformYear.get(p)?.[y] ?? 0), 0)]),
      ),
      distinct_platforms_per_year: Object.fromEntries(
        years.map((y) => [y, platforms.filter((p) => (perPlatformYear.get(p)?.[y] ?? 0) > 0).length]),
      ),
      category_share_percent: categoryTotals,
    },
    appendix1_platforms_per_year: Object.fromEntries(
      platforms.map((p) => {
        const counts = perPlatformYear.get(p) ?? zeroYears()
        return [p, { category: categoryOf(p), counts, total: total(counts) }]
      }),
    ),
    table1_top10: top10.map((p) => {
      const counts = perPlatformYear.get(p) ?? zeroYears()
      return { platform: p, counts, total: total(counts) }
    }),
    chart1_mentions_per_category_per_year: chart1,
    table2_mentions_per_police_unit: {
      platforms: table2Platforms,
      subtotal_top10: subtotal,
      other_platforms: other,
      other_platforms_count: platforms.length - top10.length,
      total: unitTotal,
      no_unit: allPairs - Object.values(unitTotal).reduce((a, b) => a + b, 0),
    },
    table3_roles_top10: Object.fromEntries(
      top10.map((p) => [p, ROLE_ORDER.filter((r) => roles.get(p)?.has(r))]),
    ),
    persons: personFigures(records),
  }
}

function personFigures(records: readonly CorpusRecord[]): ComparableFigures['persons'] {
  const minors = new Map<string, { gender: string; country: string; roles: Set<string> }>()
  let victimRegistrations = 0
  const youngest: number[] = []
  for (const r of records) {
    const linked = r.persons.filter((p) => p.age < 18)
    if (linked.some((p) => p.roles.includes('slachtoffer'))) victimRegistrations++
    if (linked.length > 0) youngest.push(Math.min(...linked.map((p) => p.age)))
    for (const p of linked) {
      const m = minors.get(p.pseudonym) ?? {
        gender: p.gender,
        country: p.birth_country,
        roles: new Set<string>(),
      }
      for (const role of p.roles) m.roles.add(role)
      minors.set(p.pseudonym, m)
    }
  }
  const n = records.length
  const all = [...minors.values()]
  const male = all.filter((m) => m.gender === 'M').length
  const abroad = all.filter((m) => m.country !== 'Nederland')
  const share = (pred: (age: number) => boolean): number =>
    Math.round((100 * youngest.filter(pred).length) / n)
  return {
    minors_linked: minors.size,
    with_more_than_one_person_role: all.filter((m) => m.roles.size > 1).length,
    registrations_with_at_least_victim_role_percent: Math.round((100 * victimRegistrations) / n),
    male,
    male_percent: Math.round((100 * male) / minors.size),
    age_range: [Math.min(...youngest), Math.max(...youngest)],
    age_share_of_registrations_percent: {
      '12': share((a) => a === 12),
      '13': share((a) => a === 13),
      '17': share((a) => a === 17),
      '16_or_17': share((a) => a === 16 || a === 17),
    },
    born_in_netherlands_percent: Math.round((100 * (minors.size - abroad.length)) / minors.size),
    born_abroad: abroad.length,
    birth_countries_abroad: [...new Set(abroad.map((m) => m.country))].sort(),
  }
}
