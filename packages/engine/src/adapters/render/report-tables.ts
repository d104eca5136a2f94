import { ROLE_IDS, type CategoryId, type RoleId } from '@platformscope/contract'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import type { Picture, PlatformYearRow } from '../../domain/picture/picture.ts'
import { formatDate, formatPeriod, type ReportLang } from './report-format.ts'

export type Cell = string | number | null

export interface ReportRow {
  cells: Cell[]
  kind: 'body' | 'subtotal' | 'total'
}

/**
 * One table of the picture in a shape every output shares: the HTML report draws it, CSV and XLSX write it.
 * Rows are flat (a category is a column); the HTML groups rows under a heading where `groupColumn` says so.
 */
export interface ReportTable {
  /** file and sheet base name, e.g. "tabel-1-top-10" */
  id: string
  /** short sheet name (≤ 31 characters) */
  sheet: string
  title: string
  columns: Array<{ label: string; numeric: boolean }>
  rows: ReportRow[]
  /** column whose value becomes a group heading in HTML (kept as a column in CSV/XLSX) */
  groupColumn?: number
  /** column that holds a platform name (the HTML adds footnote references there) */
  platformColumn?: number
  note?: string
}

export const CHECK_MARK = '✓'

const T = {
  nl: {
    platform: 'Platform',
    category: 'Categorie',
    total: 'Totaal',
    subtotal: 'Subtotaal top 10',
    other: (n: number) => `Overige platformen (${n})`,
    unit: 'Politie-eenheid',
    key: 'Kenmerk',
    value: 'Waarde',
    role: 'Rol',
    minors: 'Minderjarigen',
    registrations: 'Registraties',
    percentRegs: '% van registraties',
    age: 'Leeftijd',
    female: 'Meisje',
    male: 'Jongen',
    unknown: 'Onbekend',
    country: 'Geboorteland',
    factor: 'Kwetsbaarheidsfactor',
    mentions: 'Vermeldingen',
    name: 'Naam (zoals in de tekst)',
    t1: 'Tabel 1. Top 10 online platformen',
    t2: 'Tabel 2. Overzicht platformen per politie-eenheid',
    t3: 'Tabel 3. Rollen van de top 10 online platformen',
    t3counts: 'Rollen per platform: aantal registraties',
    c1: 'Grafiek 1. Aantal registraties per type platform per jaar',
    c2: 'Grafiek 2. Rollen van de minderjarigen',
    c3: 'Grafiek 3. Leeftijd en geslacht van de minderjarigen',
    countries: 'Geboortelanden buiten Nederland',
    vulnerability: 'Kwetsbaarheidsfactoren',
    appendix: 'Bijlage 1. Overzicht online platformen per jaar',
    candidates: 'Bijlage 2. Genoemde platformen buiten de catalogus',
    keyFigures: 'Kerncijfers en selectie',
  },
  en: {
    platform: 'Platform',
    category: 'Category',
    total: 'Total',
    subtotal: 'Subtotal top 10',
    other: (n: number) => `Other platforms (${n})`,
    unit: 'Police unit',
    key: 'Item',
    value: 'Value',
    role: 'Role',
    minors: 'Minors',
    registrations: 'Registrations',
    percentRegs: '% of registrations',
    age: 'Age',
    female: 'Girl',
    male: 'Boy',
    unknown: 'Unknown',
    country: 'Country of birth',
    factor: 'Vulnerability factor',
    mentions: 'Mentions',
    name: 'Name (as written)',
    t1: 'Table 1. Top 10 online platforms',
    t2: 'Table 2. Platforms per police unit',
    t3: 'Table 3. Roles of the top 10 online platforms',
    t3counts: 'Roles per platform: number of registrations',
    c1: 'Chart 1. Registrations per platform type per year',
    c2: 'Chart 2. Roles of the minors',
    c3: 'Chart 3. Age and gender of the minors',
    countries: 'Countries of birth outside the Netherlands',
    vulnerability: 'Vulnerability factors',
    appendix: 'Appendix 1. Online platforms per year',
    candidates: 'Appendix 2. Named platforms outside the catalogue',
    keyFigures: 'Key figures and selection',
  },
} as const

export function tableLabels(lang: ReportLang): (typeof T)['nl'] | (typeof T)['en'] {
  return T[lang]
}

