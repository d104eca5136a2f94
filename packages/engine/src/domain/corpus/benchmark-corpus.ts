import type { CategoryId, RoleId } from '@platformscope/contract'
import { allowedRoles, daysInMonth, pad } from './calibrated-plan.ts'
import { OUTSIDE_ROLES } from './calibrated-corpus.ts'
import { composeNarrative } from './compose-narrative.ts'
import type { CorpusPerson, CorpusRecord } from './corpus-record.ts'
import { VULNERABILITY_TEMPLATES } from './phrases.ts'
import { OUTSIDE_CATALOGUE_FORMS } from './platform-forms.ts'
import { createRng, type Rng } from './prng.ts'
import { REPORT_2021_TARGETS } from './report-2021-targets.ts'

export interface BenchmarkUnit {
  name: string
  aliases: readonly string[]
}

/**
 * How often a platform turns up in registrations of a year (relative weight). The mix drifts: Facebook and Kik
 * fade, Snapchat and Telegram rise, Speurders.nl disappears after its closure (1 November 2020), and platforms
 * outside the catalogue appear (TikTok from 2018, OnlyFans from 2019, BeReal from 2022).
 */
const DRIFT: ReadonlyArray<readonly [string, (year: number) => number]> = [
  ['WhatsApp', () => 30],
  ['Snapchat', (y) => ramp(y, 2015, 5, 2020, 30)],
  ['Instagram', (y) => ramp(y, 2015, 10, 2021, 22)],
  ['Facebook', (y) => ramp(y, 2015, 25, 2024, 3)],
  ['Telegram', (y) => (y < 2017 ? 0 : ramp(y, 2017, 2, 2022, 16))],
  ['Kik Messenger', (y) => ramp(y, 2015, 8, 2024, 1)],
  ['Sexjobs.nl', (y) => ramp(y, 2015, 15, 2024, 8)],
  ['Kinky.nl', () => 6],
  ['Speurders.nl', (y) => (y <= 2020 ? 5 : 0)],
  ['Badoo', (y) => ramp(y, 2015, 6, 2024, 1)],
  ['Tinder', () => 3],
  ['Grinder', () => 1],
  ['Sms', (y) => ramp(y, 2015, 6, 2024, 1)],
  ['E-mail', () => 1.5],
  ['Skype', (y) => ramp(y, 2015, 2, 2022, 0.2)],
  ['Eromarkt.nl', (y) => ramp(y, 2015, 3, 2019, 0.3)],
  ['Sexmarkt.nl', (y) => ramp(y, 2015, 2, 2021, 0.3)],
  ['SDC.com', () => 0.5],
  ['Chatgirl.nl', () => 0.5],
  ['Marktplaats', () => 0.8],
  ['Youtube', () => 0.5],
  ['HotorNot', (y) => (y < 2019 ? 0.5 : 0.1)],
  ['Imessage', () => 0.4],
  ['Suikerarrangement.nl', () => 0.4],
  ['Seeking.com', (y) => (y < 2018 ? 0.1 : 0.5)],
  ['Seekingarrangement.nl', (y) => (y < 2019 ? 0.5 : 0.1)],
  ['Sudy', () => 0.2],
  ['Luxy', () => 0.2],
  ['Richmeetbeautiful.nl', () => 0.2],
  ['Sugardaters.nl', () => 0.3],
  ['Tagged', () => 0.2],
  ['Girls4u.nl', () => 0.2],
  ['Jaumo', () => 0.2],
  ['Bullchat', () => 0.2],
  ['Redlights.nl', () => 0.3],
  ['Binkdate', () => 0.2],
  ['Fetlife.com', () => 0.2],
  ['My Model', () => 0.2],
  ['Chatgum', () => 0.2],
  ['TikTok', (y) => (y < 2018 ? 0 : ramp(y, 2018, 1, 2023, 18))],
  ['Discord', (y) => (y < 2018 ? 0 : ramp(y, 2018, 0.5, 2023, 5))],
  ['OnlyFans', (y) => (y < 2019 ? 0 : ramp(y, 2019, 0.5, 2023, 6))],
  ['BeReal', (y) => (y < 2022 ? 0 : 2)],
  ['Yubo', (y) => (y < 2019 ? 0 : 1.5)],
  ['Hyves', (y) => (y < 2016 ? 0.5 : 0)],
  ['Omegle', (y) => (y >= 2020 && y <= 2023 ? 1 : 0.1)],
  ['Wickr', () => 0.5],
  ['Twitter', () => 0.8],
]

