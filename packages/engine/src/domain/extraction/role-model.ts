import { z } from 'zod'
import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS, RoleIdSchema } from '@platformscope/contract'
import type { Candidate, FoldedEvidence } from './candidate.ts'
import { AppError } from '../errors.ts'
import { parseLexiconFile } from './parse-lexicons.ts'
import { FEATURE_VARIANTS, ROLE_FEATURE_SET, RULE_FEATURE, mentionFeatures, type FeatureVariant, type MentionFeatures } from './role-features.ts'
import type { RoleAssigner } from './assign-roles.ts'
import type { Tokens } from './tokenize.ts'

/**
 * One logistic model per role. Joint: P(role) = σ(bias + Σ weights of the mention's features, the rules' decision
 * among them). Stacked: the weights read the cues alone (z = bias + Σ weights), and P(role) = σ(stack.bias +
 * stack.cue·z + stack.rule·[the rules gave the role]), the stack fitted on text the rules were never tuned on.
 */
const RoleWeightsSchema = z.strictObject({
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  stack: z.strictObject({ bias: z.number(), cue: z.number(), rule: z.number() }).optional(),
})

export const RoleModelSchema = z.strictObject({
  note: z.string().min(3),
  /** the model's name, shown as the rule of every role it gives */
  model: z.string().min(1),
  /** the feature set it was trained on (role-features.ts ROLE_FEATURE_SET) */
  feature_set: z.string().min(1),
  variant: z.enum(FEATURE_VARIANTS),
  combine: z.enum(['joint', 'stacked']),
  /** off: the rules' roles stand, the model is not run */
  enabled: z.boolean(),
  /** the dev sets it was trained on, and how */
  training_sets: z.array(z.string().min(1)).min(1),
  training: z.strictObject({
    examples: z.number().int(),
    l2: z.number().nonnegative(),
    iterations: z.number().int().positive(),
    /** stacked: the held-out sets the stack was fitted on (with cue scores from models that did not see them) */
    stack_sets: z.array(z.string()).optional(),
  }),
  /** a role is given when its probability reaches this */
  threshold: z.number().gt(0).lt(1),
  roles: z.record(RoleIdSchema, RoleWeightsSchema),
})

export type RoleModelData = z.infer<typeof RoleModelSchema>

/** Parses and validates the model file; a model trained on another feature set is refused rather than misread. */
export function parseRoleModel(text: string, file: string): RoleModelData {
  const data = parseLexiconFile(RoleModelSchema, text, file)
  if (data.feature_set !== ROLE_FEATURE_SET) {
    const reason = `trained on feature set ${data.feature_set}, the extractor computes ${ROLE_FEATURE_SET}: retrain (npm run train:roles)`
    throw new AppError('lexicon_invalid', { file, path: '$.feature_set', reason })
  }
  return data
}

export interface RoleScorer {
  readonly model: string
  /** replaces the rules' roles of every live mention by the model's, each with the cue span that carried it */
  apply(toks: Tokens, mentions: Candidate[]): void
}

export interface RoleDecision {
  role: RoleId
  probability: number
  /** the strongest span-bearing feature set, or undefined when no span pushed the role up */
  evidence: { a: number; b: number; feature: string; contribution: number } | undefined
}

/**
 * Scores one mention's features with the weights: per role its probability and the span whose features add most
 * to it. Roles without any span-bearing feature are not scored (they could carry no evidence). Each feature is looked
 * up once for all six roles; the sums are those of featuresFor (role-model.test.ts has a reference written from it).
 */