/** Categories in catalogue order, including any the picture has that the catalogue lacks. */
export function categoryOrder(catalogue: Catalogue): CategoryId[] {
  return catalogue.data.categories.map((c) => c.id)
}

export function personRoleLabel(catalogue: Catalogue, id: string, lang: ReportLang): string {
  return catalogue.data.person_roles.find((r) => r.id === id)?.[lang] ?? id
}

export function vulnerabilityLabel(catalogue: Catalogue, id: string, lang: ReportLang): string {
  return catalogue.data.vulnerability_factors.find((f) => f.id === id)?.[lang] ?? id
}

const pct = (n: number, of: number): number => (of > 0 ? Math.round((100 * n) / of) : 0)

function yearRows(rows: readonly PlatformYearRow[], years: readonly string[]): ReportRow[] {
  return rows.map((r) => ({ kind: 'body', cells: [r.platform, ...years.map((y) => r.counts[y] ?? 0), r.total] }))
}

function yearTotals(rows: readonly PlatformYearRow[], years: readonly string[]): Cell[] {
  const perYear = years.map((y) => rows.reduce((s, r) => s + (r.counts[y] ?? 0), 0))
  return [...perYear, perYear.reduce((a, b) => a + b, 0)]
}

export function table1(p: Picture, lang: ReportLang): ReportTable {
  const L = T[lang]
  return {
    id: 'tabel-1-top-10-platformen',
    sheet: lang === 'nl' ? 'Tabel 1 top 10' : 'Table 1 top 10',
    title: L.t1,
    columns: [{ label: L.platform, numeric: false }, ...p.years.map((y) => ({ label: y, numeric: true })), { label: L.total, numeric: true }],
    rows: yearRows(p.table1_top10, p.years),
    platformColumn: 0,
  }
}

export function chart1Table(p: Picture, catalogue: Catalogue, lang: ReportLang): ReportTable {
  const L = T[lang]
  const rows: ReportRow[] = categoryOrder(catalogue).map((c) => {
    const counts = p.chart1_mentions_per_category_per_year[c]
    const perYear = p.years.map((y) => counts[y] ?? 0)
    return { kind: 'body', cells: [catalogue.categoryLabel(c, lang), ...perYear, perYear.reduce((a, b) => a + b, 0)] }
  })
  return {
    id: 'grafiek-1-categorie-per-jaar',
    sheet: lang === 'nl' ? 'Grafiek 1 categorie' : 'Chart 1 category',
    title: L.c1,
    columns: [{ label: L.category, numeric: false }, ...p.years.map((y) => ({ label: y, numeric: true })), { label: L.total, numeric: true }],
    rows,
  }
}

export function table2(p: Picture, lang: ReportLang): ReportTable {
  const L = T[lang]
  const t = p.table2_mentions_per_police_unit
  const sum = (r: Record<string, number>): number => t.units.reduce((s, u) => s + (r[u] ?? 0), 0)
  const line = (label: string, r: Record<string, number>, kind: ReportRow['kind']): ReportRow => ({
    kind,
    cells: [label, ...t.units.map((u) => r[u] ?? 0), sum(r)],
  })
  // rows in table 1's order (most registrations first), as the report lists its top 10
  const names = p.table1_top10.map((r) => r.platform).filter((n) => t.platforms[n] !== undefined)
  for (const n of Object.keys(t.platforms)) if (!names.includes(n)) names.push(n)
  return {
    id: 'tabel-2-platformen-per-eenheid',
    sheet: lang === 'nl' ? 'Tabel 2 eenheden' : 'Table 2 units',
    title: L.t2,
    columns: [{ label: L.platform, numeric: false }, ...t.units.map((u) => ({ label: u, numeric: true })), { label: L.total, numeric: true }],
    rows: [
      ...names.map((n) => line(n, t.platforms[n] ?? {}, 'body')),
      line(L.subtotal, t.subtotal_top10, 'subtotal'),
      line(L.other(t.other_platforms_count), t.other_platforms, 'body'),
      line(L.total, t.total, 'total'),
    ],
    platformColumn: 0,
  }
}

function categoryOf(p: Picture, catalogue: Catalogue, platform: string): CategoryId | undefined {
  return p.appendix1_platforms_per_year.find((r) => r.platform === platform)?.category ?? catalogue.platformByName(platform)?.category
}

