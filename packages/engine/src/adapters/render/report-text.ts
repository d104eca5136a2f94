import { ROLE_IDS, type CategoryId, type RoleId } from '@platformscope/contract'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import type { Picture } from '../../domain/picture/picture.ts'
import { addDays, capitalize, formatDate, formatNumber, inPeriod, joinList, lowerFirst, type ReportLang } from './report-format.ts'
import { categoryOrder, personRoleEntries, personRoleLabel, vulnerabilityLabel } from './report-tables.ts'

/**
 * The report's sentences, generated from the picture's numbers (never copied from the source report), in Dutch
 * or English. Every function returns plain text; the HTML template escapes it.
 */

/** Relative change at or beyond which a category "grows" or "declines"; smaller is "about the same". */
const TREND_THRESHOLD_PERCENT = 20
/** Below this many registrations in both end years a category is too small to call a trend. */
const TREND_MIN_COUNT = 5

const n = (x: number, lang: ReportLang): string => formatNumber(x, lang)
const pct = (part: number, whole: number): number => (whole > 0 ? Math.round((100 * part) / whole) : 0)

/** A category label for use mid-sentence: lower-case start, without a parenthetical such as "(apps and websites)". */
function cat(c: CategoryId, catalogue: Catalogue, lang: ReportLang): string {
  return lowerFirst(catalogue.categoryLabel(c, lang).replace(/\s*\([^)]*\)\s*$/, ''))
}

function role(r: RoleId, catalogue: Catalogue, lang: ReportLang): string {
  return lowerFirst(catalogue.roleLabel(r, lang))
}

export function reportTitle(lang: ReportLang): { title: string; subtitle: string } {
  return lang === 'nl'
    ? { title: 'De rol van online platformen bij seksuele uitbuiting van minderjarigen', subtitle: 'Tactisch intelligencebeeld' }
    : { title: 'The role of online platforms in the sexual exploitation of minors', subtitle: 'Tactical intelligence picture' }
}

/** Until the author sets one, the report says the classification is still open (on the title page and every page). */
export function defaultClassification(lang: ReportLang): string {
  return lang === 'nl' ? 'Rubricering: nog vast te stellen door de opsteller' : 'Classification: to be set by the author'
}

/** [label, value] lines describing the selection (title page, key-figures table). */
export function selectionLines(p: Picture, lang: ReportLang): Array<[string, string]> {
  const s = p.selection
  const nl = lang === 'nl'
  const all = nl ? 'alle' : 'all'
  const list = (xs: readonly string[] | null): string => (xs === null || xs.length === 0 ? all : xs.join(', '))
  return [
    [nl ? 'Periode' : 'Period', `${formatDate(s.from, lang)} – ${formatDate(addDays(s.to_exclusive, -1), lang)}`],
    [nl ? 'Politie-eenheden' : 'Police units', list(s.units)],
    [nl ? 'Typen platformen' : 'Platform types', list(s.categories)],
    [nl ? 'Platformen' : 'Platforms', list(s.platforms)],
    [nl ? 'Uitbuitingsvorm' : 'Form of exploitation', list(s.exploitation_forms)],
    [nl ? 'Bron' : 'Source', list(s.sources)],
    [
      nl ? 'Beoordeling' : 'Review',
      s.status === 'confirmed'
        ? nl
          ? 'alleen bevestigde bevindingen'
          : 'confirmed findings only'
        : nl
          ? 'alle bevindingen die niet zijn afgewezen'
          : 'every finding not rejected in review',
    ],
  ]
}

/** Category ids replaced by their labels in the selection lines (the picture stores ids). */
export function selectionLinesLabelled(p: Picture, catalogue: Catalogue, lang: ReportLang): Array<[string, string]> {
  const lines = selectionLines(p, lang)
  const cats = p.selection.categories
  if (cats !== null && cats.length > 0) {
    const i = 2
    const line = lines[i]
    if (line) lines[i] = [line[0], cats.map((c) => catalogue.categoryLabel(c, lang)).join(', ')]
  }
  return lines
}

/** Each entry is a paragraph of generated sentences. */
export interface SummaryParagraphs {
  platforms: string[]
  roles: string[]
  persons: string[]
}

