import type { CorpusPerson } from './corpus-record.ts'
import type { Rng } from './prng.ts'

export interface PersonTargets {
  registrations: number
  minors: number
  multiRole: number
  /** registrations with at least one minor in the role "slachtoffer" */
  victimRegistrations: number
  male: number
  youngestAgeCounts: Readonly<Record<number, number>>
  bornAbroad: number
  birthCountriesAbroad: readonly string[]
  /** registrations that get a second minor (a witness, a friend who reported) */
  secondMinors: number
  /** share of registrations that also list an adult suspect */
  adultSuspectShare: number
}

/** The persons of one registration, the first being its youngest minor (whose roles drive the text). */
export interface PlannedPersons {
  primary: CorpusPerson
  secondary: CorpusPerson | null
  suspect: CorpusPerson | null
}

interface Minor {
  gender: 'F' | 'M'
  birth: Date
  birthCountry: string
  /** registration index → roles */
  links: Map<number, string[]>
}

const NON_VICTIM_ROLES: ReadonlyArray<readonly [string, number]> = [
  ['betrokkene', 4],
  ['aangever', 3],
  ['melder', 2],
  ['benadeelde', 1],
]
const SECONDARY_ROLES = ['getuige', 'melder', 'betrokkene', 'getuige']
const ADULT_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['Nederland', 14],
  ['Marokko', 1],
  ['Turkije', 1],
  ['Suriname', 1],
  ['Curaçao', 1],
  ['Roemenië', 1],
]

/**
 * Builds the persons of `dates.length` registrations so that the person figures of the report come out exactly
 * (counting definitions: see test/support/report-figures.ts). Minors are re-used across registrations of the same
 * year with the same youngest age, with one birth date that gives that age at every registration date.
 */
export function planPersons(rng: Rng, dates: readonly string[], t: PersonTargets): PlannedPersons[] {
  const n = dates.length
  const ages = rng.shuffle(
    Object.entries(t.youngestAgeCounts).flatMap(([age, count]) =>
      Array.from({ length: count }, () => Number(age)),
    ),
  )
  if (ages.length !== n) throw new Error('youngest-age counts do not add up to the registrations')
  const years = dates.map((d) => Number(d.slice(0, 4)))

  // chains of registrations sharing their youngest minor
  const primaries = t.minors - t.secondMinors
  let extra = n - primaries
  if (extra < 0) throw new Error('more minors than registrations can hold')
  const pools = new Map<string, number[]>()
  rng.shuffle([...Array(n).keys()]).forEach((i) => {
    const key = `${years[i]}|${ages[i]}`
    const pool = pools.get(key)
    if (pool) pool.push(i)
    else pools.set(key, [i])
  })
  const chains: number[][] = []
  while (extra > 0) {
    const candidates = [...pools.values()].filter((p) => p.length >= 2)
    if (candidates.length === 0) throw new Error('cannot link enough registrations to shared minors')
    const pool = rng.pick(candidates)
    const len = Math.min(pool.length, extra >= 2 && rng.chance(0.15) ? 3 : 2)
    chains.push(pool.splice(0, len))
    extra -= len - 1
  }
  for (const pool of pools.values()) for (const i of pool) chains.push([i])

  const minors: Minor[] = chains.map((chain) => {
    const age = ages[chain[0] ?? 0] ?? 16
    return {
      gender: 'F',
      birth: birthFor(
        rng,
        chain.map((i) => dates[i] ?? ''),
        age,
      ),
      birthCountry: 'Nederland',
      links: new Map(chain.map((i) => [i, []])),
    }
  })
  const primaryOf = new Array<Minor | undefined>(n)
  for (const m of minors) for (const i of m.links.keys()) primaryOf[i] = m

  const secondaryOf = new Array<Minor | undefined>(n)
  for (const i of rng.shuffle([...Array(n).keys()]).slice(0, t.secondMinors)) {
    const age = rng.int(ages[i] ?? 12, 17)
    const m: Minor = {
      gender: 'F',
      birth: birthFor(rng, [dates[i] ?? ''], age),
      birthCountry: 'Nederland',
      links: new Map([[i, [rng.pick(SECONDARY_ROLES)]]]),
    }
    secondaryOf[i] = m
    minors.push(m)
  }

  assignPrimaryRoles(rng, minors.slice(0, primaries), t)

  for (const m of rng.shuffle(minors).slice(0, t.male)) m.gender = 'M'
  const countries = [...t.birthCountriesAbroad]
  while (countries.length < t.bornAbroad) countries.push(rng.pick(t.birthCountriesAbroad))
  rng
    .shuffle(minors)
    .slice(0, t.bornAbroad)
    .forEach((m, i) => (m.birthCountry = countries[i] ?? 'Nederland'))

  // pseudonyms: minors and adults share one numbering, in no meaningful order
  const adults = Array.from({ length: n }, () => rng.chance(t.adultSuspectShare))
  const total = minors.length + adults.filter(Boolean).length
  const numbers = rng.shuffle([...Array(total).keys()].map((k) => k + 1))
  const pseudonymOf = new Map(minors.map((m, k) => [m, `P-${String(numbers[k] ?? 0).padStart(5, '0')}`]))
  let next = minors.length

  return dates.map((date, i) => {
    const primary = primaryOf[i]
    if (primary === undefined) throw new Error('registration without a minor')
    const secondary = secondaryOf[i]
    let suspect: CorpusPerson | null = null
    if (adults[i] === true) {
      const age = rng.int(19, 42)
      suspect = {
        pseudonym: `P-${String(numbers[next++] ?? 0).padStart(5, '0')}`,
        // the templates speak of the suspect as "hij"
        gender: 'M',
        birth_year: Number(date.slice(0, 4)) - age - (rng.chance(0.5) ? 1 : 0),
        birth_country: rng.weighted(ADULT_COUNTRIES),
        resident_nl: rng.chance(0.9),
        roles: ['verdachte'],
        age,
      }
      suspect.age = ageAt(new Date(Date.UTC(suspect.birth_year, rng.int(0, 11), rng.int(1, 28))), date)
    }
    return {
      primary: toPerson(primary, i, date, pseudonymOf.get(primary) ?? ''),
      secondary: secondary ? toPerson(secondary, i, date, pseudonymOf.get(secondary) ?? '') : null,
      suspect,
    }
  })
}

