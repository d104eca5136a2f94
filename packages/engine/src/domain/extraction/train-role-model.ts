import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS } from '@platformscope/contract'
import { ROLE_FEATURE_SET, canGive, featuresFor, type FeatureVariant, type MentionFeatures } from './role-features.ts'
import type { RoleModelData } from './role-model.ts'

/** One live mention with its features and the roles an annotator gave it (none when the annotator has no such mention). */
export interface RoleTrainingExample {
  features: MentionFeatures
  gold: ReadonlySet<RoleId>
}

export interface TrainOptions {
  model: string
  note: string
  variant: FeatureVariant
  /** joint: the rules' decision is one feature among the cues; stacked: cues alone, combined with it by fitStacks */
  combine: 'joint' | 'stacked'
  trainingSets: string[]
  /** L2 penalty on the summed log-loss (the bias is not penalised) */
  l2: number
  iterations: number
  threshold: number
  /** per role, in place of `threshold` */
  thresholds?: Record<RoleId, number>
  enabled: boolean
}

/**
 * Trains one L2-regularised logistic regression per role, on the mentions that have a span-bearing feature for it
 * (only those can get the role). Full-batch gradient descent with AdaGrad steps: no randomness, examples and features
 * in input order, so the same examples give the same weights byte for byte. A few thousand examples with a few dozen
 * sparse features each train in well under a second; no library is needed for that.
 */
export function trainRoleModel(examples: readonly RoleTrainingExample[], o: TrainOptions): RoleModelData {
  const roles = {} as RoleModelData['roles']
  for (const r of ROLE_IDS) roles[r] = trainRole(examples, r, o)
  return {
    note: o.note,
    model: o.model,
    feature_set: ROLE_FEATURE_SET,
    variant: o.variant,
    combine: o.combine,
    enabled: o.enabled,
    training_sets: o.trainingSets,
    training: { examples: examples.length, l2: o.l2, iterations: o.iterations },
    threshold: o.threshold,
    ...(o.thresholds && { thresholds: o.thresholds }),
    roles,
  }
}

const LEARNING_RATE = 0.5

function trainRole(examples: readonly RoleTrainingExample[], r: RoleId, o: TrainOptions): { bias: number; weights: Record<string, number> } {
  const index = new Map<string, number>()
  const rows: Int32Array[] = []
  const labels: number[] = []
  for (const ex of examples) {
    if (!canGive(ex.features, r)) continue
    const ids: number[] = []
    for (const f of featuresFor(ex.features, r, o.combine === 'joint')) {
      let id = index.get(f)
      if (id === undefined) {
        id = index.size
        index.set(f, id)
      }
      ids.push(id)
    }
    rows.push(Int32Array.from(ids))
    labels.push(ex.gold.has(r) ? 1 : 0)
  }
  const n = index.size
  const w = new Float64Array(n)
  const g = new Float64Array(n)
  const acc = new Float64Array(n)
  let bias = 0
  let accBias = 0
  if (rows.length === 0) return { bias: -4, weights: {} }
  for (let it = 0; it < o.iterations; it++) {
    g.fill(0)
    let gBias = 0
    rows.forEach((row, i) => {
      let z = bias
      for (const id of row) z += w[id] ?? 0
      const d = 1 / (1 + Math.exp(-z)) - (labels[i] ?? 0)
      gBias += d
      for (const id of row) g[id] = (g[id] ?? 0) + d
    })
    for (let j = 0; j < n; j++) {
      const wj = w[j] ?? 0
      const gj = (g[j] ?? 0) + o.l2 * wj
      const aj = (acc[j] ?? 0) + gj * gj
      acc[j] = aj
      w[j] = wj - (LEARNING_RATE * gj) / (Math.sqrt(aj) + 1e-8)
    }
    accBias += gBias * gBias
    bias -= (LEARNING_RATE * gBias) / (Math.sqrt(accBias) + 1e-8)
  }
  // sorted and rounded: the file diffs cleanly and reads the same on every machine
  const out: Record<string, number> = {}
  for (const [f, id] of [...index].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const v = Math.round((w[id] ?? 0) * 1e4) / 1e4
    if (v !== 0) out[f] = v
  }
  return { bias: Math.round(bias * 1e4) / 1e4, weights: out }
}

/** A stacked model's cue score for role `r` of a mention (before the stack), when the role can be given. */
export function cueScore(model: RoleModelData, f: MentionFeatures, r: RoleId): number | undefined {
  const w = model.roles[r]
  if (!w || !canGive(f, r)) return undefined
  let z = w.bias
  for (const x of featuresFor(f, r, false)) z += w.weights[x] ?? 0
  return z
}

/** One mention of text the rules were never tuned on: the cue score from a model that did not see it. */
export interface StackPoint {
  z: number
  rule: boolean
  y: boolean
}

const STACK_L2 = 1
const STACK_ITERATIONS = 2000

/**
 * Fits each role's stack σ(bias + cue·z + rule·[rules gave it]) on held-out points, by gradient descent (three
 * parameters, light L2 on the two weights). Returns a copy of the model with the stacks in place.
 */
export function fitStacks(model: RoleModelData, points: ReadonlyMap<RoleId, readonly StackPoint[]>, stackSets: string[]): RoleModelData {
  const roles = { ...model.roles }
  for (const r of ROLE_IDS) {
    const w = roles[r]
    if (!w) continue
    const ps = points.get(r) ?? []
    let b = 0
    let c = 1
    let u = 0
    const acc = [0, 0, 0]
    for (let it = 0; it < STACK_ITERATIONS && ps.length > 0; it++) {
      let gb = 0
      let gc = STACK_L2 * (c - 1)
      let gu = STACK_L2 * u
      for (const p of ps) {
        const x = p.rule ? 1 : 0
        const d = 1 / (1 + Math.exp(-(b + c * p.z + u * x))) - (p.y ? 1 : 0)
        gb += d
        gc += d * p.z
        gu += d * x
      }
      const g = [gb, gc, gu]
      const step = g.map((gi, i) => {
        acc[i] = (acc[i] ?? 0) + gi * gi
        return (LEARNING_RATE * gi) / (Math.sqrt(acc[i] ?? 0) + 1e-8)
      })
      b -= step[0] ?? 0
      c -= step[1] ?? 0
      u -= step[2] ?? 0
    }
    const round = (v: number): number => Math.round(v * 1e4) / 1e4
    roles[r] = { ...w, stack: { bias: round(b), cue: round(c), rule: round(u) } }
  }
  return { ...model, roles, training: { ...model.training, stack_sets: stackSets } }
}