/** The samenvatting, sentence by sentence, from the numbers. */
export function summary(p: Picture, catalogue: Catalogue, lang: ReportLang): SummaryParagraphs {
  const nl = lang === 'nl'
  const h = p.headline
  const period = inPeriod(p.selection.from, p.selection.to_exclusive, lang)
  if (h.registrations === 0) {
    return {
      platforms: [
        nl
          ? `${capitalize(period)} is in de geselecteerde registraties geen met naam genoemd online platform gevonden.`
          : `${capitalize(period)} no online platform was named in the selected registrations.`,
      ],
      roles: [],
      persons: [],
    }
  }
  const platforms: string[] = [
    nl
      ? `${capitalize(period)} werden ${n(h.named_platform_mentions, lang)} vermeldingen van ${n(h.distinct_platforms, lang)} verschillende online platformen gevonden in ${n(h.registrations, lang)} registraties.`
      : `${capitalize(period)}, ${n(h.named_platform_mentions, lang)} mentions of ${n(h.distinct_platforms, lang)} different online platforms were found in ${n(h.registrations, lang)} registrations.`,
  ]
  const shares = categoryOrder(catalogue)
    .map((c) => ({ c, share: h.category_share_percent[c] }))
    .filter((x) => x.share > 0)
    .sort((a, b) => b.share - a.share)
  const [first, second, ...rest] = shares
  if (first) {
    const by = second && first.share >= 2 * second.share ? (nl ? 'veruit het meest' : 'by far the most often') : nl ? 'het meest' : 'most often'
    const follow = [second, ...rest].filter((x) => x !== undefined).map((x) => `${cat(x.c, catalogue, lang)} (${x.share}%)`)
    platforms.push(
      nl
        ? `${capitalize(cat(first.c, catalogue, lang))} komen ${by} voor (${first.share}%)${follow.length ? `, gevolgd door ${joinList(follow, lang)}` : ''}.`
        : `${capitalize(cat(first.c, catalogue, lang))} occur ${by} (${first.share}%)${follow.length ? `, followed by ${joinList(follow, lang)}` : ''}.`,
    )
  }
  const top = p.table1_top10.slice(0, 3)
  if (top.length > 0) {
    const items = top.map((r, i) => (i === 0 ? `${r.platform} (${n(r.total, lang)} ${nl ? 'registraties' : 'registrations'})` : `${r.platform} (${n(r.total, lang)})`))
    platforms.push(
      nl
        ? `${top.length === 1 ? 'Het meest genoemde platform is' : `De ${top.length === 3 ? 'drie' : 'twee'} meest genoemde platformen zijn`} ${joinList(items, lang)}.`
        : `${top.length === 1 ? 'The most frequently named platform is' : `The ${top.length === 3 ? 'three' : 'two'} most frequently named platforms are`} ${joinList(items, lang)}.`,
    )
  }
  const development = [...trendSentences(p, catalogue, lang)]
  const perYear = distinctPerYearSentence(p, lang)
  if (perYear) development.push(perYear)
  development.push(...turnoverSentences(p, lang))
  const unit = unitSentence(p, lang)
  const paragraphs = [platforms.join(' '), development.join(' '), unit ?? ''].filter((x) => x !== '')
  const persons = personSentences(p, catalogue, lang)
  return {
    platforms: paragraphs,
    roles: roleSentences(p, catalogue, lang),
    persons: [persons.slice(0, 3).join(' '), persons.slice(3).join(' ')].filter((x) => x !== ''),
  }
}

/** Growth and decline per category between the first and last year of the period. */
export function trendSentences(p: Picture, catalogue: Catalogue, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  if (p.years.length < 2) return []
  const up: string[] = []
  const down: string[] = []
  const flat: string[] = []
  const small: string[] = []
  let y1 = ''
  let y2 = ''
  for (const c of categoryOrder(catalogue)) {
    const g = p.trends.category_growth[c]
    if (!g) continue
    y1 = g.first_year
    y2 = g.last_year
    const label = cat(c, catalogue, lang)
    if (Math.max(g.first, g.last) < TREND_MIN_COUNT) {
      if (g.first + g.last > 0) small.push(`${label} (${n(g.first, lang)} in ${g.first_year}, ${n(g.last, lang)} in ${g.last_year})`)
      continue
    }
    const change = g.first > 0 ? ((g.last - g.first) / g.first) * 100 : null
    const fromTo = nl ? `van ${n(g.first, lang)} naar ${n(g.last, lang)}` : `from ${n(g.first, lang)} to ${n(g.last, lang)}`
    if (change === null || change >= TREND_THRESHOLD_PERCENT) up.push(`${label} (${fromTo})`)
    else if (change <= -TREND_THRESHOLD_PERCENT) down.push(`${label} (${fromTo})`)
    else flat.push(`${label} (${fromTo})`)
  }
  const out: string[] = []
  const span = nl ? `tussen ${y1} en ${y2}` : `between ${y1} and ${y2}`
  if (up.length) out.push(nl ? `Het aantal registraties nam ${span} toe bij ${joinList(up, lang)}.` : `Registrations increased ${span} for ${joinList(up, lang)}.`)
  if (down.length)
    out.push(
      nl
        ? `${up.length ? 'Het nam af' : `Het aantal registraties nam ${span} af`} bij ${joinList(down, lang)}.`
        : `${up.length ? 'They decreased' : `Registrations decreased ${span}`} for ${joinList(down, lang)}.`,
    )
  if (flat.length)
    out.push(nl ? `Ongeveer gelijk bleef het bij ${joinList(flat, lang)}.` : `They stayed about the same for ${joinList(flat, lang)}.`)
  if (small.length)
    out.push(
      nl
        ? `${capitalize(joinList(small, lang))} ${small.length === 1 ? 'komt' : 'komen'} te weinig voor om van een ontwikkeling te spreken.`
        : `${capitalize(joinList(small, lang))} ${small.length === 1 ? 'occurs' : 'occur'} too rarely to speak of a trend.`,
    )
  return out
}

