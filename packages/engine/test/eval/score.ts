import type { ExtractOutput } from '@platformscope/contract'

/** Gold annotation of one record (devset `gold`, calibrated corpus `truth`). */
export interface GoldRecord {
  id: string
  mentions: Array<{
    start: number
    end: number
    surface: string
    platform: string | null
    in_catalogue: boolean
    kind: 'named' | 'generic' | 'unclear'
    negated: boolean
    roles: string[]
  }>
  persons?: Array<{ age: number | null }>
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export const FIELDS = ['named', 'generic', 'unclear', 'negation', 'roles', 'platform_sets', 'person_ages'] as const
export type Field = (typeof FIELDS)[number]
export type Scores = Record<Field, Counts>

type Gm = GoldRecord['mentions'][number]
type Pm = ExtractOutput['mentions'][number]

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })
export const emptyScores = (): Scores => Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Scores

/** adds `from` to `into` */
export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp
  into.fp += from.fp
  into.fn += from.fn
}

/** adds every field of `from` to `into` */
export function addScores(into: Scores, from: Scores): void {
  for (const f of FIELDS) addCounts(into[f], from[f])
}

/** Pairs gold and predicted mentions whose spans overlap, largest overlap first; each used at most once. */
export function alignMentions(gold: readonly Gm[], pred: readonly Pm[]): Array<[number, number]> {
  const pairs: Array<{ g: number; p: number; overlap: number }> = []
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start)
      if (overlap > 0) pairs.push({ g: gi, p: pi, overlap })
    }),
  )
  pairs.sort((x, y) => y.overlap - x.overlap)
  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const out: Array<[number, number]> = []
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue
    usedG.add(g)
    usedP.add(p)
    out.push([g, p])
  }
  return out
}

/** Role id → counts, for the per-role breakdown of the roles field. */
export type RoleCounts = Record<string, Counts>

/** counts one (mention, role) pair of role `role` as `k` (none without `byRole`) */
export const countRole = (byRole: RoleCounts | undefined, role: string, k: keyof Counts): void => {
  if (!byRole) return
  byRole[role] ??= zero()
  byRole[role][k]++
}

/** adds every role's counts of `from` to `into` */
export function addRoleCounts(into: RoleCounts, from: RoleCounts): void {
  for (const [role, c] of Object.entries(from)) addCounts((into[role] ??= zero()), c)
}

/**
 * Adds one record's counts to `s` (and, when given, the roles field's counts per role to `byRole`).
 * Returns the per-mention disagreements for error listings.
 */
export function scoreRecord(s: Scores, gold: GoldRecord, pred: ExtractOutput, byRole?: RoleCounts): string[] {
  const issues: string[] = []
  const pairs = alignMentions(gold.mentions, pred.mentions)
  const gOf = new Map(pairs.map(([g, p]) => [g, p]))
  const pOf = new Map(pairs.map(([g, p]) => [p, g]))
  const show = (m: Gm | Pm): string => `"${m.surface}"@${m.start} ${m.kind}${m.platform ? `:${m.platform}` : ''}${m.negated ? ' NEG' : ''} [${m.roles.join(',')}]`

  for (const kind of ['named', 'generic', 'unclear'] as const) {
    const c = s[kind]
    gold.mentions.forEach((g, gi) => {
      if (g.kind !== kind) return
      const pi = gOf.get(gi)
      const p = pi === undefined ? undefined : pred.mentions[pi]
      const ok = p !== undefined && p.kind === kind && (kind !== 'named' || p.platform === g.platform)
      if (ok) c.tp++
      else {
        c.fn++
        issues.push(`miss ${kind}: gold ${show(g)}${p ? ` ≠ pred ${show(p)}` : ''}`)
      }
    })
    pred.mentions.forEach((p, pi) => {
      if (p.kind !== kind) return
      const gi = pOf.get(pi)
      const g = gi === undefined ? undefined : gold.mentions[gi]
      const ok = g !== undefined && g.kind === kind && (kind !== 'named' || p.platform === g.platform)
      if (!ok) {
        c.fp++
        if (!g) issues.push(`extra ${kind}: pred ${show(p)}`)
      }
    })
  }

  // negation and roles over aligned mentions; unaligned ones count against both sides
  gold.mentions.forEach((g, gi) => {
    const pi = gOf.get(gi)
    const p = pi === undefined ? undefined : pred.mentions[pi]
    if (g.negated) {
      if (p?.negated) s.negation.tp++
      else {
        s.negation.fn++
        if (p) issues.push(`negation missed: ${show(g)}`)
      }
    } else if (p?.negated) {
      s.negation.fp++
      issues.push(`negation extra: ${show(p)}`)
    }
    const pr = new Set<string>(p?.roles ?? [])
    for (const r of g.roles) {
      if (pr.has(r)) {
        s.roles.tp++
        countRole(byRole, r, 'tp')
      } else {
        s.roles.fn++
        countRole(byRole, r, 'fn')
        if (p) issues.push(`role missed ${r}: ${show(g)}`)
      }
    }
    for (const r of pr) {
      if (!g.roles.includes(r)) {
        s.roles.fp++
        countRole(byRole, r, 'fp')
        issues.push(`role extra ${r}: ${show(g)}`)
      }
    }
  })
  pred.mentions.forEach((p, pi) => {
    if (pOf.has(pi)) return
    if (p.negated) s.negation.fp++
    s.roles.fp += p.roles.length
    for (const r of p.roles) countRole(byRole, r, 'fp')
  })

  const platforms = (ms: ReadonlyArray<Gm | Pm>): Set<string> =>
    new Set(ms.filter((m) => m.kind === 'named' && !m.negated && m.platform).map((m) => m.platform ?? ''))
  const gp = platforms(gold.mentions)
  const pp = platforms(pred.mentions)
  for (const x of gp) {
    if (pp.has(x)) s.platform_sets.tp++
    else s.platform_sets.fn++
  }
  for (const x of pp) if (!gp.has(x)) s.platform_sets.fp++

  if (gold.persons) {
    const ga = gold.persons.map((p) => p.age).filter((a): a is number => a !== null)
    const pa = pred.persons.map((p) => p.age).filter((a): a is number => a !== null)
    const left = [...pa]
    for (const a of ga) {
      const i = left.indexOf(a)
      if (i >= 0) {
        s.person_ages.tp++
        left.splice(i, 1)
      } else s.person_ages.fn++
    }
    s.person_ages.fp += left.length
  }
  return issues
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

const countsRow = (name: string, c: Counts, width = 14): string => {
  const { p, r, f1 } = prf(c)
  return `${name.padEnd(width)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}`
}

export function formatScores(title: string, s: Scores): string {
  return [`${title}`, 'field            tp    fp    fn   prec  recall   F1', ...FIELDS.map((f) => countsRow(f, s[f]))].join('\n')
}

/** The roles field per role, in the order given (roles never seen on either side are left out). */
export function formatRoleScores(byRole: RoleCounts, order: readonly string[]): string {
  const rows = order.filter((r) => byRole[r]).map((r) => countsRow(`  ${r}`, byRole[r] as Counts, 22))
  return ['roles by role            tp    fp    fn   prec  recall   F1', ...rows].join('\n')
}
