import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS } from '@platformscope/contract'
import type { Candidate } from './candidate.ts'
import { clauseIds, typeCategory, type CueHit, type RoleAssigner, type RuleMatches } from './assign-roles.ts'
import { groupMentions } from './mention-groups.ts'
import { sentenceEnd, type Tokens } from './tokenize.ts'

/**
 * Features for the learned role scorer (role-model.ts). Bump when a feature changes meaning: weights trained on one
 * feature set are meaningless on another, and the model file names the set it was trained on.
 */
export const ROLE_FEATURE_SET = 'rf-3'

/**
 * One feature, made once per distinct name and shared by every mention that has it (feature names are interned).
 * The scorer (role-model.ts) keeps the feature's weight number in its model here, so that a mention's features are
 * scored without a look-up by name once each was seen; training reads the names only (featuresFor).
 */
export class Feature {
  /** the model (its serial number) that `modelId` was looked up in; 0: none yet */
  modelSerial = 0
  /** the feature's number in that model, -1 when the model has no weight for it */
  modelId = -1
  /** a word feature's stem feature (pushWord), made on first use; null: the word is too short to have one */
  stem: Feature | null | undefined = undefined
  /** [this], made once: the features of a word's span (no array per word and mention) */
  readonly alone: readonly Feature[]
  constructor(readonly name: string) {
    this.alone = [this]
  }
}

/** A cue near the mention that could give one role: where it stands, as features, and its span (folded offsets). */
export interface SpanFeatures {
  a: number
  b: number
  /** shared between mentions: never changed */
  readonly feats: readonly Feature[]
}

/**
 * What the scorer knows about one live mention. `base` and `cross` are role-independent; `cross` names the role its
 * feature is about ('the rules gave advertising', 'an acquisition cue in this clause'), left out when that role itself
 * is scored, so that the role's own evidence is carried by span-bearing features only.
 */
export interface MentionFeatures {
  base: Feature[]
  /**
   * variants 'bag', 'bag-words': the words of the mention's sentence (its own tokens left out) and their stems (rf-3),
   * role-independent like `base`
   */
  bag: readonly Feature[]
  cross: CrossFeature[]
  /** cross features that come from the rules' decisions ('the rules gave this mention advertising') */
  ruleCross: CrossFeature[]
  /** span-bearing features per role: every cue of that role's family near the mention */
  spans: Map<RoleId, SpanFeatures[]>
  /** the roles the rules gave, each with the span of the cue they gave it for (span-bearing feature 'rule') */
  rule: Map<RoleId, { a: number; b: number }>
  /** variant 'words': the words around the mention, span-bearing for every role */
  words: SpanFeatures[]
}

/** a cross feature with the role it is about; each pair is made once and shared (no new pair per cue) */
export type CrossFeature = readonly [RoleId, Feature]

const WINDOW = 4
/**
 * Words around the mention longer than this also count by their first STEM letters ('sl:adver' for 'advertenties',
 * 'adverteerde'): inflected forms an annotator writes that the training text had in another form (rf-2). From rf-3
 * a past participle's 'ge' is left off first ('geadverteerd' → 'sl:adver', 'gereageerd' → 'sl:reage'), and in the
 * variants with a bag the sentence's words count by their stems too ('ss:reage').
 */
const STEM = 5
/** a word's stem: its first STEM letters, after a leading 'ge' of a longer word; undefined when it is too short */
function stemOf(w: string): string | undefined {
  const core = w.length > STEM + 2 && w.startsWith('ge') ? w.slice(2) : w
  return core.length > STEM ? core.slice(0, STEM) : undefined
}
/**
 * Feature variants a model may be trained with: 'bag' adds the words of the mention's sentence; 'words' makes the
 * words around the mention span-bearing, so that a word the model learned to weigh ('bezoekers' next to 'via Grindr')
 * can carry a role the cue lexicon has no entry for, with that word as its evidence; 'bag-words' does both (the
 * sentence's words weigh the roles, the words around the mention can also carry one).
 */