/** Platforms this many registrations or more are worth naming as new or gone. */
const TURNOVER_MIN_TOTAL = 3

/** Notable platforms that appear after the first year or are gone in the last year of the period. */
export function turnoverSentences(p: Picture, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  const first = p.years[0]
  const last = p.years.at(-1)
  if (!first || !last || first === last) return []
  const total = (name: string): number => p.appendix1_platforms_per_year.find((r) => r.platform === name)?.total ?? 0
  const pick = <T extends { platform: string }>(xs: readonly T[]): Array<T & { total: number }> =>
    xs
      .map((x) => ({ ...x, total: total(x.platform) }))
      .filter((x) => x.total >= TURNOVER_MIN_TOTAL)
      .sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform))
      .slice(0, 3)
  const regs = nl ? 'registraties' : 'registrations'
  const out: string[] = []
  const appearing = pick(p.trends.platforms_appearing)
  if (appearing.length) {
    const items = appearing.map((x, i) =>
      nl ? `${x.platform} (${i === 0 ? `${n(x.total, lang)} ${regs}` : n(x.total, lang)}, vanaf ${x.first_year})` : `${x.platform} (${i === 0 ? `${n(x.total, lang)} ${regs}` : n(x.total, lang)}, from ${x.first_year})`,
    )
    out.push(nl ? `In ${first} nog niet aangetroffen, later wel: ${joinList(items, lang)}.` : `Not found in ${first} but later: ${joinList(items, lang)}.`)
  }
  const gone = pick(p.trends.platforms_disappearing)
  if (gone.length) {
    const items = gone.map((x, i) => (i === 0 ? `${x.platform} (${n(x.total, lang)} ${nl ? 'registraties, tot en met' : 'registrations, until'} ${x.last_year})` : `${x.platform} (${n(x.total, lang)}, ${nl ? 't/m' : 'until'} ${x.last_year})`))
    out.push(nl ? `In ${last} niet meer aangetroffen: ${joinList(items, lang)}.` : `No longer found in ${last}: ${joinList(items, lang)}.`)
  }
  return out
}

function distinctPerYearSentence(p: Picture, lang: ReportLang): string | null {
  if (p.years.length < 2) return null
  const nl = lang === 'nl'
  const values = p.years.map((y) => p.headline.distinct_platforms_per_year[y] ?? 0)
  const listed = joinList(
    p.years.map((y, i) => `${n(values[i] ?? 0, lang)} (${y})`),
    lang,
  )
  const strictlyDown = values.every((v, i) => i === 0 || v < (values[i - 1] ?? 0))
  const strictlyUp = values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0))
  const verdict = strictlyDown
    ? nl
      ? ' en nam dus ieder jaar af'
      : ', falling every year'
    : strictlyUp
      ? nl
        ? ' en nam dus ieder jaar toe'
        : ', rising every year'
      : ''
  return nl
    ? `Het aantal verschillende platformen per jaar was ${listed}${verdict}.`
    : `The number of different platforms per year was ${listed}${verdict}.`
}

function unitSentence(p: Picture, lang: ReportLang): string | null {
  const nl = lang === 'nl'
  const t = p.table2_mentions_per_police_unit
  const ranked = t.units
    .map((u) => ({ u, total: t.total[u] ?? 0 }))
    .filter((x) => x.total > 0)
    .sort((a, b) => b.total - a.total || a.u.localeCompare(b.u))
    .slice(0, 3)
  if (ranked.length === 0) return null
  const [head, ...tail] = ranked.map((x) => `${x.u} (${n(x.total, lang)})`)
  return nl
    ? `De meeste vermeldingen komen van politie-eenheid ${head}${tail.length ? `, gevolgd door ${joinList(tail, lang)}` : ''}.`
    : `Most mentions come from police unit ${head}${tail.length ? `, followed by ${joinList(tail, lang)}` : ''}.`
}