function ramp(y: number, y0: number, w0: number, y1: number, w1: number): number {
  if (y <= y0) return w0
  if (y >= y1) return w1
  return w0 + ((w1 - w0) * (y - y0)) / (y1 - y0)
}

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]
/** more registrations in later years */
const YEAR_WEIGHTS = YEARS.map((y) => [y, 6 + (y - 2015)] as const)
const CLASSES: ReadonlyArray<readonly [readonly [string, string], number]> = [
  [['F561', 'binnenlandse seksuele uitbuiting'], 55],
  [['F561', 'grensoverschrijdende seksuele uitbuiting'], 12],
  [['F562', 'arbeidsuitbuiting'], 13],
  [['F563', 'criminele uitbuiting'], 12],
  [['F560', 'overige uitbuiting'], 8],
]
const COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['Nederland', 85],
  ['Roemenië', 2],
  ['Bulgarije', 2],
  ['Polen', 2],
  ['Marokko', 2],
  ['Suriname', 2],
  ['Nigeria', 1],
  ['Eritrea', 1],
  ['Duitsland', 1],
  ['België', 1],
  ['Colombia', 1],
]
const DENIABLE = ['WhatsApp', 'Snapchat', 'Instagram', 'Facebook', 'Telegram', 'Tinder', 'TikTok', 'Badoo']
const OUTSIDE = new Set(OUTSIDE_CATALOGUE_FORMS.map((f) => f.name))
const RECENT_PERSONS = 5000

/**
 * N registrations for benchmarks, one at a time (constant memory): 2015–2024, all police units (sometimes by
 * alias, sometimes none), several societal classes, adults as well as minors, a drifting platform mix with
 * platforms outside the catalogue, and a long-tailed narrative length. Same record format and ground truth as
 * the calibrated corpus. Deterministic for a seed.
 */
