/** Locale helpers shared by the report's text, tables and files. */
export type ReportLang = 'nl' | 'en'

const LOCALE: Record<ReportLang, string> = { nl: 'nl-NL', en: 'en-GB' }

export function formatNumber(n: number, lang: ReportLang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(n)
}

/** "3 december 2021" / "3 December 2021"; input YYYY-MM-DD or an ISO timestamp (date part is used, UTC). */
export function formatDate(iso: string, lang: ReportLang): string {
  const day = iso.slice(0, 10)
  const d = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d)
}

/** "a, b en c" / "a, b and c" */
export function joinList(items: readonly string[], lang: ReportLang): string {
  if (items.length <= 1) return items.join('')
  const last = items[items.length - 1] ?? ''
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}`
}

export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/**
 * The period as a reader says it: whole calendar years give "2017–2020" (long: "2017 tot en met 2020"),
 * anything else the first and last day ("1 maart 2019 – 30 juni 2020").
 */
export function formatPeriod(from: string, toExclusive: string, lang: ReportLang, style: 'short' | 'long' = 'short'): string {
  const last = addDays(toExclusive, -1)
  const wholeYears = from.endsWith('-01-01') && toExclusive.endsWith('-01-01')
  if (wholeYears) {
    const a = from.slice(0, 4)
    const b = last.slice(0, 4)
    if (a === b) return a
    if (style === 'long') return lang === 'nl' ? `${a} tot en met ${b}` : `${a} to ${b} inclusive`
    return `${a}–${b}`
  }
  return `${formatDate(from, lang)} – ${formatDate(last, lang)}`
}

/** Capitalises the first letter (catalogue labels are written for use mid-sentence as well). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export function lowerFirst(s: string): string {
  // keep acronyms and proper names such as "WhatsApp" intact: only lower a capital followed by a lower-case letter
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s
}

/**
 * The period after "in": "in 2017–2020" for whole years, "in de periode van 1 maart 2019 tot en met 30 juni 2019"
 * otherwise (a bare date range after "in" does not read).
 */
export function inPeriod(from: string, toExclusive: string, lang: ReportLang): string {
  if (from.endsWith('-01-01') && toExclusive.endsWith('-01-01')) return `in ${formatPeriod(from, toExclusive, lang)}`
  const first = formatDate(from, lang)
  const last = formatDate(addDays(toExclusive, -1), lang)
  return lang === 'nl' ? `in de periode van ${first} tot en met ${last}` : `in the period from ${first} to ${last}`
}