/** Which roles each platform type fulfils among the top 10. */
export function roleSentences(p: Picture, catalogue: Catalogue, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  const perCategory = new Map<CategoryId, Set<RoleId>>()
  for (const [platform, roles] of Object.entries(p.table3_roles_top10)) {
    const c = p.appendix1_platforms_per_year.find((r) => r.platform === platform)?.category ?? catalogue.platformByName(platform)?.category
    if (!c) continue
    const set = perCategory.get(c) ?? new Set<RoleId>()
    roles.forEach((r) => set.add(r))
    perCategory.set(c, set)
  }
  const total = ROLE_IDS.length
  const parts: string[] = []
  for (const c of categoryOrder(catalogue)) {
    const set = perCategory.get(c)
    if (!set || set.size === 0) continue
    const label = cat(c, catalogue, lang)
    const roles = ROLE_IDS.filter((r) => set.has(r)).map((r) => role(r, catalogue, lang))
    if (set.size === total) parts.push(nl ? `${label} alle ${total} rollen` : `${label} fulfil all ${total} roles`)
    else if (set.size <= 2)
      parts.push(
        nl
          ? `${label} alleen ${joinList(roles.map((r) => `het ${r}`), lang)}`
          : `${label} fulfil only the roles of ${joinList(roles, lang)}`,
      )
    else parts.push(nl ? `${label} ${set.size} van de ${total} rollen` : `${label} fulfil ${set.size} of the ${total} roles`)
  }
  if (parts.length === 0) return []
  // semicolons: the parts may contain "en"/"and" themselves
  return [nl ? `Binnen de top 10 vervullen ${parts.join('; ')}.` : `Within the top 10, ${parts.join('; ')}.`]
}

export function personSentences(p: Picture, catalogue: Catalogue, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  const ps = p.persons
  if (ps.minors_linked === 0) {
    return [nl ? 'Aan de registraties zijn geen minderjarigen gekoppeld.' : 'No minors are linked to the registrations.']
  }
  const out: string[] = []
  const known = ps.female + ps.male
  const femaleShare = pct(ps.female, known)
  const mostly =
    known > 0 && femaleShare >= 75
      ? nl
        ? ', voornamelijk meisjes'
        : ', mostly girls'
      : known > 0 && femaleShare <= 25
        ? nl
          ? ', voornamelijk jongens'
          : ', mostly boys'
        : ''
  out.push(
    nl
      ? `Aan deze registraties zijn ${n(ps.minors_linked, lang)} minderjarigen gekoppeld${mostly}: ${n(ps.male, lang)} jongens (${ps.male_percent}%)${ps.gender_unknown ? ` en ${n(ps.gender_unknown, lang)} van onbekend geslacht` : ''}.`
      : `${n(ps.minors_linked, lang)} minors are linked to these registrations${mostly}: ${n(ps.male, lang)} boys (${ps.male_percent}%)${ps.gender_unknown ? ` and ${n(ps.gender_unknown, lang)} of unknown gender` : ''}.`,
  )
  if (ps.age_range) {
    const [lo, hi] = ps.age_range
    const s1617 = ps.age_share_of_registrations_percent['16_or_17']
    out.push(
      (nl ? `Hun leeftijd loopt uiteen van ${lo} tot en met ${hi} jaar` : `Their ages range from ${lo} to ${hi}`) +
        (s1617 !== undefined
          ? nl
            ? `; in ${s1617}% van de registraties is de jongste betrokken minderjarige 16 of 17 jaar.`
            : `; in ${s1617}% of the registrations the youngest minor involved is 16 or 17.`
          : '.'),
    )
  }
  out.push(
    nl
      ? `In ${ps.registrations_with_at_least_victim_role_percent}% van de registraties heeft ten minste één minderjarige de rol van ${personRoleLabel(catalogue, 'slachtoffer', lang)}.`
      : `In ${ps.registrations_with_at_least_victim_role_percent}% of the registrations at least one minor has the role of ${personRoleLabel(catalogue, 'slachtoffer', lang)}.`,
  )
  out.push(
    nl
      ? `${ps.born_in_netherlands_percent}% is in Nederland geboren${ps.born_abroad ? `; ${n(ps.born_abroad, lang)} minderjarigen zijn geboren in ${n(ps.birth_countries_abroad.length, lang)} andere landen` : ''}.`
      : `${ps.born_in_netherlands_percent}% were born in the Netherlands${ps.born_abroad ? `; ${n(ps.born_abroad, lang)} minors were born in ${n(ps.birth_countries_abroad.length, lang)} other countries` : ''}.`,
  )
  const factors = Object.entries(p.vulnerability_factors)
    .filter(([, v]) => v > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 3)
    .map(([id, v]) => `${vulnerabilityLabel(catalogue, id, lang)} (${n(v, lang)})`)
  if (factors.length)
    out.push(
      nl
        ? `De vaakst genoemde kwetsbaarheidsfactoren zijn ${joinList(factors, lang)}.`
        : `The vulnerability factors named most often are ${joinList(factors, lang)}.`,
    )
  return out
}