export const FEATURE_VARIANTS = ['base', 'bag', 'words', 'bag-words'] as const
export type FeatureVariant = (typeof FEATURE_VARIANTS)[number]

const bucket = (d: number): number => (d <= 2 ? 0 : d <= 5 ? 1 : d <= 10 ? 2 : 3)
const norm = (w: string): string => w.replace(/[0-9]/g, '0')

// Features are made once and reused: a string built afresh for every mention would be hashed afresh at every
// weight look-up, which cost the scorer more than everything else it does.
const internTables = new Map<string, Map<string, Feature>>()
/** the feature `${prefix}:${value}` (digits normalised in words), the same object every time */
function feat(prefix: string, value: string, word = true): Feature {
  return featIn(internTable(prefix), prefix, value, word)
}

/** the features of one prefix, by value */
function internTable(prefix: string): Map<string, Feature> {
  let t = internTables.get(prefix)
  if (!t) {
    t = new Map()
    internTables.set(prefix, t)
  }
  return t
}

// the tables of the features made for every mention, at hand (a table is emptied when full, never replaced)
const T = {
  k: internTable('k'),
  p: internTable('p'),
  cat: internTable('cat'),
  det: internTable('det'),
  l1: internTable('l1'),
  r1: internTable('r1'),
  wl: internTable('wl'),
  wr: internTable('wr'),
  sl: internTable('sl'),
  sr: internTable('sr'),
  s: internTable('s'),
  ss: internTable('ss'),
}
const NO_FEATURES: Feature[] = []

/** feat() with the prefix's table already at hand (a loop over words asks for the table once) */
function featIn(t: Map<string, Feature>, prefix: string, value: string, word = true): Feature {
  let f = t.get(value)
  if (f === undefined) {
    if (t.size >= 200_000) t.clear()
    f = new Feature(`${prefix}:${word ? norm(value) : value}`)
    t.set(value, f)
  }
  return f
}
const perRole = (make: (r: RoleId) => string): Record<RoleId, CrossFeature> =>
  Object.fromEntries(ROLE_IDS.map((r) => [r, [r, new Feature(make(r))] as const])) as Record<RoleId, CrossFeature>
const RULE_CROSS = perRole((r) => `rr:${r}`)
const PREV_RULE_CROSS = perRole((r) => `prev-rr:${r}`)
const LOCS = ['cl', 'se', 'p1', 'n1', 'n2'] as const
const DIRS = ['b', 'a', 'o'] as const
const NEARS = ['near', 'far', 'own', 'none', 'ref'] as const
const CUE_CROSS_BY_LOC = Object.fromEntries(
  ROLE_IDS.map((r) => [r, LOCS.map((l): CrossFeature => [r, new Feature(`x:${r}:${l}`)])]),
) as Record<RoleId, CrossFeature[]>
const NS = ['ns:0', 'ns:1', 'ns:2', 'ns:3'].map((n) => new Feature(n))
const GROUPED = new Feature('grp')
const REPEATED = new Feature('rep')
const FIRST_SENTENCE = new Feature('s0')
const PREV_HAS = new Feature('prev-has')
const NEXT_REFERS = new Feature('next-refers')
const spanTable = new Map<number, Feature[]>()
/** the features of a cue at (loc, dir, near, held, distance bucket or -1, weak, overridden), made once per combination */
function cueFeats(loc: number, dir: number, near: number, held: boolean, b: number, weak: boolean, ovr: boolean): Feature[] {
  const code = ((((((loc * 3 + dir) * 5 + near) * 2 + (held ? 1 : 0)) * 5 + (b + 1)) * 2 + (weak ? 1 : 0)) * 2 + (ovr ? 1 : 0))
  let f = spanTable.get(code)
  if (!f) {
    const L = LOCS[loc] ?? ''
    const D = DIRS[dir] ?? ''
    const N = NEARS[near] ?? ''
    const H = held ? 'h' : 'nh'
    const names = [`c:${L}`, `c:${L}:${D}`, `c:${L}:${N}`, `c:${L}:${H}`, `c:${L}:${D}:${N}:${H}`]
    if (b >= 0) names.push(`c:${L}:d${b}`)
    if (weak) names.push(`c:${L}:weak`)
    if (ovr) names.push(`c:${L}:ovr`)
    // one object per name across combinations ('c:cl' is in many), as interned names would be
    f = names.map((n) => feat('c', n.slice(2), false))
    spanTable.set(code, f)
  }
  return f
}

