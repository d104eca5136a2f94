import type { RoleId } from '@platformscope/contract'
import { composeNarrative } from './compose-narrative.ts'
import type { CorpusPerson, CorpusRecord } from './corpus-record.ts'
import { planRegistrations } from './calibrated-plan.ts'
import { planPersons } from './persons-plan.ts'
import { VULNERABILITY_TEMPLATES } from './phrases.ts'
import { createRng, type Rng } from './prng.ts'
import { REPORT_2021_TARGETS, type CalibrationTargets } from './report-2021-targets.ts'

export const DEFAULT_SEED = 'emm-2021'

/** Platforms outside the catalogue and the roles a narrative may give them. */
export const OUTSIDE_ROLES: Readonly<Record<string, readonly RoleId[]>> = {
  TikTok: ['recruiting', 'relationship'],
  Discord: ['recruiting', 'relationship'],
  OnlyFans: ['advertising', 'image_distribution'],
  Twitter: ['advertising'],
  Omegle: ['recruiting'],
  Viber: ['relationship', 'customer_meeting'],
  Wickr: ['customer_meeting'],
  Roblox: ['recruiting'],
  Tumblr: ['image_distribution'],
  Hyves: [],
  BeReal: ['relationship'],
  Yubo: ['recruiting', 'relationship'],
}

/** BeReal did not exist yet in 2017–2020, Hyves no longer. */
const CALIBRATED_OUTSIDE = Object.keys(OUTSIDE_ROLES).filter((name) => name !== 'BeReal' && name !== 'Hyves')

/** Catalogue platforms a narrative is likely to deny ("er was geen contact via Facebook"). */
const DENIABLE: ReadonlyArray<readonly [string, number]> = [
  ['WhatsApp', 4],
  ['Snapchat', 5],
  ['Instagram', 5],
  ['Facebook', 5],
  ['Telegram', 2],
  ['Kik Messenger', 2],
  ['Tinder', 2],
  ['Badoo', 2],
  ['Sexjobs.nl', 2],
  ['Skype', 1],
  ['TikTok', 2],
  ['Discord', 1],
]

/**
 * The calibrated corpus: 210 registrations (2017–2020) whose ground truth reproduces every figure of the 2021
 * EMM report. Counting definitions (the picture counts the same way; test/support/report-figures.ts states them
 * in full): a registration names platform P when it has a mention with kind "named", in_catalogue true,
 * negated false and platform P — however many; every such (registration, platform) pair also has at least one
 * mention with a role. Deterministic for a seed.
 */
export function generateCalibratedCorpus(
  seed: string | number = DEFAULT_SEED,
  targets: CalibrationTargets = REPORT_2021_TARGETS,
): CorpusRecord[] {
  const root = createRng(`calibrated:${seed}`)
  const planned = planRegistrations(root.fork('platforms'), targets)
  const people = planPersons(
    root.fork('persons'),
    planned.map((r) => r.date),
    {
      registrations: targets.registrations,
      minors: targets.persons.minors,
      multiRole: targets.persons.multiRole,
      victimRegistrations: Math.round(
        (targets.persons.victimRegistrationsPercent / 100) * targets.registrations,
      ),
      male: targets.persons.male,
      youngestAgeCounts: targets.persons.youngestAgeCounts,
      bornAbroad: targets.persons.bornAbroad,
      birthCountriesAbroad: targets.persons.birthCountriesAbroad,
      secondMinors: 12,
      adultSuspectShare: 0.35,
    },
  )
  const extras = root.fork('extras')
  const generic = spread(extras, targets.genericMentions, planned.length, 2)
  const unclear = spread(extras, targets.unclearMentions, planned.length, 1)
  const text = root.fork('text')
  const perYear = new Map<number, number>()

  return planned.map((r, i) => {
    const rng = text.fork(String(i))
    const seq = (perYear.get(r.year) ?? 0) + 1
    perYear.set(r.year, seq)
    const counted = new Set(r.platforms.map((p) => p.name))
    const persons = people[i]
    if (persons === undefined) throw new Error('persons plan too short')
    const outside = rng.chance(0.16) ? [rng.pick(CALIBRATED_OUTSIDE)] : []
    const negated: string[] = []
    const negations = rng.weighted([
      [0, 70],
      [1, 25],
      [2, 5],
    ] as const)
    for (let k = 0; k < negations; k++) {
      const options = DENIABLE.filter(
        ([name]) => !counted.has(name) && !negated.includes(name) && !outside.includes(name),
      )
      negated.push(rng.weighted(options))
    }
    const narrative = composeNarrative(rng, {
      date: r.date,
      primary: persons.primary,
      secondary: persons.secondary,
      suspect: persons.suspect,
      platforms: r.platforms,
      repeatWithoutRole: rng.chance(0.25) ? [rng.pick(r.platforms).name] : [],
      negated,
      outside: outside.map((name) => ({ name, roles: rng.chance(0.6) ? (OUTSIDE_ROLES[name] ?? []) : [] })),
      generic: generic[i] ?? 0,
      unclear: unclear[i] ?? 0,
      vulnerabilities: rng.shuffle(Object.keys(VULNERABILITY_TEMPLATES)).slice(
        0,
        rng.weighted([
          [0, 25],
          [1, 35],
          [2, 28],
          [3, 12],
        ] as const),
      ),
      fillers: rng.int(1, 4),
    })
    const registrationPersons: CorpusPerson[] = [persons.primary]
    if (persons.secondary) registrationPersons.push(persons.secondary)
    if (persons.suspect) registrationPersons.push(persons.suspect)
    return {
      id: `CAL-${r.year}-${String(seq).padStart(4, '0')}`,
      source: 'calibrated',
      text: narrative.text,
      date: r.date,
      unit: r.unit !== null && rng.chance(0.12) ? unitAlias(rng, r.unit) : r.unit,
      societal_class: 'F561',
      exploitation_form: 'binnenlandse seksuele uitbuiting',
      scope: rng.chance(0.1) ? 'onderzoek' : 'registratie',
      persons: registrationPersons,
      truth: { mentions: narrative.mentions, vulnerabilities: narrative.vulnerabilities },
    }
  })
}

/** How exports often write a unit: "eenheid rotterdam", "zeeland west brabant" (aliases the catalogue knows). */
function unitAlias(rng: Rng, unit: string): string {
  return rng.chance(0.5) ? `eenheid ${unit.toLowerCase()}` : unit.replace(/-/g, ' ').toLowerCase()
}

/** `total` items over `slots` slots, at most `max` per slot. */
function spread(rng: Rng, total: number, slots: number, max: number): number[] {
  const out = new Array<number>(slots).fill(0)
  for (let k = 0; k < total; k++) {
    const open = [...out.keys()].filter((i) => (out[i] ?? 0) < max)
    const i = rng.pick(open)
    out[i] = (out[i] ?? 0) + 1
  }
  return out
}