/** Platforms of `roles` grouped by category (catalogue order), within a category in the given order. */
function byCategory(p: Picture, catalogue: Catalogue, platforms: readonly string[]): Array<{ category: CategoryId | undefined; platform: string }> {
  const order = categoryOrder(catalogue)
  const rank = (c: CategoryId | undefined): number => (c === undefined ? order.length : order.indexOf(c))
  return platforms
    .map((platform, i) => ({ platform, i, category: categoryOf(p, catalogue, platform) }))
    .sort((a, b) => rank(a.category) - rank(b.category) || a.i - b.i)
}

export function table3(p: Picture, catalogue: Catalogue, lang: ReportLang): ReportTable {
  return roleMatrix(p, catalogue, lang, p.table3_roles_top10, {
    id: 'tabel-3-rollen-top-10',
    sheet: lang === 'nl' ? 'Tabel 3 rollen' : 'Table 3 roles',
    title: T[lang].t3,
  })
}

/** Table 3 for the platforms the selection asked for (`role_platforms`); null when none were asked. */
export function askedRolesTable(p: Picture, catalogue: Catalogue, lang: ReportLang): ReportTable | null {
  if (p.selection.role_platforms === null) return null
  return roleMatrix(p, catalogue, lang, p.roles_per_platform, {
    id: 'tabel-3b-rollen-gevraagde-platformen',
    sheet: lang === 'nl' ? 'Tabel 3b rollen selectie' : 'Table 3b roles selection',
    title: lang === 'nl' ? 'Tabel 3b. Rollen van de gevraagde platformen' : 'Table 3b. Roles of the platforms asked for',
  })
}

function roleMatrix(
  p: Picture,
  catalogue: Catalogue,
  lang: ReportLang,
  source: Record<string, RoleId[]>,
  head: Pick<ReportTable, 'id' | 'sheet' | 'title'>,
): ReportTable {
  const L = T[lang]
  const names = p.table1_top10.map((r) => r.platform).filter((n) => source[n] !== undefined)
  for (const n of Object.keys(source)) if (!names.includes(n)) names.push(n)
  const rows: ReportRow[] = byCategory(p, catalogue, names).map(({ platform, category }) => {
    const roles = new Set<RoleId>(source[platform] ?? [])
    return {
      kind: 'body',
      cells: [category ? catalogue.categoryLabel(category, lang) : L.unknown, platform, ...ROLE_IDS.map((r) => (roles.has(r) ? CHECK_MARK : ''))],
    }
  })
  return {
    ...head,
    columns: [
      { label: L.category, numeric: false },
      { label: L.platform, numeric: false },
      ...ROLE_IDS.map((r) => ({ label: catalogue.roleLabel(r, lang), numeric: false })),
    ],
    rows,
    groupColumn: 0,
    platformColumn: 1,
  }
}

/** For analysts: how many registrations gave each platform each role (every platform the picture lists). */
export function roleCountsTable(p: Picture, catalogue: Catalogue, lang: ReportLang): ReportTable {
  const L = T[lang]
  const names = Object.keys(p.role_counts_per_platform)
  const rows: ReportRow[] = byCategory(p, catalogue, names).map(({ platform, category }) => ({
    kind: 'body',
    cells: [
      category ? catalogue.categoryLabel(category, lang) : L.unknown,
      platform,
      ...ROLE_IDS.map((r) => p.role_counts_per_platform[platform]?.[r] ?? 0),
    ],
  }))
  return {
    id: 'rollen-per-platform-aantallen',
    sheet: lang === 'nl' ? 'Rollen per platform' : 'Roles per platform',
    title: L.t3counts,
    columns: [
      { label: L.category, numeric: false },
      { label: L.platform, numeric: false },
      ...ROLE_IDS.map((r) => ({ label: catalogue.roleLabel(r, lang), numeric: true })),
    ],
    rows,
    groupColumn: 0,
    platformColumn: 1,
  }
}

