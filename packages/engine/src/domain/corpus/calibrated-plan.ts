import type { CategoryId, RoleId } from '@platformscope/contract'
import type { Rng } from './prng.ts'
import type { CalibrationTargets } from './report-2021-targets.ts'

/** One registration before it has text: when, where, and which platforms play which roles in it. */
export interface PlannedRegistration {
  year: number
  unit: string | null
  /** YYYY-MM-DD */
  date: string
  /** each counted platform once, with the union of the roles its mentions give */
  platforms: Array<{ name: string; category: CategoryId; roles: RoleId[] }>
}

/** Plausible roles for the platforms outside the report's top 10 (the report's table 3 covers only the top 10). */
const OTHER_ROLES: Readonly<Record<string, readonly RoleId[]>> = {
  Sms: ['customer_meeting', 'relationship'],
  Imessage: ['customer_meeting', 'relationship'],
  'E-mail': ['customer_meeting', 'relationship'],
  Skype: ['relationship', 'image_distribution'],
  Youtube: ['image_distribution'],
  'Chatgirl.nl': ['recruiting', 'customer_acquisition', 'relationship'],
  Bullchat: ['recruiting', 'customer_acquisition', 'relationship'],
  Chatgum: ['recruiting', 'relationship'],
  Tagged: ['recruiting', 'relationship'],
  'Fetlife.com': ['advertising', 'customer_acquisition'],
  'My Model': ['recruiting', 'advertising'],
}
const CATEGORY_ROLES: Readonly<Record<CategoryId, readonly RoleId[]>> = {
  sex_advertising: ['advertising', 'customer_acquisition'],
  dating: ['recruiting', 'customer_acquisition', 'customer_meeting', 'relationship'],
  instant_messaging: ['relationship', 'customer_meeting'],
  social_network: ['recruiting', 'relationship'],
}
const ROLE_ORDER: readonly RoleId[] = [
  'recruiting',
  'relationship',
  'advertising',
  'customer_acquisition',
  'customer_meeting',
  'image_distribution',
]

/** The roles a platform may have in the calibrated corpus: its table 3 row, or a plausible set. */
export function allowedRoles(
  targets: CalibrationTargets,
  name: string,
  category: CategoryId,
): readonly RoleId[] {
  return targets.roleRows[name] ?? OTHER_ROLES[name] ?? CATEGORY_ROLES[category]
}

interface Token {
  name: string
  category: CategoryId
  year: number
  unit: string | null
}

/**
 * Places every (platform, year) count of appendix 1 in a registration so that
 * - each platform is named in exactly its published number of registrations per year, once per registration;
 * - table 2 holds: top-10 platforms per unit cell, the other platforms per unit in total, the rest unit null;
 * - there are exactly `targets.registrations` registrations, each naming at least one platform;
 * - the roles of each top-10 platform over all its registrations are exactly its table 3 row.
 */