function toPerson(m: Minor, i: number, date: string, pseudonym: string): CorpusPerson {
  return {
    pseudonym,
    gender: m.gender,
    birth_year: m.birth.getUTCFullYear(),
    birth_country: m.birthCountry,
    resident_nl: true,
    roles: [...(m.links.get(i) ?? [])],
    age: ageAt(m.birth, date),
  }
}

/**
 * Person roles of the primary minors: exactly `victimRegistrations` registrations with a "slachtoffer", exactly
 * `multiRole` minors whose roles over all their registrations number more than one. Secondary minors keep one
 * non-victim role, so they change neither figure.
 */
function assignPrimaryRoles(rng: Rng, primaries: Minor[], t: PersonTargets): void {
  const order = rng.shuffle(primaries)
  const multi = new Set(order.slice(0, t.multiRole))
  const singles = order.slice(t.multiRole)
  const victimSingle = new Set(singles.filter(() => rng.chance(0.55)))
  const linksOf = (ms: Iterable<Minor>): number => [...ms].reduce((s, m) => s + m.links.size, 0)
  const multiCapacity = linksOf(multi)
  // flip singles until the rest can be made exact by the multi-role minors
  for (;;) {
    const need = t.victimRegistrations - linksOf(victimSingle)
    if (need < 0) victimSingle.delete(rng.pick([...victimSingle]))
    else if (need > multiCapacity) victimSingle.add(rng.pick(singles.filter((m) => !victimSingle.has(m))))
    else break
  }
  for (const m of singles) {
    const role = victimSingle.has(m) ? 'slachtoffer' : rng.weighted(NON_VICTIM_ROLES)
    for (const i of m.links.keys()) m.links.set(i, [role])
  }
  // victim links among the multi-role minors, one step at a time
  const multis = [...multi]
  const victimLinks = new Map(multis.map((m) => [m, 0]))
  let need = t.victimRegistrations - linksOf(victimSingle)
  while (need > 0) {
    const m = rng.pick(multis.filter((x) => (victimLinks.get(x) ?? 0) < x.links.size))
    victimLinks.set(m, (victimLinks.get(m) ?? 0) + 1)
    need--
  }
  for (const m of multis) {
    const v = victimLinks.get(m) ?? 0
    const regs = rng.shuffle([...m.links.keys()])
    regs.forEach((i, k) => {
      const victim = k < v
      m.links.set(
        i,
        victim
          ? rng.chance(0.6)
            ? ['aangever', 'slachtoffer']
            : ['slachtoffer']
          : [rng.weighted(NON_VICTIM_ROLES)],
      )
    })
    // make sure the union really holds two roles
    const union = new Set([...m.links.values()].flat())
    if (union.size < 2) {
      const first = regs[0]
      const roles = first === undefined ? undefined : m.links.get(first)
      if (roles !== undefined) roles.unshift(roles.includes('aangever') ? 'benadeelde' : 'aangever')
    }
  }
}

/** A birth date that makes the minor `age` years old on every date (dates less than a year apart). */
function birthFor(rng: Rng, dates: readonly string[], age: number): Date {
  const sorted = [...dates].sort()
  const first = parseDate(sorted[0] ?? '')
  const last = parseDate(sorted[sorted.length - 1] ?? '')
  // born after last − (age+1) years and on or before first − age years
  const lo = Date.UTC(last.getUTCFullYear() - age - 1, last.getUTCMonth(), last.getUTCDate()) + DAY
  const hi = Date.UTC(first.getUTCFullYear() - age, first.getUTCMonth(), first.getUTCDate())
  for (let attempt = 0; attempt < 50; attempt++) {
    const b = new Date(lo + rng.int(0, Math.max(0, Math.floor((hi - lo) / DAY))) * DAY)
    if (dates.every((d) => ageAt(b, d) === age)) return b
  }
  throw new Error('no birth date fits the chained registrations')
}

const DAY = 86_400_000

function parseDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`)
}

export function ageAt(birth: Date, date: string): number {
  const d = parseDate(date)
  let age = d.getUTCFullYear() - birth.getUTCFullYear()
  const before =
    d.getUTCMonth() < birth.getUTCMonth() ||
    (d.getUTCMonth() === birth.getUTCMonth() && d.getUTCDate() < birth.getUTCDate())
  if (before) age--
  return age
}