/** 3.1's opening: scope of the platforms and what was set aside. */
export function platformsIntro(p: Picture, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  const h = p.headline
  const single = p.appendix1_platforms_per_year.filter((r) => r.total === 1).length
  const atLeast10 = p.appendix1_platforms_per_year.filter((r) => r.total >= 10).length
  return [
    nl
      ? `In totaal is in ${n(h.registrations, lang)} registraties ${n(h.named_platform_mentions, lang)} keer een met naam genoemd platform aangetroffen; het gaat om ${n(h.distinct_platforms, lang)} verschillende platformen. Bijlage 1 geeft een overzicht van alle platformen. ${single === 1 ? 'Eén platform komt' : `${n(single, lang)} platformen komen`} in slechts één registratie voor.`
      : `In total a platform was named ${n(h.named_platform_mentions, lang)} times in ${n(h.registrations, lang)} registrations, ${n(h.distinct_platforms, lang)} different platforms. Appendix 1 lists them all. ${single === 1 ? 'One platform occurs' : `${n(single, lang)} platforms occur`} in a single registration only.`,
    nl
      ? `Tabel 1 toont de tien platformen die het vaakst voorkomen${atLeast10 >= 10 ? ' (elk minimaal tien keer)' : ''}.`
      : `Table 1 shows the ten platforms that occur most often${atLeast10 >= 10 ? ' (each at least ten times)' : ''}.`,
  ]
}

export function setAsideNote(p: Picture, lang: ReportLang): string {
  const h = p.headline
  return lang === 'nl'
    ? `Er wordt ${n(h.generic_mentions_excluded, lang)} keer in algemene zin over een platform gesproken (zoals ‘een website’), zonder dat het platform bij naam wordt genoemd, en van ${n(h.unclear_platforms_excluded, lang)} vermeldingen is onduidelijk welk platform wordt bedoeld. Deze zijn niet meegeteld.`
    : `A platform is referred to in general terms (such as ‘a website’) ${n(h.generic_mentions_excluded, lang)} times without being named, and for ${n(h.unclear_platforms_excluded, lang)} mentions it is unclear which platform is meant. These are not counted.`
}

export function categoriesText(p: Picture, catalogue: Catalogue, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  const out: string[] = []
  const cats = categoryOrder(catalogue)
  out.push(
    nl
      ? `De platformen zijn onderverdeeld in ${cats.length} typen: ${joinList(cats.map((c) => cat(c, catalogue, lang)), lang)}. Grafiek 1 toont per type het aantal registraties per jaar; een registratie telt per genoemd platform één keer.`
      : `The platforms fall into ${cats.length} types: ${joinList(cats.map((c) => cat(c, catalogue, lang)), lang)}. Chart 1 shows the registrations per type per year; a registration counts once per platform it names.`,
  )
  const trends = trendSentences(p, catalogue, lang)
  if (trends.length) out.push(trends.join(' '))
  return out
}

export function unitsText(p: Picture, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  const t = p.table2_mentions_per_police_unit
  const out = [
    nl
      ? `Voor zover registraties aan een politie-eenheid te koppelen zijn, toont tabel 2 hoe vaak de top 10 en de ${n(t.other_platforms_count, lang)} overige platformen per eenheid voorkomen.`
      : `As far as registrations can be attributed to a police unit, table 2 shows how often the top 10 and the ${n(t.other_platforms_count, lang)} other platforms occur per unit.`,
  ]
  const s = unitSentence(p, lang)
  if (s) out.push(s)
  // where "other platforms" weigh heavily in a unit, the report points it out
  const heavy = t.units.filter((u) => (t.total[u] ?? 0) >= 10 && (t.other_platforms[u] ?? 0) / (t.total[u] ?? 1) >= 0.4)
  if (heavy.length)
    out.push(
      nl
        ? `Bij ${joinList(heavy, lang)} bestaat een groot deel (40% of meer) van de vermeldingen uit overige platformen.`
        : `In ${joinList(heavy, lang)} a large share (40% or more) of the mentions concerns other platforms.`,
    )
  return out
}