export function scoreMention(data: RoleModelData, f: MentionFeatures): RoleDecision[] {
  const c = compiled(data)
  const joint = data.combine === 'joint'
  const z = Float64Array.from(c.bias)
  const seen = new Set<string>()
  // plain loops, no closures: this runs for every mention
  for (let k = 0; k < f.base.length; k++) addAll(c, z, seen, f.base[k] ?? '')
  const words = f.words
  const wordVecs: Array<Float64Array | undefined> = []
  for (let k = 0; k < words.length; k++) {
    const x = words[k]?.feats[0] ?? ''
    addAll(c, z, seen, x)
    // a word's weights, looked up once for the evidence of every role
    wordVecs.push(c.w.get(x))
  }
  // a cross feature about role R counts for every other role (its string names R, so one string is one role)
  addOthers(c, z, seen, f.cross)
  if (joint) addOthers(c, z, seen, f.ruleCross)
  const ruleW = c.w.get(RULE_FEATURE)
  const out: RoleDecision[] = []
  for (let i = 0; i < N; i++) {
    const r = ROLE_IDS[i] as RoleId
    const spans = f.spans.get(r)
    const rule = f.rule.get(r)
    if (!spans && !rule && words.length === 0) continue
    const stack = joint ? undefined : c.stack[i]
    const scale = stack ? stack.cue : 1
    let zr = z[i] ?? 0
    let best: RoleDecision['evidence']
    if (spans) {
      const own = spans.length > 1 ? new Set<string>() : undefined
      for (const sp of spans) {
        let sum = 0
        let top = ''
        let topW = -Infinity
        for (const x of sp.feats) {
          const v = c.w.get(x)?.[i] ?? 0
          // the role's sum counts each feature once; a span's contribution counts all of its own
          if (!own) zr += v
          else if (!own.has(x)) {
            own.add(x)
            zr += v
          }
          sum += v
          if (v > topW) {
            topW = v
            top = x
          }
        }
        sum *= scale
        if (!best || sum > best.contribution) best = { a: sp.a, b: sp.b, feature: top, contribution: sum }
      }
    }
    for (let k = 0; k < words.length; k++) {
      const v = (wordVecs[k]?.[i] ?? 0) * scale
      const sp = words[k]
      if (sp && (!best || v > best.contribution)) best = { a: sp.a, b: sp.b, feature: sp.feats[0] ?? '', contribution: v }
    }
    if (joint && rule) zr += ruleW?.[i] ?? 0
    if (stack) zr = stack.bias + stack.cue * zr + (rule ? stack.rule : 0)
    if (rule) {
      const v = stack ? stack.rule : (ruleW?.[i] ?? 0)
      // the rules' cue first, as the reference does: another span must add more to replace it
      if (!best || v >= best.contribution) best = { a: rule.a, b: rule.b, feature: RULE_FEATURE, contribution: v }
    }
    out.push({ role: r, probability: 1 / (1 + Math.exp(-zr)), evidence: best && best.contribution > 0 ? best : undefined })
  }
  return out
}

function addAll(c: Compiled, z: Float64Array, seen: Set<string>, x: string): void {
  if (seen.has(x)) return
  seen.add(x)
  const v = c.w.get(x)
  if (v) for (let i = 0; i < N; i++) z[i] = (z[i] ?? 0) + (v[i] ?? 0)
}

function addOthers(c: Compiled, z: Float64Array, seen: Set<string>, list: ReadonlyArray<readonly [RoleId, string]>): void {
  for (const [role, x] of list) {
    if (seen.has(x)) continue
    seen.add(x)
    const v = c.w.get(x)
    if (!v) continue
    const own = ROLE_INDEX.get(role) ?? -1
    for (let i = 0; i < N; i++) if (i !== own) z[i] = (z[i] ?? 0) + (v[i] ?? 0)
  }
}

const N = ROLE_IDS.length
const ROLE_INDEX = new Map(ROLE_IDS.map((r, i) => [r, i]))

interface Compiled {
  /** feature → its weight for each role (ROLE_IDS order) */
  w: Map<string, Float64Array>
  bias: Float64Array
  stack: Array<{ bias: number; cue: number; rule: number } | undefined>
}

const compiledModels = new WeakMap<RoleModelData, Compiled>()

function compiled(data: RoleModelData): Compiled {
  let c = compiledModels.get(data)
  if (c) return c
  const w = new Map<string, Float64Array>()
  ROLE_IDS.forEach((r, i) => {
    for (const [x, v] of Object.entries(data.roles[r]?.weights ?? {})) {
      let vec = w.get(x)
      if (!vec) {
        vec = new Float64Array(N)
        w.set(x, vec)
      }
      vec[i] = v
    }
  })
  c = {
    w,
    bias: Float64Array.from(ROLE_IDS.map((r) => data.roles[r]?.bias ?? -Infinity)),
    stack: ROLE_IDS.map((r) => data.roles[r]?.stack),
  }
  compiledModels.set(data, c)
  return c
}

/** The learned role scorer: runs after the rules, whose decision is one of its features. */
export function buildRoleScorer(
  data: RoleModelData,
  roles: RoleAssigner,
  categoryOf: (platformId: string) => string | undefined,
): RoleScorer {
  const variant: FeatureVariant = data.variant
  const rule = `role-model:${data.model}`
  return {
    model: data.model,
    apply(toks, mentions) {
      const feats = mentionFeatures(toks, mentions, roles, categoryOf, variant)
      for (const m of mentions) {
        const f = feats.get(m)
        if (!f) continue
        const given = new Map<RoleId, FoldedEvidence>()
        for (const d of scoreMention(data, f)) {
          // no span, no role: every role keeps a cue in the text as its evidence
          if (d.probability < data.threshold || !d.evidence) continue
          given.set(d.role, { rule, a: d.evidence.a, b: d.evidence.b, gives: d.role, feature: d.evidence.feature })
        }
        m.roles = given
      }
    },
  }
}
