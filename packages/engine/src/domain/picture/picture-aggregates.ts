import type { CategoryId, MentionKind } from '@platformscope/contract'
import type { Catalogue } from '../catalogue/catalogue.ts'
import type { PictureSelection } from './picture.ts'
import { categoryAllowed, hasPlatformFilter, platformAllowed, statusCounts } from './selection.ts'

/**
 * The small, grouped counts a picture is finished from. Two producers must agree exactly: `aggregateRows`
 * below (rows in memory) and the GROUP BY queries of adapters/db/picture.repository.ts (large data).
 * Groups carry raw keys (police unit as stored); naming and ordering happen in finish-picture.ts.
 */
export interface PictureAggregates {
  /** registrations in the selection with at least one counted named mention (the picture's population) */
  registrations: number
  /** counted (registration, platform) pairs grouped by canonical platform, year and stored police unit */
  pairs: Array<{ platform: string; year: string; unit: string | null; count: number }>
  /** counted pairs in which the platform had the role (union over the registration's mentions of it) */
  roles: Array<{ platform: string; role: string; count: number }>
  generic: number
  unclear: number
  candidates: Array<{ name: string; registrations: number; mentions: number }>
  extractorVersions: string[]
  catalogueVersions: string[]
  persons: PersonAggregates
  /** registrations of the population per vulnerability factor */
  vulnerabilities: Array<{ factor: string; count: number }>
}

export interface PersonAggregates {
  minors: number
  /** minors whose union of person roles over their links has ≥ 2 roles */
  multiRole: number
  /** population registrations with a minor linked in role 'slachtoffer' */
  victimRegistrations: number
  genders: Array<{ gender: string | null; count: number }>
  ageMin: number | null
  ageMax: number | null
  /** per population registration with a minor: the youngest minor's age and gender (ties: lowest person id) */
  youngest: Array<{ age: number; gender: string | null; count: number }>
  birthCountries: Array<{ country: string | null; count: number }>
  personRoles: Array<{ role: string; minors: number; registrations: number }>
}

export interface RegistrationRow {
  id: string
  /** YYYY-MM-DD */
  date: string
  policeUnit: string | null
  source: string
  exploitationForm: string | null
}

export interface MentionRow {
  registrationId: string
  platformId: string | null
  platformName: string | null
  kind: MentionKind
  negated: boolean
  roles: readonly string[]
  status: string
  origin: string
  extractorVersion: string | null
  catalogueVersion: string | null
}

export interface PersonLinkRow {
  registrationId: string
  personId: string
  age: number | null
  roles: readonly string[]
  gender: string | null
  birthCountry: string | null
  residentNl: boolean | null
}

export interface VulnerabilityRow {
  registrationId: string
  factor: string
  status: string
  origin: string
}

export interface PictureRows {
  registrations: Iterable<RegistrationRow>
  mentions: Iterable<MentionRow>
  personLinks: Iterable<PersonLinkRow>
  vulnerabilities: Iterable<VulnerabilityRow>
}

/** The person role that makes a registration count as "at least the role of victim". */
export const VICTIM_ROLE = 'slachtoffer'

/**
 * Canonical name of a stored police unit: the catalogue's name, the trimmed text when the catalogue does not know
 * it, null when empty. The SQL path applies this to the distinct stored values.
 */
export function unitNameOf(raw: string | null, catalogue: Catalogue): string | null {
  const t = raw?.trim() ?? ''
  if (t === '') return null
  return catalogue.unitByName(t)?.name ?? t
}

/** The catalogue platform a mention names: by catalogue id first, then by name (case-insensitive). */
export function resolvePlatform(
  catalogue: Catalogue,
  platformId: string | null,
  platformName: string | null,
): { name: string; category: CategoryId } | undefined {
  const p =
    (platformId !== null ? catalogue.platformById(platformId) : undefined) ??
    (platformName !== null ? catalogue.platformByName(platformName) : undefined)
  return p === undefined ? undefined : { name: p.name, category: p.category }
}