export function noUnitNote(p: Picture, lang: ReportLang): string {
  const k = p.table2_mentions_per_police_unit.no_unit
  if (lang === 'nl') return k === 0 ? 'Alle vermeldingen zijn aan een politie-eenheid te koppelen.' : `${n(k, lang)} vermeldingen zijn niet aan een politie-eenheid te koppelen en ontbreken in deze tabel.`
  return k === 0 ? 'Every mention can be attributed to a police unit.' : `${n(k, lang)} mentions cannot be attributed to a police unit and are not in this table.`
}

export function rolesIntro(lang: ReportLang): string {
  return lang === 'nl'
    ? 'Voor de tien meest voorkomende platformen is bepaald welke rol(len) zij vervullen. Daartoe zijn de volgende rollen onderscheiden:'
    : 'For the ten most frequent platforms, the role(s) they played were determined. The following roles are distinguished:'
}

export function personsIntro(p: Picture, catalogue: Catalogue, lang: ReportLang): string[] {
  const nl = lang === 'nl'
  const ps = p.persons
  const roles = personRoleEntries(p, catalogue).map(([r]) => personRoleLabel(catalogue, r, lang))
  return [
    nl
      ? `Aan de ${n(p.headline.registrations, lang)} registraties zijn ${n(ps.minors_linked, lang)} minderjarige personen gekoppeld${roles.length ? `, met rollen als ${joinList(roles, lang)}` : ''}. Aan ${n(ps.with_more_than_one_person_role, lang)} personen is meer dan één rol gekoppeld. Grafiek 2 toont per rol hoeveel minderjarigen die rol hadden en in hoeveel registraties.`
      : `${n(ps.minors_linked, lang)} minors are linked to the ${n(p.headline.registrations, lang)} registrations${roles.length ? `, with roles such as ${joinList(roles, lang)}` : ''}. ${n(ps.with_more_than_one_person_role, lang)} persons have more than one role. Chart 2 shows, per role, how many minors had it and in how many registrations.`,
  ]
}

export function methodText(p: Picture, lang: ReportLang, hasCandidates: boolean): { counted: string[]; selection: string; persons: string } {
  const nl = lang === 'nl'
  const h = p.headline
  const statusSentence =
    p.selection.status === 'confirmed'
      ? nl
        ? 'Alleen bevindingen die een beoordelaar heeft bevestigd of gecorrigeerd, en handmatig vastgelegde betrokkenheid, zijn meegeteld.'
        : 'Only findings a reviewer confirmed or corrected, and platform involvement registered by hand, are counted.'
      : nl
        ? 'Meegeteld zijn alle bevindingen die bij beoordeling niet zijn afgewezen, dus ook voorstellen van de automatische extractie die nog niet zijn beoordeeld.'
        : 'Every finding not rejected in review is counted, including suggestions of the automatic extraction that have not been reviewed yet.'
  const counted = nl
    ? [
        'Een platform telt één keer per registratie, hoe vaak het daarin ook wordt genoemd. Een “vermelding” in dit beeld is dus een combinatie van registratie en platform.',
        'Ontkende vermeldingen (“er was geen contact via Snapchat”) tellen nooit mee.',
        `Algemene aanduidingen (“een website”, “een app”) en vermeldingen waarvan onduidelijk is welk platform bedoeld wordt, zijn apart gehouden en niet meegeteld (${n(h.generic_mentions_excluded, lang)} en ${n(h.unclear_platforms_excluded, lang)}).`,
        'De rollen van een platform in een registratie zijn alle rollen die bij de vermeldingen van dat platform in die registratie zijn gevonden (de vereniging).',
        hasCandidates
          ? 'Platformen die niet in de catalogus staan, tellen niet mee als genoemd platform; ze staan in bijlage 2 als kandidaat om aan de catalogus toe te voegen.'
          : 'Platformen die niet in de catalogus staan, tellen niet mee als genoemd platform; in deze selectie kwamen er geen voor.',
        statusSentence,
      ]
    : [
        'A platform counts once per registration, however often it is named there. A “mention” in this picture is therefore a pair of registration and platform.',
        'Negated mentions (“there was no contact via Snapchat”) never count.',
        `General references (“a website”, “an app”) and mentions where it is unclear which platform is meant are set aside and not counted (${n(h.generic_mentions_excluded, lang)} and ${n(h.unclear_platforms_excluded, lang)}).`,
        'A platform’s roles in a registration are all roles found with its mentions in that registration (the union).',
        hasCandidates
          ? 'Platforms outside the catalogue do not count as named platforms; appendix 2 lists them as candidates for the catalogue.'
          : 'Platforms outside the catalogue do not count as named platforms; none occurred in this selection.',
        statusSentence,
      ]
  const selection = nl
    ? `Dit beeld is automatisch samengesteld uit de registraties in platformscope die voldoen aan de selectie op de titelpagina, met een registratiedatum ${inPeriod(p.selection.from, p.selection.to_exclusive, lang)}. Platformen, hun rollen, personen en kwetsbaarheidsfactoren zijn door de extractie uit de vrije tekst van de registraties gehaald en, voor zover beoordeeld, door een analist gecontroleerd.`
    : `This picture was compiled automatically from the registrations in platformscope that match the selection on the title page, registered ${inPeriod(p.selection.from, p.selection.to_exclusive, lang)}. Platforms, their roles, persons and vulnerability factors were extracted from the free text of the registrations and, where reviewed, checked by an analyst.`
  const persons = nl
    ? 'Personen zijn minderjarigen (jonger dan 18 op de registratiedatum) die niet in het buitenland wonen en aan een registratie in dit beeld zijn gekoppeld. In grafiek 3 telt per registratie de jongste gekoppelde minderjarige.'
    : 'Persons are minors (under 18 on the registration date), not known to live abroad, linked to a registration in this picture. Chart 3 counts, per registration, its youngest linked minor.'
  return { counted, selection, persons }
}

