// Shared by train-roles.ts and loao-roles.ts: the annotator groups, their records, and the learned role scorer's
// training examples and role counts. Dev-set files are named one by one (never a glob).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS } from '@platformscope/contract'
import type { RoleExample } from '../../src/domain/extraction/create-extractor.ts'
import type { RoleModelData } from '../../src/domain/extraction/role-model.ts'
import { scoreMention, thresholdOf } from '../../src/domain/extraction/role-model.ts'
import { cueScore, fitStacks, trainRoleModel, type RoleTrainingExample, type StackPoint } from '../../src/domain/extraction/train-role-model.ts'
import { canGive } from '../../src/domain/extraction/role-features.ts'
import { CHOOSE_PER_ROLE, GRID, ITERATIONS, PER_ROLE_THRESHOLDS, type Config } from './role-config.ts'
import type { FeatureVariant } from '../../src/domain/extraction/role-features.ts'
import { addCounts, addRoleCounts, alignMentions, countRole, type Counts, type GoldRecord, type RoleCounts } from './score.ts'
import { generateCalibratedCorpus } from '../../src/domain/corpus/calibrated-corpus.ts'
import { SEALED_SETS, annotatorGroups } from './devset/sets.mjs'

/** Each group is one annotator's text (tune and held-out sets they wrote); the sealed sets are never training data. */
export const ANNOTATOR_GROUPS: ReadonlyArray<{ name: string; sets: readonly string[] }> = annotatorGroups().filter(
  (g) => !g.sets.some((s) => SEALED_SETS.includes(s)),
)

export interface DevRecord {
  id: string
  text: string
  date?: string
  gold: GoldRecord
}

export function readDevSet(name: string): DevRecord[] {
  const file = fileURLToPath(new URL(`./devset/${name}.jsonl`, import.meta.url))
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; date?: string; gold: GoldRecord }
      return { id: r.id, text: r.text, date: r.date, gold: { ...r.gold, id: r.id } }
    })
}

/** One record as the scorer sees it: the rules' mentions (with features) and the annotator's gold. */
/** the name of the calibrated corpus's group, and of its entry in a model file's training sets */
export const CALIBRATED_GROUP = 'calibrated'

/**
 * Every annotator group's records, each marked as from a held-out set or not (the rules were never tuned on those),
 * then the calibrated corpus (the report's cases with the truth of every mention) as training text only: it has no
 * held-out records, so it is never scored as a left-out group, and it teaches the scorer the phrasing whose roles the
 * golden test of the picture compares with figures.json.
 */
export function readAnnotatorGroups(): Array<{ name: string; sets: readonly string[]; records: DevRecord[]; held: boolean[] }> {
  const annotators = ANNOTATOR_GROUPS.map((g) => {
    const parts = g.sets.map((s) => ({ held: s.startsWith('heldout'), records: readDevSet(s) }))
    return { name: g.name, sets: g.sets, records: parts.flatMap((p) => p.records), held: parts.flatMap((p) => p.records.map(() => p.held)) }
  })
  const calibrated = [...generateCalibratedCorpus()].map((r) => ({
    id: r.id,
    text: r.text,
    date: r.date ?? undefined,
    gold: { id: r.id, mentions: r.truth.mentions },
  }))
  return [...annotators, { name: CALIBRATED_GROUP, sets: [CALIBRATED_GROUP], records: calibrated, held: calibrated.map(() => false) }]
}

/**
 * A configuration given on the command line as `l2,variant,combine,threshold`; threshold `per-role`: one threshold
 * per role, chosen by leave-one-annotator-out over the training groups (chooseConfig on this config alone).
 */
export function parseConfig(text: string): { cfg: Config; perRole: boolean } {
  const [l2, variant, combine, threshold] = text.split(',')
  const perRole = threshold === 'per-role'
  const cfg = { l2: Number(l2), variant: variant as FeatureVariant, combine: combine as Config['combine'], threshold: perRole ? NaN : Number(threshold) }
  if (!Number.isFinite(cfg.l2) || !(perRole || (cfg.threshold > 0 && cfg.threshold < 1))) throw new Error(`--config ${text}: l2,variant,combine,threshold`)
  return { cfg, perRole }
}

export interface RecordExamples {
  gold: GoldRecord
  mentions: RoleExample[]
}

export function recordExamples(read: (text: string) => RoleExample[], records: readonly DevRecord[]): RecordExamples[] {
  return records.map((r) => ({ gold: r.gold, mentions: read(r.text) }))
}

/** gold roles per predicted mention (by the scorer's span alignment); none for a mention the annotator did not mark */
function goldRoles(r: RecordExamples): Array<Set<RoleId>> {
  const out = r.mentions.map(() => new Set<RoleId>())
  for (const [g, p] of alignMentions(r.gold.mentions, r.mentions.map(asPred))) {
    const gm = r.gold.mentions[g]
    if (gm && !gm.negated) for (const role of gm.roles) out[p]?.add(role as RoleId)
  }
  return out
}

