import { z } from 'zod'
import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS, RoleIdSchema } from '@platformscope/contract'
import type { Candidate, FoldedEvidence } from './candidate.ts'
import { AppError } from '../errors.ts'
import { parseLexiconFile } from './parse-lexicons.ts'
import { FEATURE_VARIANTS, ROLE_FEATURE_SET, RULE_FEATURE, mentionFeatures, type CrossFeature, type Feature, type FeatureVariant, type MentionFeatures } from './role-features.ts'
import type { RoleAssigner, RuleMatches } from './assign-roles.ts'
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
  /** per role, in place of `threshold` (each chosen by leave-one-annotator-out on the training groups) */
  thresholds: z.record(RoleIdSchema, z.number().gt(0).lt(1)).optional(),
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

/** the probability at which the model gives role `r`: its own threshold, else the model's one */
export function thresholdOf(data: RoleModelData, r: RoleId): number {
  return data.thresholds?.[r] ?? data.threshold
}

export interface RoleScorer {
  readonly model: string
  /**
   * replaces the rules' roles of every live mention by the model's, each with the cue span that carried it;
   * `matched`: what the rules matched per sentence (RoleAssigner.apply), which the features read instead of matching again
   */
  apply(toks: Tokens, mentions: Candidate[], matched?: RuleMatches): void
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
 * up once for all six roles; the sums are those of featuresFor (role-model.test.ts has a reference written from it),
 * added in the same order, so that the probabilities are the same to the last bit. `cut` (per role, ROLE_IDS order):
 * a role whose probability stays below its cut is left out (its evidence is never looked for).
 */
export function scoreMention(data: RoleModelData, f: MentionFeatures, cut?: ArrayLike<number>): RoleDecision[] {
  const c = compiled(data)
  const joint = data.combine === 'joint'
  const z = Float64Array.from(c.bias)
  // features counted for this mention carry this mark (instead of a set of names per mention)
  const mark = nextMark(c)
  // plain loops, no closures: this runs for every mention
  for (let k = 0; k < f.base.length; k++) addAll(c, z, mark, idOf(c, f.base[k]))
  for (let k = 0; k < f.bag.length; k++) addAll(c, z, mark, idOf(c, f.bag[k]))
  const words = f.words
  const wordIds = WORD_IDS
  wordIds.length = 0
  for (let k = 0; k < words.length; k++) {
    // a word's weights, looked up once for the sum and the evidence of every role
    const id = idOf(c, words[k]?.feats[0])
    addAll(c, z, mark, id)
    wordIds.push(id)
  }
  // a cross feature about role R counts for every other role (its string names R, so one string is one role)
  addOthers(c, z, mark, f.cross)
  if (joint) addOthers(c, z, mark, f.ruleCross)
  const ruleId = c.ids.get(RULE_FEATURE) ?? -1
  const out: RoleDecision[] = []
  const best = new BestSpan()
  for (let i = 0; i < N; i++) {
    const r = ROLE_IDS[i] as RoleId
    const spans = f.spans.get(r)
    const rule = f.rule.get(r)
    if (!spans && !rule && words.length === 0) continue
    const stack = joint ? undefined : c.stack[i]
    const scale = stack ? stack.cue : 1
    let zr = z[i] ?? 0
    if (spans) {
      // the role's sum counts each feature once
      const roleMark = nextMark(c)
      for (const sp of spans) {
        for (let k = 0; k < sp.feats.length; k++) {
          const id = idOf(c, sp.feats[k])
          if (id >= 0 && c.marks[id] !== roleMark) {
            c.marks[id] = roleMark
            zr += weight(c, id, i)
          }
        }
      }
    }
    if (joint && rule) zr += weight(c, ruleId, i)
    if (stack) zr = stack.bias + stack.cue * zr + (rule ? stack.rule : 0)
    const probability = 1 / (1 + Math.exp(-zr))
    if (cut && probability < (cut[i] ?? 0)) continue
    best.reset()
    if (spans) {
      // a span's contribution counts all of its own features
      for (const sp of spans) {
        let sum = 0
        let top = ''
        let topW = -Infinity
        for (let k = 0; k < sp.feats.length; k++) {
          const v = weight(c, idOf(c, sp.feats[k]), i)
          sum += v
          if (v > topW) {
            topW = v
            top = sp.feats[k]?.name ?? ''
          }
        }
        best.offer(sp.a, sp.b, top, sum * scale)
      }
    }
    for (let k = 0; k < words.length; k++) {
      // a word that adds nothing (no weight, or not a positive one) can never be the evidence: not offered
      const v = weight(c, wordIds[k] ?? -1, i) * scale
      if (!(v > 0)) continue
      const sp = words[k]
      if (sp) best.offer(sp.a, sp.b, sp.feats[0]?.name ?? '', v)
    }
    // the rules' cue first, as the reference does: another span must add more to replace it
    if (rule) best.offerFirst(rule.a, rule.b, RULE_FEATURE, stack ? stack.rule : weight(c, ruleId, i))
    out.push({ role: r, probability, evidence: best.positive() })
  }
  return out
}

/**
 * The span that adds most to a role so far, kept in fields (not an object per better span): the first of equals
 * wins, except that the rules' cue (offerFirst) counts as offered before every other span.
 */
class BestSpan {
  private has = false
  private a = 0
  private b = 0
  private feature = ''
  private contribution = 0
  reset(): void {
    this.has = false
  }
  offer(a: number, b: number, feature: string, contribution: number): void {
    if (this.has && !(contribution > this.contribution)) return
    this.set(a, b, feature, contribution)
  }
  offerFirst(a: number, b: number, feature: string, contribution: number): void {
    if (this.has && !(contribution >= this.contribution)) return
    this.set(a, b, feature, contribution)
  }
  /** the evidence, or undefined when no span pushed the role up */
  positive(): RoleDecision['evidence'] {
    return this.has && this.contribution > 0 ? { a: this.a, b: this.b, feature: this.feature, contribution: this.contribution } : undefined
  }
  private set(a: number, b: number, feature: string, contribution: number): void {
    this.has = true
    this.a = a
    this.b = b
    this.feature = feature
    this.contribution = contribution
  }
}

function addAll(c: Compiled, z: Float64Array, mark: number, id: number): void {
  if (id < 0 || c.marks[id] === mark) return
  c.marks[id] = mark
  // the feature's six weights stand next to each other (weight() without its checks: id is a valid number here)
  const w = c.weights
  const at = id * N
  for (let i = 0; i < N; i++) z[i] = (z[i] ?? 0) + (w[at + i] ?? 0)
}

function addOthers(c: Compiled, z: Float64Array, mark: number, list: readonly CrossFeature[]): void {
  for (const [role, x] of list) {
    const id = idOf(c, x)
    if (id < 0 || c.marks[id] === mark) continue
    c.marks[id] = mark
    const own = ROLE_INDEX.get(role) ?? -1
    for (let i = 0; i < N; i++) if (i !== own) z[i] = (z[i] ?? 0) + weight(c, id, i)
  }
}

const N = ROLE_IDS.length
/** the word features' numbers of the mention being scored (one array, reused: scoreMention does not nest) */
const WORD_IDS: number[] = []
const ROLE_INDEX = new Map(ROLE_IDS.map((r, i) => [r, i]))

/**
 * A model ready for scoring. Features are numbered: a feature's number is looked up by name once and then kept on
 * the (shared) feature object, and its weights for the six roles stand next to each other in one array.
 */
interface Compiled {
  /** tells this model's numbers on a Feature from another model's */
  serial: number
  /** feature → its number (features without a weight are absent: they add nothing) */
  ids: Map<string, number>
  /** weight of feature f for role i (ROLE_IDS order) at f * N + i */
  weights: Float64Array
  /**
   * per feature, the mark of the last sum that counted it: a sum takes a fresh mark (nextMark) and counts a feature
   * only when its mark differs, which counts each feature once without a set of names per mention
   */
  marks: Float64Array
  lastMark: number
  bias: Float64Array
  stack: Array<{ bias: number; cue: number; rule: number } | undefined>
}

/** the weight of feature `id` for role `i`; 0 for a feature the model has no weight for (id -1) */
function weight(c: Compiled, id: number, i: number): number {
  return id < 0 ? 0 : (c.weights[id * N + i] ?? 0)
}

/**
 * The number of feature `x` in model `c`, -1 when it has no weight. Looked up by name the first time and kept on
 * the feature: with one model (the extractor's), every later mention reads it without a map look-up; models used in
 * turn (the evaluation's) look names up again, with the same result.
 */
function idOf(c: Compiled, x: Feature | undefined): number {
  if (!x) return -1
  if (x.modelSerial !== c.serial) {
    x.modelSerial = c.serial
    x.modelId = c.ids.get(x.name) ?? -1
  }
  return x.modelId
}

function nextMark(c: Compiled): number {
  // a float64 counts to 2^53 exactly: far beyond any process's number of mentions
  c.lastMark += 1
  return c.lastMark
}

const compiledModels = new WeakMap<RoleModelData, Compiled>()
let compiledCount = 0

function compiled(data: RoleModelData): Compiled {
  let c = compiledModels.get(data)
  if (c) return c
  const ids = new Map<string, number>()
  for (const r of ROLE_IDS) for (const x of Object.keys(data.roles[r]?.weights ?? {})) if (!ids.has(x)) ids.set(x, ids.size)
  const weights = new Float64Array(ids.size * N)
  ROLE_IDS.forEach((r, i) => {
    for (const [x, v] of Object.entries(data.roles[r]?.weights ?? {})) weights[(ids.get(x) ?? 0) * N + i] = v
  })
  c = {
    serial: ++compiledCount,
    ids,
    weights,
    marks: new Float64Array(ids.size),
    lastMark: 0,
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
  const cut = Float64Array.from(ROLE_IDS.map((r) => thresholdOf(data, r)))
  return {
    model: data.model,
    apply(toks, mentions, matched) {
      const feats = mentionFeatures(toks, mentions, roles, categoryOf, variant, matched)
      for (const m of mentions) {
        const f = feats.get(m)
        if (!f) continue
        const given = new Map<RoleId, FoldedEvidence>()
        for (const d of scoreMention(data, f, cut)) {
          // no span, no role: every role keeps a cue in the text as its evidence
          if (!d.evidence) continue
          given.set(d.role, { rule, a: d.evidence.a, b: d.evidence.b, gives: d.role, feature: d.evidence.feature })
        }
        m.roles = given
      }
    },
  }
}