export function personRolesTable(p: Picture, catalogue: Catalogue, lang: ReportLang): ReportTable {
  const L = T[lang]
  const regs = p.headline.registrations
  const rows: ReportRow[] = personRoleEntries(p, catalogue).map(([id, v]) => ({
    kind: 'body',
    cells: [personRoleLabel(catalogue, id, lang), v.minors, v.registrations, pct(v.registrations, regs)],
  }))
  return {
    id: 'grafiek-2-rollen-minderjarigen',
    sheet: lang === 'nl' ? 'Grafiek 2 rollen' : 'Chart 2 roles',
    title: L.c2,
    columns: [
      { label: L.role, numeric: false },
      { label: L.minors, numeric: true },
      { label: L.registrations, numeric: true },
      { label: L.percentRegs, numeric: true },
    ],
    rows,
  }
}

/** Person roles in catalogue order, then any others by name; roles nobody had are left out. */
export function personRoleEntries(p: Picture, catalogue: Catalogue): Array<[string, { minors: number; registrations: number }]> {
  const order = catalogue.data.person_roles.map((r) => r.id)
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length)
  return Object.entries(p.persons.person_roles)
    .filter(([, v]) => v.minors > 0 || v.registrations > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
}

export function ageGenderTable(p: Picture, lang: ReportLang): ReportTable {
  const L = T[lang]
  const ages = Object.keys(p.persons.age_gender_registrations).sort((a, b) => Number(a) - Number(b))
  const rows: ReportRow[] = ages.map((age) => {
    const v = p.persons.age_gender_registrations[age] ?? { F: 0, M: 0, unknown: 0 }
    return { kind: 'body', cells: [age, v.F, v.M, v.unknown, v.F + v.M + v.unknown] }
  })
  return {
    id: 'grafiek-3-leeftijd-geslacht',
    sheet: lang === 'nl' ? 'Grafiek 3 leeftijd' : 'Chart 3 age',
    title: L.c3,
    columns: [
      { label: L.age, numeric: false },
      { label: L.female, numeric: true },
      { label: L.male, numeric: true },
      { label: L.unknown, numeric: true },
      { label: L.total, numeric: true },
    ],
    rows,
  }
}

export function birthCountriesTable(p: Picture, lang: ReportLang): ReportTable {
  const L = T[lang]
  const rows: ReportRow[] = p.persons.birth_countries_abroad.map((c) => ({
    kind: 'body',
    cells: [c, p.persons.birth_country_counts[c] ?? 0],
  }))
  return {
    id: 'geboortelanden-buiten-nederland',
    sheet: lang === 'nl' ? 'Geboortelanden' : 'Countries of birth',
    title: L.countries,
    columns: [
      { label: L.country, numeric: false },
      { label: L.minors, numeric: true },
    ],
    rows,
  }
}

export function vulnerabilityTable(p: Picture, catalogue: Catalogue, lang: ReportLang): ReportTable {
  const L = T[lang]
  const regs = p.headline.registrations
  const rows: ReportRow[] = Object.entries(p.vulnerability_factors)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([id, n]) => ({ kind: 'body', cells: [vulnerabilityLabel(catalogue, id, lang), n, pct(n, regs)] }))
  return {
    id: 'kwetsbaarheidsfactoren',
    sheet: lang === 'nl' ? 'Kwetsbaarheid' : 'Vulnerability',
    title: L.vulnerability,
    columns: [
      { label: L.factor, numeric: false },
      { label: L.registrations, numeric: true },
      { label: L.percentRegs, numeric: true },
    ],
    rows,
  }
}

export function appendix1(p: Picture, catalogue: Catalogue, lang: ReportLang): ReportTable {
  const L = T[lang]
  const order = categoryOrder(catalogue)
  // grouped by category (catalogue order), within a category the picture's order (total desc, then name)
  const sorted = p.appendix1_platforms_per_year
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order.indexOf(a.r.category) - order.indexOf(b.r.category) || a.i - b.i)
    .map((x) => x.r)
  return {
    id: 'bijlage-1-platformen-per-jaar',
    sheet: lang === 'nl' ? 'Bijlage 1 per jaar' : 'Appendix 1 per year',
    title: L.appendix,
    columns: [
      { label: L.category, numeric: false },
      { label: L.platform, numeric: false },
      ...p.years.map((y) => ({ label: y, numeric: true })),
      { label: L.total, numeric: true },
    ],
    rows: [
      ...sorted.map((r): ReportRow => ({
        kind: 'body',
        cells: [catalogue.categoryLabel(r.category, lang), r.platform, ...p.years.map((y) => r.counts[y] ?? 0), r.total],
      })),
      { kind: 'total', cells: [L.total, '', ...yearTotals(sorted, p.years)] },
    ],
    groupColumn: 0,
    platformColumn: 1,
  }
}