export function trainingExamples(records: readonly RecordExamples[]): RoleTrainingExample[] {
  const out: RoleTrainingExample[] = []
  for (const r of records) {
    const gold = goldRoles(r)
    r.mentions.forEach((m, i) => {
      if (m.features) out.push({ features: m.features, gold: gold[i] ?? new Set() })
    })
  }
  return out
}

/** the roles the scorer gives (no model: the rules' roles), as the extractor does */
export function predictedRoles(m: RoleExample, model: RoleModelData | undefined): RoleId[] {
  if (m.negated) return []
  if (!model || !m.features) return m.roles
  const f = m.features
  return scoreMention(model, f, ROLE_IDS.map((r) => thresholdOf(model, r)))
    .filter((d) => d.evidence)
    .map((d) => d.role)
    .sort((x, y) => ROLE_IDS.indexOf(x) - ROLE_IDS.indexOf(y))
}

function asPred(m: RoleExample): { start: number; end: number; surface: string; platform: null; in_catalogue: boolean; kind: 'named'; negated: boolean; roles: RoleId[]; confidence: number } {
  return { start: m.start, end: m.end, surface: '', platform: null, in_catalogue: true, kind: 'named', negated: m.negated, roles: m.roles, confidence: 1 }
}

/** Role tp/fp/fn exactly as score.ts counts them, with the given model's roles. */
export function roleCounts(records: readonly RecordExamples[], model: RoleModelData | undefined): Counts {
  return sumCounts(roleCountsByRole(records, model))
}

/** roleCounts, per role (every role of ROLE_IDS present, and any other role an annotator gave) */
export function roleCountsByRole(records: readonly RecordExamples[], model: RoleModelData | undefined): RoleCounts {
  const by: RoleCounts = Object.fromEntries(ROLE_IDS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]))
  for (const r of records) {
    const preds = r.mentions.map((m) => predictedRoles(m, model))
    const pairs = alignMentions(r.gold.mentions, r.mentions.map(asPred))
    const pOf = new Map(pairs.map(([g, p]) => [g, p]))
    const aligned = new Set(pairs.map(([, p]) => p))
    r.gold.mentions.forEach((g, gi) => {
      const pi = pOf.get(gi)
      const pr = new Set<string>(pi === undefined ? [] : (preds[pi] ?? []))
      for (const role of g.roles) countRole(by, role, pr.has(role) ? 'tp' : 'fn')
      for (const role of pr) if (!g.roles.includes(role)) countRole(by, role, 'fp')
    })
    preds.forEach((p, i) => {
      if (!aligned.has(i)) for (const role of p) countRole(by, role, 'fp')
    })
  }
  return by
}

export const f1 = (c: Counts): number => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn))

/** One annotator group's records, as examples, with which of them come from held-out sets (never tuned on). */
export interface GroupExamples {
  name: string
  records: RecordExamples[]
  held: boolean[]
  /** the dev-set files, for the model file's training list */
  sets: readonly string[]
}

/**
 * Trains a model on `groups` with `cfg`. Stacked: the cue model is trained on every group; each group's held-out
 * records are scored by a cue model trained on the other groups, and the stack is fitted on those scores, so that
 * the weight of the rules' decision is what it is on text the rules were never tuned on.
 */
export function trainModel(groups: readonly GroupExamples[], cfg: Config, name: string, note: string, enabled: boolean): RoleModelData {
  const opts = (g: readonly GroupExamples[]): Parameters<typeof trainRoleModel>[1] => ({
    model: name,
    note,
    variant: cfg.variant,
    combine: cfg.combine,
    trainingSets: g.flatMap((x) => x.sets),
    l2: cfg.l2,
    iterations: ITERATIONS,
    threshold: cfg.threshold,
    thresholds: cfg.thresholds,
    enabled,
  })
  const model = trainRoleModel(trainingExamples(groups.flatMap((g) => g.records)), opts(groups))
  if (cfg.combine === 'joint') return model
  const points = new Map<RoleId, StackPoint[]>(ROLE_IDS.map((r) => [r, []]))
  const stackSets: string[] = []
  groups.forEach((g, j) => {
    const held = g.records.filter((_, k) => g.held[k])
    if (held.length === 0) return
    stackSets.push(...g.sets.filter((s) => s.startsWith('heldout')))
    const others = groups.filter((_, i) => i !== j)
    const oof = trainRoleModel(trainingExamples(others.flatMap((x) => x.records)), opts(others))
    for (const ex of trainingExamples(held)) {
      for (const r of ROLE_IDS) {
        if (!canGive(ex.features, r)) continue
        const z = cueScore(oof, ex.features, r)
        if (z !== undefined) points.get(r)?.push({ z, rule: ex.features.rule.has(r), y: ex.gold.has(r) })
      }
    }
  })
  return fitStacks(model, points, stackSets)
}