export function qualityText(p: Picture, lang: ReportLang): string {
  const nl = lang === 'nl'
  const q = p.extraction_quality
  if (!q) {
    return nl
      ? 'Voor deze run is de kwaliteit van de automatische extractie niet gemeten. Lees de aantallen daarom als een indicatie zolang de bevindingen niet zijn beoordeeld.'
      : 'The quality of the automatic extraction was not measured for this run. Read the counts as indicative as long as the findings have not been reviewed.'
  }
  const asPct = (x: number): string => `${formatNumber(Math.round((x <= 1 ? x * 100 : x) * 10) / 10, lang)}%`
  const independent = p.extraction_evaluation !== null
  return nl
    ? `De kwaliteit van de automatische extractie is gemeten op ${q.measured_on}: precisie ${asPct(q.precision)} (zoveel van de gevonden vermeldingen was juist), recall ${asPct(q.recall)} (zoveel van de werkelijke vermeldingen werd gevonden), F1 ${asPct(q.f1)}. ${independent ? 'De extractie is mede op zulke teksten afgesteld; de onafhankelijke meting hieronder is daarom de betere maat voor nieuwe registraties.' : 'Die meting geldt voor de teksten waarop zij is gedaan; op andere registraties kan de kwaliteit afwijken.'}`
    : `The quality of the automatic extraction was measured on ${q.measured_on}: precision ${asPct(q.precision)} (the share of found mentions that was correct), recall ${asPct(q.recall)} (the share of actual mentions that was found), F1 ${asPct(q.f1)}. ${independent ? 'The extraction was tuned partly on such texts; the independent measurement below is therefore the better guide for new registrations.' : 'The measurement holds for the texts it was made on; on other registrations the quality may differ.'}`
}

const EVALUATION_FIELDS: Array<[string, string, string]> = [
  ['named', 'Genoemde platformen (vindplaats en platform)', 'Named platforms (span and platform)'],
  ['platform_sets', 'Platformen per registratie', 'Platforms per registration'],
  ['roles', 'Rollen van platformen', 'Roles of platforms'],
  ['generic', 'Algemene vermeldingen ("via een website")', 'Generic mentions ("via a website")'],
  ['unclear', 'Onduidelijke vermeldingen', 'Unclear mentions'],
  ['negation', 'Ontkende of veronderstelde vermeldingen', 'Negated or hypothetical mentions'],
  ['person_ages', 'Leeftijden van personen', 'Ages of persons'],
]

/**
 * The held-out measurement (texts written and annotated by people who never saw the rules, never used for tuning):
 * an introduction and one row per field [label, precision, recall, F1, support], the sets pooled.
 */