/** Which registrations the registration-level filters (period, unit, source, exploitation form) keep. */
export function registrationSelected(
  r: RegistrationRow,
  selection: PictureSelection,
  catalogue: Catalogue,
): boolean {
  if (r.date < selection.from || r.date >= selection.to_exclusive) return false
  if (selection.sources !== null && !selection.sources.includes(r.source)) return false
  if (
    selection.exploitation_forms !== null &&
    (r.exploitationForm === null || !selection.exploitation_forms.includes(r.exploitationForm))
  ) {
    return false
  }
  if (selection.units !== null) {
    const unit = unitNameOf(r.policeUnit, catalogue)
    if (unit === null || !selection.units.includes(unit)) return false
  }
  return true
}

interface CountedMentions {
  selected: Map<string, RegistrationRow>
  /** registration id → canonical platform → roles (union over that registration's mentions of it) */
  counted: Map<string, Map<string, Set<string>>>
  otherKinds: MentionRow[]
  candidates: Map<string, { registrations: Set<string>; mentions: number }>
  extractorVersions: Set<string>
  catalogueVersions: Set<string>
}

/** The counting rule applied to rows: which (registration, platform) pairs count, with their roles. */
export function countMentions(
  rows: Pick<PictureRows, 'registrations' | 'mentions'>,
  catalogue: Catalogue,
  selection: PictureSelection,
): CountedMentions {
  const selected = new Map<string, RegistrationRow>()
  for (const r of rows.registrations) if (registrationSelected(r, selection, catalogue)) selected.set(r.id, r)

  const counted = new Map<string, Map<string, Set<string>>>()
  const otherKinds: MentionRow[] = []
  const candidates = new Map<string, { registrations: Set<string>; mentions: number }>()
  const extractorVersions = new Set<string>()
  const catalogueVersions = new Set<string>()
  for (const m of rows.mentions) {
    if (!selected.has(m.registrationId) || m.negated || !statusCounts(selection.status, m.status, m.origin))
      continue
    if (m.kind !== 'named') {
      otherKinds.push(m)
      continue
    }
    const p = resolvePlatform(catalogue, m.platformId, m.platformName)
    if (p === undefined) {
      const name = m.platformName?.trim() ?? ''
      if (name === '') continue
      const c = candidates.get(name) ?? { registrations: new Set<string>(), mentions: 0 }
      c.registrations.add(m.registrationId)
      c.mentions++
      candidates.set(name, c)
      continue
    }
    if (!categoryAllowed(selection, p.category) || !platformAllowed(selection, p.name)) continue
    let perReg = counted.get(m.registrationId)
    if (perReg === undefined) counted.set(m.registrationId, (perReg = new Map()))
    const roles = perReg.get(p.name) ?? new Set<string>()
    for (const role of m.roles) roles.add(role)
    perReg.set(p.name, roles)
    if (m.extractorVersion !== null) extractorVersions.add(m.extractorVersion)
    if (m.catalogueVersion !== null) catalogueVersions.add(m.catalogueVersion)
  }
  return { selected, counted, otherKinds, candidates, extractorVersions, catalogueVersions }
}

/** The in-memory producer of PictureAggregates (the reference the SQL path is tested against). */
export function aggregateRows(
  rows: PictureRows,
  catalogue: Catalogue,
  selection: PictureSelection,
): PictureAggregates {
  const { selected, counted, otherKinds, candidates, extractorVersions, catalogueVersions } = countMentions(
    rows,
    catalogue,
    selection,
  )

  const pairs = new Map<string, { platform: string; year: string; unit: string | null; count: number }>()
  const roleCounts = new Map<string, { platform: string; role: string; count: number }>()
  for (const [regId, perReg] of counted) {
    const reg = selected.get(regId)
    if (reg === undefined) continue
    const year = reg.date.slice(0, 4)
    for (const [platform, roles] of perReg) {
      const key = JSON.stringify([platform, year, reg.policeUnit])
      const cell = pairs.get(key) ?? { platform, year, unit: reg.policeUnit, count: 0 }
      cell.count++
      pairs.set(key, cell)
      for (const role of roles) {
        const rk = JSON.stringify([platform, role])
        const rc = roleCounts.get(rk) ?? { platform, role, count: 0 }
        rc.count++
        roleCounts.set(rk, rc)
      }
    }
  }

  const scopeOfOthers = hasPlatformFilter(selection) ? counted : selected
  let generic = 0
  let unclear = 0
  for (const m of otherKinds) {
    if (!scopeOfOthers.has(m.registrationId)) continue
    if (m.kind === 'generic') generic++
    else unclear++
  }

  const vulnerabilities = new Map<string, Set<string>>()
  for (const v of rows.vulnerabilities) {
    if (!counted.has(v.registrationId) || !statusCounts(selection.status, v.status, v.origin)) continue
    const s = vulnerabilities.get(v.factor) ?? new Set<string>()
    s.add(v.registrationId)
    vulnerabilities.set(v.factor, s)
  }

  return {
    registrations: counted.size,
    pairs: [...pairs.values()],
    roles: [...roleCounts.values()],
    generic,
    unclear,
    candidates: [...candidates].map(([name, c]) => ({
      name,
      registrations: c.registrations.size,
      mentions: c.mentions,
    })),
    extractorVersions: [...extractorVersions],
    catalogueVersions: [...catalogueVersions],
    persons: aggregatePersons(rows.personLinks, counted, new Set(catalogue.data.person_roles.map((r) => r.id))),
    vulnerabilities: [...vulnerabilities].map(([factor, s]) => ({ factor, count: s.size })),
  }
}