export function planRegistrations(rng: Rng, targets: CalibrationTargets): PlannedRegistration[] {
  const tokens: Token[] = []
  const others: Array<Omit<Token, 'unit'>> = []
  for (const p of targets.platforms) {
    const years = targets.years.flatMap((y) => Array.from({ length: p.counts[y] ?? 0 }, () => y))
    const cells = targets.unitCells[p.name]
    if (cells === undefined) {
      for (const year of years) others.push({ name: p.name, category: p.category, year })
      continue
    }
    const units = multiset(cells, years.length)
    rng
      .shuffle(years)
      .forEach((year, i) => tokens.push({ name: p.name, category: p.category, year, unit: units[i] ?? null }))
  }
  const otherUnits = multiset(targets.otherPlatformsPerUnit, others.length)
  rng.shuffle(others).forEach((t, i) => tokens.push({ ...t, unit: otherUnits[i] ?? null }))

  // group by (year, unit) and decide how many registrations each group has
  const groups = new Map<string, Token[]>()
  for (const t of tokens) {
    const key = `${t.year}|${t.unit ?? ''}`
    const g = groups.get(key)
    if (g) g.push(t)
    else groups.set(key, [t])
  }
  const plan = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
  const sizes = plan.map(([, g]) => maxMultiplicity(g))
  let total = sizes.reduce((a, b) => a + b, 0)
  if (total > targets.registrations)
    throw new Error('calibration infeasible: too few registrations for the counts')
  while (total < targets.registrations) {
    const room: Array<readonly [number, number]> = plan.map(
      ([, g], i) => [i, g.length - (sizes[i] ?? 0)] as const,
    )
    const i = rng.weighted(room.filter(([, r]) => r > 0))
    sizes[i] = (sizes[i] ?? 0) + 1
    total++
  }

  const registrations: PlannedRegistration[] = []
  plan.forEach(([, group], gi) => {
    const n = sizes[gi] ?? 1
    // same platform contiguous, dealt round-robin: no registration gets a platform twice
    const counts = new Map<string, number>()
    for (const t of group) counts.set(t.name, (counts.get(t.name) ?? 0) + 1)
    const ordered = rng
      .shuffle(group)
      .sort(
        (a, b) =>
          (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0) ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      )
    const bins: Token[][] = Array.from({ length: n }, () => [])
    const offset = rng.int(0, n - 1)
    ordered.forEach((t, i) => bins[(i + offset) % n]?.push(t))
    for (const bin of bins) {
      const first = bin[0]
      if (first === undefined) throw new Error('empty registration in plan')
      registrations.push({
        year: first.year,
        unit: first.unit,
        date: '',
        platforms: bin.map((t) => ({ name: t.name, category: t.category, roles: [] })),
      })
    }
  })

  assignRoles(rng, targets, registrations)
  assignDates(rng, registrations)
  return registrations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** A multiset of unit names from per-unit counts, padded with null (no attributable unit) to `size`. */
function multiset(perUnit: Readonly<Record<string, number>>, size: number): Array<string | null> {
  const out: Array<string | null> = []
  for (const [unit, n] of Object.entries(perUnit)) for (let i = 0; i < n; i++) out.push(unit)
  if (out.length > size) throw new Error('calibration infeasible: unit cells exceed the platform total')
  while (out.length < size) out.push(null)
  return out
}

function maxMultiplicity(group: readonly Token[]): number {
  const counts = new Map<string, number>()
  let max = 0
  for (const t of group) {
    const n = (counts.get(t.name) ?? 0) + 1
    counts.set(t.name, n)
    max = Math.max(max, n)
  }
  return max
}

function assignRoles(rng: Rng, targets: CalibrationTargets, registrations: PlannedRegistration[]): void {
  const byPlatform = new Map<string, Array<{ roles: RoleId[] }>>()
  for (const r of registrations) {
    for (const p of r.platforms) {
      const allowed = allowedRoles(targets, p.name, p.category)
      const k = Math.min(
        allowed.length,
        rng.weighted([
          [1, 60],
          [2, 30],
          [3, 10],
        ] as const),
      )
      p.roles = rng.shuffle(allowed).slice(0, k)
      const list = byPlatform.get(p.name)
      if (list) list.push(p)
      else byPlatform.set(p.name, [p])
    }
  }
  // every role of a table 3 row occurs for its platform
  for (const [name, row] of Object.entries(targets.roleRows)) {
    const pairs = byPlatform.get(name) ?? []
    const seen = new Set(pairs.flatMap((p) => p.roles))
    for (const role of row) {
      if (seen.has(role)) continue
      const pair = rng.pick(pairs)
      pair.roles.push(role)
      seen.add(role)
    }
  }
  for (const r of registrations)
    for (const p of r.platforms) p.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))
}

function assignDates(rng: Rng, registrations: PlannedRegistration[]): void {
  for (const r of registrations) {
    // Speurders.nl closed on 1 November 2020: a registration naming it is dated before that
    const lastMonth = r.year === 2020 && r.platforms.some((p) => p.name === 'Speurders.nl') ? 10 : 12
    const month = rng.int(1, lastMonth)
    const day = rng.int(1, daysInMonth(r.year, month))
    r.date = `${r.year}-${pad(month)}-${pad(day)}`
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function pad(n: number): string {
  return String(n).padStart(2, '0')
}
