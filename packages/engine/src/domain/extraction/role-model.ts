import { z } from 'zod'
import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS, RoleIdSchema } from '@platformscope/contract'
import type { Candidate, FoldedEvidence } from './candidate.ts'
import { AppError } from '../errors.ts'
import { parseLexiconFile } from './parse-lexicons.ts'
import { FEATURE_VARIANTS, ROLE_FEATURE_SET, RULE_FEATURE, canGive, featuresFor, mentionFeatures, type FeatureVariant, type MentionFeatures } from './role-features.ts'
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
 * to it. Roles without any span-bearing feature are not scored (they could carry no evidence).
 */
export function scoreMention(data: RoleModelData, f: MentionFeatures): RoleDecision[] {
  const out: RoleDecision[] = []
  const joint = data.combine === 'joint'
  for (const r of ROLE_IDS) {
    const w = data.roles[r]
    if (!w || !canGive(f, r)) continue
    const stack = joint ? undefined : w.stack
    // a stacked model's cue score is scaled by the stack; a joint model's features count as they are
    const scale = stack ? stack.cue : 1
    let z = w.bias
    for (const x of featuresFor(f, r, joint)) z += w.weights[x] ?? 0
    const rule = f.rule.get(r)
    if (stack) z = stack.bias + stack.cue * z + (rule ? stack.rule : 0)
    let best: RoleDecision['evidence']
    if (rule) best = { a: rule.a, b: rule.b, feature: RULE_FEATURE, contribution: stack ? stack.rule : (w.weights[RULE_FEATURE] ?? 0) }
    for (const sp of [...(f.spans.get(r) ?? []), ...f.words]) {
      let c = 0
      let top = ''
      let topW = -Infinity
      for (const x of new Set(sp.feats)) {
        const v = w.weights[x] ?? 0
        c += v
        if (v > topW) {
          topW = v
          top = x
        }
      }
      c *= scale
      if (!best || c > best.contribution) best = { a: sp.a, b: sp.b, feature: top, contribution: c }
    }
    out.push({ role: r, probability: 1 / (1 + Math.exp(-z)), evidence: best && best.contribution > 0 ? best : undefined })
  }
  return out
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