export function candidatesTable(p: Picture, lang: ReportLang): ReportTable {
  const L = T[lang]
  return {
    id: 'bijlage-2-platformen-buiten-catalogus',
    sheet: lang === 'nl' ? 'Bijlage 2 kandidaten' : 'Appendix 2 candidates',
    title: L.candidates,
    columns: [
      { label: L.name, numeric: false },
      { label: L.registrations, numeric: true },
      { label: L.mentions, numeric: true },
    ],
    rows: p.candidate_platforms.map((c) => ({ kind: 'body', cells: [c.name, c.registrations, c.mentions] })),
  }
}

export function keyFiguresTable(p: Picture, catalogue: Catalogue, lang: ReportLang, selectionLines: ReadonlyArray<[string, string]>): ReportTable {
  const L = T[lang]
  const h = p.headline
  const nl = lang === 'nl'
  const rows: Array<[string, Cell]> = [
    ...selectionLines.map(([k, v]): [string, Cell] => [k, v]),
    [nl ? 'Registraties met een genoemd platform' : 'Registrations naming a platform', h.registrations],
    [nl ? 'Vermeldingen van platformen (per registratie één keer)' : 'Platform mentions (once per registration)', h.named_platform_mentions],
    [nl ? 'Verschillende platformen' : 'Distinct platforms', h.distinct_platforms],
    [nl ? 'Algemene vermeldingen (buiten beschouwing)' : 'Generic mentions (set aside)', h.generic_mentions_excluded],
    [nl ? 'Onduidelijke platformen (buiten beschouwing)' : 'Unclear platforms (set aside)', h.unclear_platforms_excluded],
    ...p.years.map((y): [string, Cell] => [nl ? `Vermeldingen ${y}` : `Mentions ${y}`, h.mentions_per_year[y] ?? 0]),
    ...p.years.map((y): [string, Cell] => [nl ? `Verschillende platformen ${y}` : `Distinct platforms ${y}`, h.distinct_platforms_per_year[y] ?? 0]),
    ...categoryOrder(catalogue).map((c): [string, Cell] => [
      `${nl ? 'Aandeel' : 'Share'} ${catalogue.categoryLabel(c, lang)} (%)`,
      h.category_share_percent[c],
    ]),
    [nl ? 'Gekoppelde minderjarigen' : 'Minors linked', p.persons.minors_linked],
    [nl ? 'Catalogusversie' : 'Catalogue version', p.versions.catalogue],
    [nl ? 'Extractorversie(s)' : 'Extractor version(s)', p.versions.extractor.join(', ') || '—'],
    [nl ? 'Gemaakt op' : 'Generated on', p.versions.generated_at ? formatDate(p.versions.generated_at, lang) : '—'],
  ]
  return {
    id: 'kerncijfers',
    sheet: lang === 'nl' ? 'Kerncijfers' : 'Key figures',
    title: L.keyFigures,
    columns: [
      { label: L.key, numeric: false },
      { label: L.value, numeric: false },
    ],
    rows: rows.map(([k, v]) => ({ kind: 'body', cells: [k, v] })),
  }
}

/** Every table of the picture, in report order; the CSV files and the workbook hold exactly these. */
export function pictureTables(p: Picture, catalogue: Catalogue, lang: ReportLang, selectionLines: ReadonlyArray<[string, string]>): ReportTable[] {
  const tables = [
    keyFiguresTable(p, catalogue, lang, selectionLines),
    table1(p, lang),
    chart1Table(p, catalogue, lang),
    table2(p, lang),
    table3(p, catalogue, lang),
    ...[askedRolesTable(p, catalogue, lang)].filter((t): t is ReportTable => t !== null),
    roleCountsTable(p, catalogue, lang),
    personRolesTable(p, catalogue, lang),
    ageGenderTable(p, lang),
    birthCountriesTable(p, lang),
    vulnerabilityTable(p, catalogue, lang),
    appendix1(p, catalogue, lang),
  ]
  if (p.candidate_platforms.length > 0) tables.push(candidatesTable(p, lang))
  return tables
}

export function periodLabel(p: Picture, lang: ReportLang): string {
  return formatPeriod(p.selection.from, p.selection.to_exclusive, lang)
}