/**
 * The config of the grid (role-config.ts) with the best pooled role micro-F1 over a leave-one-annotator-out on the
 * groups `pool`, scored on each left-out group's held-out sets only (text the rules were never tuned on, like the
 * text the model will meet). Ties keep the earlier config of the grid. `perRole`: then each role's threshold is chosen
 * from PER_ROLE_THRESHOLDS by the same folds (choosePerRole), starting from the config's threshold; `global` is the
 * best F1 with one threshold for all roles.
 */
export function chooseConfig(
  byVariant: ReadonlyMap<FeatureVariant, readonly GroupExamples[]>,
  pool: readonly number[],
  grid: readonly Config[] = GRID,
  perRole = CHOOSE_PER_ROLE,
): { cfg: Config; f1: number; global: number } {
  let best: { cfg: Config; f1: number; global: number; counts: ReadonlyMap<number, RoleCounts> } | undefined
  // train once per (l2, variant, combine) and inner fold; thresholds only change the decision
  const byTraining = new Map<string, Config[]>()
  for (const c of grid) {
    const k = `${c.l2}|${c.variant}|${c.combine}`
    byTraining.set(k, [...(byTraining.get(k) ?? []), c])
  }
  for (const cfgs of byTraining.values()) {
    const first = cfgs[0]
    const all = first ? byVariant.get(first.variant) : undefined
    if (!first || !all) continue
    const thresholds = [...new Set([...cfgs.map((c) => c.threshold), ...(perRole ? PER_ROLE_THRESHOLDS : [])])]
    // pooled counts per threshold, per role
    const pooled = new Map(thresholds.map((t): [number, RoleCounts] => [t, {}]))
    for (const held of pool) {
      const g = all[held]
      // a group without held-out records (the calibrated corpus) is training text only
      if (!g || !g.held.includes(true)) continue
      const m = trainModel(pool.filter((i) => i !== held).map((i) => all[i] as GroupExamples), first, 'inner', 'inner fold', true)
      const heldRecords = g.records.filter((_, k) => g.held[k])
      for (const t of thresholds) {
        const into = pooled.get(t)
        if (!into) continue
        addRoleCounts(into, roleCountsByRole(heldRecords, { ...m, threshold: t }))
      }
    }
    cfgs.forEach((c) => {
      const v = f1(sumCounts(pooled.get(c.threshold)))
      if (!best || v > best.f1 + 1e-12) best = { cfg: c, f1: v, global: v, counts: pooled }
    })
  }
  if (!best) throw new Error('empty grid')
  const chosen = best
  if (!perRole) return { cfg: chosen.cfg, f1: chosen.f1, global: chosen.global }
  const per = choosePerRole(chosen.counts, chosen.cfg.threshold)
  return { cfg: { ...chosen.cfg, thresholds: per.thresholds }, f1: per.f1, global: chosen.global }
}

function sumCounts(by: RoleCounts | undefined): Counts {
  const c = { tp: 0, fp: 0, fn: 0 }
  for (const x of Object.values(by ?? {})) addCounts(c, x)
  return c
}

/**
 * Per-role thresholds from pooled leave-one-annotator-out counts (per threshold, per role): one role at a time, in
 * ROLE_IDS order, takes the threshold with the best pooled micro-F1 with the others fixed (ties keep its current one), until
 * a pass changes none. A role's counts depend on its own threshold only, so this climbs the pooled F1 itself.
 */
export function choosePerRole(counts: ReadonlyMap<number, RoleCounts>, start: number): { thresholds: Record<RoleId, number>; f1: number } {
  const ts = [...counts.keys()].sort((a, b) => a - b)
  const th = Object.fromEntries(ROLE_IDS.map((r) => [r, start])) as Record<RoleId, number>
  const zero = { tp: 0, fp: 0, fn: 0 }
  // every role counted at some threshold: the six, and any other an annotator gave (counted at `start`)
  const roles = new Set<string>(ROLE_IDS)
  for (const m of counts.values()) for (const r of Object.keys(m)) roles.add(r)
  const total = (): Counts => {
    const c = { tp: 0, fp: 0, fn: 0 }
    for (const r of roles) addCounts(c, counts.get(ROLE_IDS.includes(r as RoleId) ? th[r as RoleId] : start)?.[r] ?? zero)
    return c
  }
  let bestF = f1(total())
  for (let pass = 0; pass < 10; pass++) {
    let changed = false
    for (const r of ROLE_IDS) {
      const was = th[r]
      let keep = was
      for (const t of ts) {
        th[r] = t
        const v = f1(total())
        if (v > bestF + 1e-12) {
          bestF = v
          keep = t
        }
      }
      th[r] = keep
      if (keep !== was) changed = true
    }
    if (!changed) break
  }
  return { thresholds: th, f1: bestF }
}