/**
 * Features of every live (not negated) mention, after the rules have assigned roles. `categoryOf` maps a catalogue
 * id to its category; `matched`: what the rules matched per sentence (RoleAssigner.apply), reused rather than matched
 * again. Pure; reads the tokens, the mentions and the cue lexicon only.
 */
export function mentionFeatures(
  toks: Tokens,
  mentions: readonly Candidate[],
  roles: RoleAssigner,
  categoryOf: (platformId: string) => string | undefined,
  variant: FeatureVariant = 'base',
  matched: RuleMatches = [],
): Map<Candidate, MentionFeatures> {
  const out = new Map<Candidate, MentionFeatures>()
  if (!mentions.some((m) => !m.negated)) return out
  const mentionTok = new Uint8Array(toks.count)
  const wordTok = new Uint8Array(toks.count)
  for (const m of mentions) {
    for (let k = m.firstToken; k <= m.lastToken; k++) {
      mentionTok[k] = 1
      // as the rules read cues: a type word or a web address is no cue word
      if (m.kind !== 'named' || m.lastToken > m.firstToken) wordTok[k] = 1
    }
  }
  const mentionWord = (k: number): boolean => wordTok[k] === 1
  const groups = groupMentions(toks, mentions)
  const groupOf = new Map<Candidate, number>()
  groups.forEach((g, i) => g.forEach((m) => groupOf.set(m, i)))
  const sentences = toks.sentenceStart.length - 1
  const hitsBySentence = new Map<number, CueHit[]>()
  const clausesBySentence = new Map<number, readonly number[]>()
  const groupsBySentence = new Map<number, number[]>()
  groups.forEach((g, i) => {
    const s = toks.sentence[g[0]?.firstToken ?? 0] ?? 0
    const l = groupsBySentence.get(s)
    if (l) l.push(i)
    else groupsBySentence.set(s, [i])
  })
  const from = (s: number): number => toks.sentenceStart[s] ?? 0
  const to = (s: number): number => sentenceEnd(toks, s)
  const hitsOf = (s: number): CueHit[] => {
    let h = hitsBySentence.get(s)
    if (!h) {
      h = s < 0 || s >= sentences ? [] : roles.cueHits(toks, from(s), to(s), mentionWord, matched[s])
      hitsBySentence.set(s, h)
    }
    return h
  }
  const clausesOf = (s: number): readonly number[] => {
    let c = clausesBySentence.get(s)
    if (!c) {
      c = matched[s]?.clause ?? clauseIds(toks, from(s), to(s))
      clausesBySentence.set(s, c)
    }
    return c
  }
  const refs = new Map<number, boolean>()
  const refersBack = (s: number): boolean => {
    let r = refs.get(s)
    if (r === undefined) {
      r = s >= 0 && s < sentences && roles.refersBack(toks, from(s), to(s))
      refs.set(s, r)
    }
    return r
  }
  const seen = new Map<string, Candidate[]>()
  const withBag = variant === 'bag' || variant === 'bag-words'
  // the words of a sentence (no mention's tokens among them), made once and shared by all its mentions
  const bagBySentence = new Map<number, Feature[]>()

  for (const m of mentions) {
    const key = m.platformId ?? m.platform ?? m.kind
    const before = seen.get(key)
    if (before) before.push(m)
    else seen.set(key, [m])
    if (m.negated) continue
    const s = toks.sentence[m.firstToken] ?? 0
    const sFrom = from(s)
    const sTo = to(s)
    const category = m.platformId === null ? typeCategory(toks, m) : categoryOf(m.platformId)
    const g = groupOf.get(m) ?? -1
    const group = groups[g] ?? [m]
    const own = groupsBySentence.get(s) ?? []
    const base: Feature[] = [
      featIn(T.k, 'k', m.kind, false),
      featIn(T.p, 'p', m.platformId ?? (m.inCatalogue ? m.kind : 'outside'), false),
      featIn(T.cat, 'cat', category ?? 'none', false),
      featIn(T.det, 'det', m.evidence[0]?.rule ?? 'none', false),
      NS[Math.min(own.length, 3)] ?? feat('ns', '3', false),
    ]
    if (group.length > 1) base.push(GROUPED)
    if (before && before.length > 1) base.push(REPEATED)
    if (s === 0) base.push(FIRST_SENTENCE)
    if (groupsBySentence.has(s - 1)) base.push(PREV_HAS)
    if (!groupsBySentence.has(s + 1) && refersBack(s + 1)) base.push(NEXT_REFERS)
    const words: SpanFeatures[] = []
    const wordSpans = variant === 'words' || variant === 'bag-words'
    for (let k = Math.max(sFrom, m.firstToken - WINDOW); k < m.firstToken; k++) if (!mentionTok[k] && !toks.punct[k]) pushWord(toks, k, 'wl', wordSpans, words, base)
    for (let k = m.lastToken + 1; k <= Math.min(sTo - 1, m.lastToken + WINDOW); k++) if (!mentionTok[k] && !toks.punct[k]) pushWord(toks, k, 'wr', wordSpans, words, base)
    base.push(featIn(T.l1, 'l1', m.firstToken > sFrom ? (toks.text[m.firstToken - 1] ?? '') : '^'))
    base.push(featIn(T.r1, 'r1', m.lastToken + 1 < sTo ? (toks.text[m.lastToken + 1] ?? '') : '$'))
    let bag: Feature[] = NO_FEATURES
    if (withBag) {
      const cached = bagBySentence.get(s)
      if (cached) bag = cached
      else {
        bag = []
        for (let k = sFrom; k < sTo; k++) {
          if (mentionTok[k] || toks.punct[k]) continue
          const f = featIn(T.s, 's', toks.text[k] ?? '')
          bag.push(f)
          // the word's stem too (rf-3), made once per word feature
          let st = f.stem
          if (st === undefined) {
            const stem = stemOf(toks.text[k] ?? '')
            st = stem === undefined ? null : featIn(T.ss, 'ss', stem)
            f.stem = st
          }
          if (st) bag.push(st)
        }
        bagBySentence.set(s, bag)
      }
    }

    const cross: CrossFeature[] = []
    const ruleCross: CrossFeature[] = []
    const rule = new Map<RoleId, { a: number; b: number }>()
    for (const [r, e] of m.roles) {
      ruleCross.push(RULE_CROSS[r])
      rule.set(r, { a: e.a, b: e.b })
    }
    // an earlier mention of the same platform that the rules gave this role
    if (before && before.length > 1) for (const p of before) if (p !== m && !p.negated) for (const r of p.roles.keys()) ruleCross.push(PREV_RULE_CROSS[r])

    const spans = new Map<RoleId, SpanFeatures[]>()

    const mClause = clausesOf(s)
    const groupClauses = new Set(group.map((x) => mClause[x.firstToken - sFrom] ?? -1))
    for (let t = s - 1; t <= s + 2; t++) {
      const hits = hitsOf(t)
      if (hits.length === 0) continue
      const tHasOwn = groupsBySentence.has(t)
      for (const h of hits) {
        if (h.categories && !h.categories.includes(category ?? 'other')) continue
        const r = h.literal ? h.role : roles.roleFor(h.role, category)
        // indices into LOCS, DIRS, NEARS
        let loc: number
        let near = 0
        let dir = 2
        let dist = -1
        if (t === s) {
          const c = mClause[h.last - sFrom] ?? -1
          loc = groupClauses.has(c) ? 0 : 1
          const first = group[0] ?? m
          const last = group[group.length - 1] ?? m
          dist = first.firstToken > h.last ? first.firstToken - h.last : h.first > last.lastToken ? h.first - last.lastToken : 0
          dir = first.firstToken > h.last ? 0 : h.first > last.lastToken ? 1 : 2
          // another platform (group) of the sentence stands closer to the cue
          for (const gi of own) {
            if (gi === g) continue
            const o = groups[gi]
            const of = o?.[0]
            const ol = o?.[o.length - 1]
            if (!of || !ol || of.negated) continue
            const od = of.firstToken > h.last ? of.firstToken - h.last : h.first > ol.lastToken ? h.first - ol.lastToken : 0
            if (od < dist) near = 1
          }
        } else if (t < s) {
          loc = 2
          near = tHasOwn ? 2 : 3
        } else {
          loc = t === s + 1 ? 3 : 4
          near = tHasOwn ? 2 : refersBack(t) ? 4 : 3
          // the sentence between names a platform of its own
          if (t === s + 2 && groupsBySentence.has(s + 1)) near = 2
        }
        const feats = cueFeats(loc, dir, near, h.holds, dist < 0 ? -1 : bucket(dist), h.weak, r !== h.role)
        const sp = { a: toks.start[h.first] ?? 0, b: toks.end[h.last] ?? 0, feats }
        const l = spans.get(r)
        if (l) l.push(sp)
        else spans.set(r, [sp])
        const cueCross = CUE_CROSS_BY_LOC[r][loc]
        if (h.holds && loc <= 1 && cueCross) cross.push(cueCross)
      }
    }
    out.set(m, { base, bag, cross, ruleCross, spans, rule, words })
  }
  return out
}