/** A link counts when the person was a minor at that registration and is not known to live abroad. */
export function isMinorLink(l: Pick<PersonLinkRow, 'age' | 'residentNl'>): boolean {
  return l.age !== null && l.age < 18 && l.residentNl !== false
}

/** Person roles count as the catalogue names them; other words in an imported role column are not counted. */
function aggregatePersons(
  links: Iterable<PersonLinkRow>,
  population: ReadonlyMap<string, unknown>,
  catalogueRoles: ReadonlySet<string>,
): PersonAggregates {
  const minors = new Map<string, { roles: Set<string>; gender: string | null; birthCountry: string | null }>()
  const youngest = new Map<string, PersonLinkRow>()
  const victimRegs = new Set<string>()
  const personRoles = new Map<string, { minors: Set<string>; registrations: Set<string> }>()
  let ageMin: number | null = null
  let ageMax: number | null = null
  for (const l of links) {
    if (!population.has(l.registrationId) || !isMinorLink(l) || l.age === null) continue
    const m = minors.get(l.personId) ?? {
      roles: new Set<string>(),
      gender: l.gender,
      birthCountry: l.birthCountry,
    }
    for (const role of l.roles) {
      if (!catalogueRoles.has(role)) continue
      m.roles.add(role)
      const pr = personRoles.get(role) ?? { minors: new Set<string>(), registrations: new Set<string>() }
      pr.minors.add(l.personId)
      pr.registrations.add(l.registrationId)
      personRoles.set(role, pr)
    }
    minors.set(l.personId, m)
    if (l.roles.includes(VICTIM_ROLE) && catalogueRoles.has(VICTIM_ROLE)) victimRegs.add(l.registrationId)
    ageMin = ageMin === null ? l.age : Math.min(ageMin, l.age)
    ageMax = ageMax === null ? l.age : Math.max(ageMax, l.age)
    const y = youngest.get(l.registrationId)
    if (y === undefined || y.age === null || l.age < y.age || (l.age === y.age && l.personId < y.personId)) {
      youngest.set(l.registrationId, l)
    }
  }
  const tally = <K>(keys: Iterable<K>): Map<K, number> => {
    const t = new Map<K, number>()
    for (const k of keys) t.set(k, (t.get(k) ?? 0) + 1)
    return t
  }
  const youngestTally = new Map<string, { age: number; gender: string | null; count: number }>()
  for (const l of youngest.values()) {
    if (l.age === null) continue
    const key = JSON.stringify([l.age, l.gender])
    const cell = youngestTally.get(key) ?? { age: l.age, gender: l.gender, count: 0 }
    cell.count++
    youngestTally.set(key, cell)
  }
  return {
    minors: minors.size,
    multiRole: [...minors.values()].filter((m) => m.roles.size >= 2).length,
    victimRegistrations: victimRegs.size,
    genders: [...tally([...minors.values()].map((m) => m.gender))].map(([gender, count]) => ({
      gender,
      count,
    })),
    ageMin,
    ageMax,
    youngest: [...youngestTally.values()],
    birthCountries: [...tally([...minors.values()].map((m) => m.birthCountry))].map(([country, count]) => ({
      country,
      count,
    })),
    personRoles: [...personRoles].map(([role, s]) => ({
      role,
      minors: s.minors.size,
      registrations: s.registrations.size,
    })),
  }
}