export function evaluationSection(
  p: Picture,
  lang: ReportLang,
): { intro: string; rows: Array<[string, string, string, string, string]> } | null {
  const e = p.extraction_evaluation
  if (!e) return null
  const nl = lang === 'nl'
  const pct = (x: number): string => `${formatNumber(Math.round(x * 1000) / 10, lang)}%`
  const records = e.sets.reduce((n, s) => n + s.records, 0)
  const rows = EVALUATION_FIELDS.flatMap(([field, labelNl, labelEn]): Array<[string, string, string, string, string]> => {
    const c = e.sets.reduce(
      (sum, s) => {
        const f = s.fields[field]
        return f ? { tp: sum.tp + f.tp, fp: sum.fp + f.fp, fn: sum.fn + f.fn } : sum
      },
      { tp: 0, fp: 0, fn: 0 },
    )
    if (c.tp + c.fn === 0) return []
    const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
    const recall = c.tp / (c.tp + c.fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    const interval = e.f1_interval_95?.[field]
    // the interval says how far the score could move on other texts of the kind: 150 records pin an F1 only to a few points
    const f1Cell = interval ? `${pct(f1)} (${pct(interval[0])}–${pct(interval[1])})` : pct(f1)
    return [[nl ? labelNl : labelEn, pct(precision), pct(recall), f1Cell, formatNumber(c.tp + c.fn, lang)]]
  })
  const same = p.versions.extractor.length === 1 && p.versions.extractor[0] === e.extractor_version
  const version = same
    ? nl
      ? `de extractor die de bevindingen in dit beeld heeft gedaan (${e.extractor_version})`
      : `the extractor that produced the findings in this picture (${e.extractor_version})`
    : nl
      ? `extractorversie ${e.extractor_version}; de bevindingen in dit beeld komen van ${p.versions.extractor.join(', ') || 'handmatige registratie'}, dus de meting geldt er bij benadering voor`
      : `extractor version ${e.extractor_version}; the findings in this picture come from ${p.versions.extractor.join(', ') || 'manual registration'}, so the measurement applies approximately`
  const intro = nl
    ? `Onafhankelijk gemeten op ${formatNumber(records, lang)} geannoteerde registratieteksten die niet voor het afstellen van de extractie zijn gebruikt, geschreven en geannoteerd door annotatoren die de regels niet kenden (${formatDate(e.measured_at, lang)}, ${version}). Precisie: welk deel van wat de extractie vond juist was; recall: welk deel van wat er stond zij vond.`
    : `Measured independently on ${formatNumber(records, lang)} annotated registration texts that were not used to tune the extraction, written and annotated by annotators who had not seen the rules (${formatDate(e.measured_at, lang)}, ${version}). Precision: the share of what the extraction found that was right; recall: the share of what the text held that it found.`
  const intervals = !e.f1_interval_95
    ? ''
    : nl
      ? ' Tussen haakjes het 95%-interval van de F1: hoe ver die op andere teksten van deze soort kan liggen (bootstrap over de registraties).'
      : ' In brackets the 95% interval of F1: how far it may lie on other texts of this kind (bootstrap over the registrations).'
  return { intro: intro + intervals, rows }
}

export function caveatText(lang: ReportLang): string[] {
  return lang === 'nl'
    ? [
        'Dit beeld zegt alleen iets over de geregistreerde rol van online platformen. Wat niet in een registratie is vastgelegd, is niet zichtbaar: mensenhandel blijft vaak verborgen (dark number), en slachtoffers willen of durven zich vaak niet te melden of zien zichzelf niet als slachtoffer.',
        'Of in de opvolging van een registratie is vastgesteld dat er werkelijk sprake was van seksuele uitbuiting of van een betrokken platform, is niet nagegaan en niet gecorrigeerd.',
      ]
    : [
        'This picture only shows the registered role of online platforms. What was not recorded in a registration is not visible: human trafficking often stays hidden (dark number), and victims often do not want or dare to come forward or do not see themselves as victims.',
        'Whether the follow-up of a registration established that sexual exploitation, or the platform’s involvement, actually occurred has not been checked or corrected for.',
      ]
}

export function versionLines(p: Picture, lang: ReportLang): Array<[string, string]> {
  const nl = lang === 'nl'
  const v = p.versions
  const none = nl ? '— (alleen handmatige bevindingen)' : '— (manual findings only)'
  return [
    [nl ? 'Extractor' : 'Extractor', v.extractor.length ? v.extractor.join(', ') : none],
    [nl ? 'Catalogus (dit beeld)' : 'Catalogue (this picture)', v.catalogue],
    [nl ? 'Catalogus bij extractie' : 'Catalogue at extraction', v.catalogue_at_extraction.length ? v.catalogue_at_extraction.join(', ') : '—'],
    [nl ? 'Gemaakt op' : 'Generated', v.generated_at ? formatDate(v.generated_at, lang) : '—'],
  ]
}

/** A footnote per catalogue event of a platform (e.g. a closure), in the report's language. */
export function eventNote(e: Picture['trends']['platform_events'][number], lang: ReportLang): string {
  const own = lang === 'nl' ? e.note_nl : e.note_en
  if (own) return own
  const date = formatDate(e.date, lang)
  const verb =
    lang === 'nl'
      ? { closed: 'is opgeheven op', launched: 'is gestart op', renamed: 'is hernoemd op' }[e.event]
      : { closed: 'closed on', launched: 'launched on', renamed: 'was renamed on' }[e.event]
  return `${e.platform} ${verb} ${date}.`
}