export function* benchmarkRecords(
  count: number,
  seed: string | number,
  units: readonly BenchmarkUnit[],
  categoryOf: (platform: string) => CategoryId | undefined,
): Generator<CorpusRecord> {
  const rng = createRng(`benchmark:${seed}`)
  const mixByYear = new Map(
    YEARS.map((y) => [y, DRIFT.map(([name, w]) => [name, w(y)] as const).filter(([, w]) => w > 0)] as const),
  )
  const vulnerabilityIds = Object.keys(VULNERABILITY_TEMPLATES)
  const recent: Array<{
    pseudonym: string
    gender: 'F' | 'M'
    birth: number
    country: string
    resident: boolean
  }> = []
  let nextPerson = 1

  for (let i = 0; i < count; i++) {
    const year = rng.weighted(YEAR_WEIGHTS)
    const month = rng.int(1, 12)
    const date = `${year}-${pad(month)}-${pad(rng.int(1, daysInMonth(year, month)))}`
    const mix = (mixByYear.get(year) ?? []).filter(([name]) => name !== 'Speurders.nl' || date < '2020-11-01')

    const nPlatforms = rng.weighted([
      [0, 38],
      [1, 34],
      [2, 17],
      [3, 8],
      [4, 3],
    ] as const)
    const chosen = new Set<string>()
    for (let k = 0; k < nPlatforms * 3 && chosen.size < nPlatforms; k++) chosen.add(rng.weighted(mix))
    const platforms: Array<{ name: string; roles: RoleId[] }> = []
    const outside: Array<{ name: string; roles: RoleId[] }> = []
    for (const name of chosen) {
      if (OUTSIDE.has(name)) {
        outside.push({ name, roles: rolesFor(rng, OUTSIDE_ROLES[name] ?? []) })
        continue
      }
      const category = categoryOf(name)
      if (category === undefined) continue
      const allowed = allowedRoles(REPORT_2021_TARGETS, name, category)
      platforms.push({ name, roles: rolesFor(rng, allowed, 1) })
    }

    // the person the narrative is about: a minor in most registrations, sometimes someone seen before
    const minor = rng.chance(0.72)
    const age = minor
      ? rng.weighted([
          [12, 2],
          [13, 4],
          [14, 10],
          [15, 17],
          [16, 27],
          [17, 40],
        ] as const)
      : rng.int(18, 34)
    let base = recent.length > 0 && rng.chance(0.12) ? rng.pick(recent) : undefined
    if (base === undefined) {
      base = {
        pseudonym: `P-${String(nextPerson++).padStart(7, '0')}`,
        gender: rng.chance(0.93) ? 'F' : 'M',
        birth: year - age - (rng.chance(0.5) ? 1 : 0),
        country: rng.weighted(COUNTRIES),
        resident: rng.chance(0.96),
      }
      if (recent.length < RECENT_PERSONS) recent.push(base)
      else recent[rng.int(0, RECENT_PERSONS - 1)] = base
    }
    const primaryAge = Math.max(0, year - base.birth - (rng.chance(0.5) ? 1 : 0))
    const victim = rng.chance(0.6)
    const primary: CorpusPerson = {
      pseudonym: base.pseudonym,
      gender: base.gender,
      birth_year: base.birth,
      birth_country: base.country,
      resident_nl: base.resident,
      roles: victim
        ? rng.chance(0.4)
          ? ['aangever', 'slachtoffer']
          : ['slachtoffer']
        : [rng.pick(['betrokkene', 'aangever', 'melder', 'benadeelde'])],
      age: primaryAge,
    }
    let suspect: CorpusPerson | null = null
    if (rng.chance(0.4)) {
      const sAge = rng.int(19, 45)
      suspect = {
        pseudonym: `P-${String(nextPerson++).padStart(7, '0')}`,
        // the templates speak of the suspect as "hij"
        gender: 'M',
        birth_year: year - sAge,
        birth_country: rng.weighted(COUNTRIES),
        resident_nl: rng.chance(0.85),
        roles: ['verdachte'],
        age: sAge,
      }
    }

    const counted = new Set(platforms.map((p) => p.name))
    const long = rng.chance(0.03)
    const narrative = composeNarrative(rng, {
      date,
      primary,
      secondary: null,
      suspect,
      platforms,
      repeatWithoutRole: platforms.length > 0 && rng.chance(0.2) ? [rng.pick(platforms).name] : [],
      negated: rng.chance(0.1) ? DENIABLE.filter((d) => !counted.has(d) && !chosen.has(d)).slice(0, 1) : [],
      outside,
      generic: rng.weighted([
        [0, 82],
        [1, 15],
        [2, 3],
      ] as const),
      unclear: rng.chance(0.03) ? 1 : 0,
      vulnerabilities: rng.shuffle(vulnerabilityIds).slice(
        0,
        rng.weighted([
          [0, 40],
          [1, 30],
          [2, 20],
          [3, 10],
        ] as const),
      ),
      fillers: long ? rng.int(25, 90) : Math.min(30, Math.floor(Math.exp(0.6 + rng.next() * 2.2))),
    })

    const [societalClass, form] = rng.weighted(CLASSES)
    const unitPick = rng.chance(0.06) ? null : rng.pick(units)
    const unit =
      unitPick === null
        ? null
        : rng.chance(0.1) && unitPick.aliases.length > 0
          ? rng.pick(unitPick.aliases)
          : unitPick.name
    const persons = [primary]
    if (suspect) persons.push(suspect)
    yield {
      id: `REG-${year}-${String(i + 1).padStart(8, '0')}`,
      source: 'benchmark',
      text: narrative.text,
      date,
      unit,
      societal_class: societalClass,
      exploitation_form: form,
      scope: rng.chance(0.08) ? 'onderzoek' : 'registratie',
      persons,
      truth: { mentions: narrative.mentions, vulnerabilities: narrative.vulnerabilities },
    }
  }
}

function rolesFor(rng: Rng, allowed: readonly RoleId[], min = 0): RoleId[] {
  if (allowed.length === 0) return []
  const k = Math.max(
    min,
    Math.min(
      allowed.length,
      rng.weighted([
        [0, 15],
        [1, 55],
        [2, 25],
        [3, 5],
      ] as const),
    ),
  )
  return rng.shuffle(allowed).slice(0, k)
}
