import type { Findings } from './extractor.ts'

export interface PlatformCandidate {
  /** the proper name as the extractor read it ('TikTok', 'Discord') */
  name: string
  /** registrations that name it (negated mentions do not count) */
  registrations: number
  /** registrations per period: the year of the registration date, or 'onbekend' without a date */
  perPeriod: Record<string, number>
}

/**
 * Platforms outside the catalogue found in text, with how many registrations name them per year: the list an
 * analyst reviews to extend the catalogue. Names are grouped case-insensitively; the most frequent spelling wins.
 */
export function collectPlatformCandidates(records: Iterable<{ date?: string | null; findings: Findings }>): PlatformCandidate[] {
  const byKey = new Map<string, { spellings: Map<string, number>; perPeriod: Map<string, number>; registrations: number }>()
  for (const r of records) {
    const period = r.date && /^\d{4}/.test(r.date) ? r.date.slice(0, 4) : 'onbekend'
    const seen = new Set<string>()
    for (const m of r.findings.mentions) {
      if (m.kind !== 'named' || m.inCatalogue || m.negated || m.platform === null) continue
      const key = m.platform.toLowerCase()
      let c = byKey.get(key)
      if (!c) {
        c = { spellings: new Map(), perPeriod: new Map(), registrations: 0 }
        byKey.set(key, c)
      }
      c.spellings.set(m.platform, (c.spellings.get(m.platform) ?? 0) + 1)
      if (seen.has(key)) continue
      seen.add(key)
      c.registrations++
      c.perPeriod.set(period, (c.perPeriod.get(period) ?? 0) + 1)
    }
  }
  return [...byKey.values()]
    .map((c) => ({
      name: [...c.spellings.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? '',
      registrations: c.registrations,
      perPeriod: Object.fromEntries([...c.perPeriod.entries()].sort((x, y) => x[0].localeCompare(y[0]))),
    }))
    .sort((x, y) => y.registrations - x.registrations || x.name.localeCompare(y.name))
}