/** a word around the mention, and its stem when it is longer: span-bearing features (variant 'words') or plain ones */
function pushWord(toks: Tokens, k: number, side: 'wl' | 'wr', spanBearing: boolean, words: SpanFeatures[], base: Feature[]): void {
  const w = toks.text[k] ?? ''
  const f = featIn(side === 'wl' ? T.wl : T.wr, side, w)
  let stem = f.stem
  if (stem === undefined) {
    const s = stemOf(w)
    stem = s === undefined ? null : side === 'wl' ? featIn(T.sl, 'sl', s) : featIn(T.sr, 'sr', s)
    f.stem = stem
  }
  if (spanBearing) {
    const a = toks.start[k] ?? 0
    const b = toks.end[k] ?? 0
    words.push({ a, b, feats: f.alone })
    if (stem) words.push({ a, b, feats: stem.alone })
  } else {
    base.push(f)
    if (stem) base.push(stem)
  }
}

/** the rules' decision for the role itself: a span-bearing feature (its span is the rules' cue) */
export const RULE_FEATURE = 'rule'

/**
 * The distinct features that score role `r` of a mention (what a model sums over); `withRules`: also the rules'
 * decisions (a joint model), else the cues alone (the cue part of a stacked model).
 */
export function featuresFor(f: MentionFeatures, r: RoleId, withRules: boolean): Set<string> {
  const set = new Set<string>()
  for (const x of f.base) set.add(x.name)
  for (const x of f.bag) set.add(x.name)
  for (const [role, x] of f.cross) if (role !== r) set.add(x.name)
  if (withRules) {
    for (const [role, x] of f.ruleCross) if (role !== r) set.add(x.name)
    if (f.rule.has(r)) set.add(RULE_FEATURE)
  }
  for (const sp of f.spans.get(r) ?? []) for (const x of sp.feats) set.add(x.name)
  for (const sp of f.words) for (const x of sp.feats) set.add(x.name)
  return set
}

/** whether role `r` can be given at all: only with a span to show for it */
export const canGive = (f: MentionFeatures, r: RoleId): boolean => f.spans.has(r) || f.rule.has(r) || f.words.length > 0
