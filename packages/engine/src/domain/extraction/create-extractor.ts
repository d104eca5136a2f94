import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS } from '@platformscope/contract'
import type { Catalogue } from '../catalogue/catalogue.ts'
import type { Evidence, Extractor, Findings, MentionFinding } from './extractor.ts'
import type { Candidate, FoldedEvidence } from './candidate.ts'
import type { PhraseHit } from './phrase-matcher.ts'
import type { MentionLexicons } from './lexicon-schemas.ts'
import type { PersonLexicon } from './person-lexicon.ts'
import type { VulnerabilityLexicon } from './vulnerability-lexicon.ts'
import { buildNamedMatcher } from './match-named.ts'
import { buildGenericMatcher } from './match-generic.ts'
import { buildNegationDetector } from './detect-negation.ts'
import { buildRoleAssigner, type RuleMatches } from './assign-roles.ts'
import { extractPersons } from './extract-persons.ts'
import { extractVulnerabilities } from './extract-vulnerabilities.ts'
import { tokenize as tokenizeClauses } from './clause-tokens.ts'
import { foldText, originalSpan, type FoldedText } from './normalize-text.ts'
import { tokenize, type Tokens } from './tokenize.ts'
import { WordClassRegistry } from './word-classes.ts'
import { buildRoleScorer, type RoleModelData } from './role-model.ts'
import { mentionFeatures, type FeatureVariant, type MentionFeatures } from './role-features.ts'

/** Bump when matching rules change in code; lexicon changes change the version through their hash. */
export const EXTRACTOR_VERSION = 'ps-extract-13'

export interface Lexicons {
  mentions: MentionLexicons
  persons: PersonLexicon
  vulnerabilities: VulnerabilityLexicon
  /** the learned role scorer's weights (data/lexicons/role-model.json), when there is one */
  roleModel?: RoleModelData
  /** content hash of the lexicon files (and the role model), part of the extractor version */
  hash: string
}

/** A mention after the rules, with what the learned role scorer sees of it (for training and evaluation). */
export interface RoleExample {
  start: number
  end: number
  negated: boolean
  /** the rules' roles */
  roles: RoleId[]
  features: MentionFeatures | undefined
}

/**
 * Builds the extractor once from the catalogue and the lexicons; `extract` is pure and allocation-light.
 * ```ts
 * const x = createExtractor(loadCatalogue(), loadLexicons())
 * x.extract({ id: 'R1', text: 'Zij werd via Snapchat benaderd.' }).mentions[0]?.platform // 'Snapchat'
 * ```
 */
export function createExtractor(catalogue: Catalogue, lexicons: Lexicons): Extractor {
  const model = lexicons.roleModel?.enabled ? lexicons.roleModel : undefined
  const p = buildPipeline(catalogue, lexicons)
  const scorer = model ? buildRoleScorer(model, p.roles, p.categoryOf) : undefined
  return {
    version: `${EXTRACTOR_VERSION}+${lexicons.hash}`,
    catalogueVersion: catalogue.version,
    lexicons,
    extract(input): Findings {
      const text = input.text
      const { ft, toks, mentions, matched } = p.mentionsWithRuleRoles(text)
      scorer?.apply(toks, mentions, matched)
      // persons and vulnerabilities read the same clause tokens: made once
      const clauseTokens = tokenizeClauses(text)
      return {
        mentions: mentions.map((m) => toFinding(m, ft, text)),
        persons: extractPersons(text, input.date ?? undefined, lexicons.persons, clauseTokens),
        vulnerabilities: extractVulnerabilities(text, lexicons.vulnerabilities, clauseTokens),
      }
    },
  }
}

/**
 * Every mention of a text after the rules gave roles, with the learned scorer's features: what `npm run train:roles`
 * and the leave-one-annotator-out evaluation learn from. The same code path as `extract`.
 */
export function createRoleExampleReader(
  catalogue: Catalogue,
  lexicons: Lexicons,
  variant: FeatureVariant,
): (text: string) => RoleExample[] {
  const p = buildPipeline(catalogue, lexicons)
  return (text) => {
    const { ft, toks, mentions, matched } = p.mentionsWithRuleRoles(text)
    const feats = mentionFeatures(toks, mentions, p.roles, p.categoryOf, variant, matched)
    return mentions.map((m) => {
      const [start, end] = originalSpan(ft, m.a, m.b)
      return { start, end, negated: m.negated, roles: ROLE_IDS.filter((r) => m.roles.has(r)), features: feats.get(m) }
    })
  }
}

/** Mention detection, negation and the rule-based roles: everything up to the learned scorer. */
function buildPipeline(catalogue: Catalogue, lexicons: Lexicons) {
  // every phrase matcher adds its words to one registry, so that tokens are classed once for all of them
  const registry = new WordClassRegistry()
  const named = buildNamedMatcher(catalogue, lexicons.mentions, registry)
  const generic = buildGenericMatcher(lexicons.mentions, registry)
  const negation = buildNegationDetector(lexicons.mentions, registry)
  const categoryOf = (id: string): string | undefined => catalogue.platformById(id)?.category
  const roles = buildRoleAssigner(lexicons.mentions, categoryOf, registry)
  const classes = registry.classes
  return {
    roles,
    categoryOf,
    /** also what the rules matched per sentence: the scorer's features read it instead of matching again */
    mentionsWithRuleRoles(text: string): { ft: FoldedText; toks: Tokens; mentions: Candidate[]; matched: RuleMatches } {
      const ft = foldText(text)
      const toks = tokenize(ft, text, classes)
      const namedCands = named.find(ft, toks, text)
      const describes = describedNamed(namedCands, toks)
      const genericCands = generic.find(toks).filter((g) => !describes(g))
      const mentions = dropQualifiers(toks, resolveOverlaps([...namedCands, ...genericCands]))
      // markers, negation and roles only change mentions: a text without any (about a quarter) skips them
      if (mentions.length === 0) return { ft, toks, mentions, matched: NO_MATCHES }
      const markers = generic.unknownMarkers(toks)
      for (const marker of markers) {
        const m = markedMention(toks, mentions, marker)
        if (!m) continue
        // 'via internet … Melder weet niet op welke site', '"via internet"; welke site weet zij niet': the net as a whole
        // stays generic when the marker asks after a type of platform on it (GUIDELINES heldout-22: internet generic,
        // site unclear)
        if (NET_WORDS.has(toks.text[m.firstToken] ?? '') && askedType(toks, marker)) continue
        markUnclear(m, 'unknown-marker', toks.start[marker.first] ?? 0, toks.end[marker.last] ?? 0)
      }
      markGuessedNames(toks, mentions)
      negation.apply(toks, mentions, markers.map((h) => [h.first, h.last] as const))
      const matched = roles.apply(toks, mentions)
      return { ft, toks, mentions, matched }
    },
  }
}

/** what the rules matched in a text without mentions: nothing the scorer reads */
const NO_MATCHES: RuleMatches = []

/** a generic mention the text shows to be a platform not known which: unclear, at the lower confidence, with its evidence */
function markUnclear(m: Candidate, rule: string, a: number, b: number): void {
  m.kind = 'unclear'
  m.confidence = 0.7
  m.evidence.push({ rule, a, b, gives: 'unclear' })
}

/** verbs of guessing before 'dat het <name>' ('Ik denk dat het Eromarkt was') */
const GUESS_VERBS = new Set(['denk', 'denkt', 'dacht', 'dachten', 'vermoed', 'vermoedt', 'vermoedde'])

/**
 * 'Hij zette haar op een website. "Ik denk dat het Eromarkt was, maar …"': a type word whose name the text only guesses
 * right after it is a platform that was used but not known which, unclear (GUIDELINES heldout-35, -38, -39); the
 * guessed name itself is a supposition (negation). The type word stands in the guess's sentence or the one before.
 */
function markGuessedNames(toks: Tokens, mentions: readonly Candidate[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const n = mentions[i]
    if (!n || n.kind !== 'named') continue
    const f = n.firstToken
    if (toks.text[f - 1] !== 'het' || toks.text[f - 2] !== 'dat' || !GUESS_VERBS.has(toks.text[f - 3] ?? '')) continue
    const s = toks.sentence[f] ?? 0
    for (let j = i - 1; j >= 0; j--) {
      const m = mentions[j]
      if (!m || (toks.sentence[m.firstToken] ?? 0) < s - 1) break
      if (m.kind === 'named') break
      if (m.kind === 'generic' && !NET_WORDS.has(toks.text[m.firstToken] ?? '')) {
        markUnclear(m, 'guessed-name', toks.start[f - 3] ?? 0, toks.end[n.lastToken] ?? 0)
      }
      break
    }
  }
}

/** words for the internet as a whole, not a type of platform */
const NET_WORDS = new Set(['internet'])
/** type words a marker can ask after ('welke site', 'op welke app') */
const ASKED_TYPES = new Set(['site', 'sites', 'website', 'websites', 'app', 'apps', 'platform', 'forum', 'datingsite', 'sekssite', 'advertentiesite'])
/** whether a 'not known which' marker names a type of platform itself ('welke site weet zij niet') */
function askedType(toks: Tokens, marker: PhraseHit): boolean {
  for (let k = marker.first; k <= marker.last; k++) if (ASKED_TYPES.has(toks.text[k] ?? '')) return true
  return false
}

/**
 * The type word a 'not known which' marker is about: the nearest generic mention before it in its own sentence or the
 * two before ('op een chatsite … op een sekssite, maar welke site dat was weet zij niet' → the sekssite), else one after
 * it in its own sentence. Named mentions are passed over; an unclear one already carries its own marker.
 */
function markedMention(toks: Tokens, mentions: readonly Candidate[], marker: PhraseHit): Candidate | undefined {
  const ms = toks.sentence[marker.first] ?? 0
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]
    if (!m || m.firstToken > marker.first) continue
    const s = toks.sentence[m.firstToken] ?? 0
    if (s < ms - 2) break
    if (m.kind === 'named') continue
    return m.kind === 'generic' ? m : undefined
  }
  return mentions.find((m) => m.kind === 'generic' && m.firstToken > marker.last && toks.sentence[m.firstToken] === ms)
}

/**
 * 'de datingapp Badoo', 'Snapchat-app', 'Luxy, een app voor …': a type word that only describes a named mention is no
 * mention itself
 */
function describedNamed(named: readonly Candidate[], toks: Tokens): (g: Candidate) => boolean {
  const starts = new Set(named.map((n) => n.firstToken))
  const ends = new Set(named.map((n) => n.lastToken))
  const apposition = (g: Candidate): boolean => {
    if (toks.text[g.firstToken - 2] !== ',' || toks.text[g.firstToken - 1] !== 'een') return false
    if (ends.has(g.firstToken - 3)) return true
    // 'verklaart de afspraak via Luxy te hebben gemaakt, een app voor rijke mannen.': an apposition that closes the
    // sentence describes the named platform a few words before its comma
    const s = toks.sentence[g.firstToken]
    // 'een app voor rijke mannen', 'een site met advertenties': a describing phrase, not a clause with a verb
    if (toks.sentence[g.lastToken + 1] === s && !toks.punct[g.lastToken + 1] && !DESCRIBING.has(toks.text[g.lastToken + 1] ?? '')) return false
    let k = g.lastToken + 1
    while (k < toks.count && toks.sentence[k] === s && !toks.punct[k] && k - g.lastToken <= MAX_CLOSING_APPOSITION) k++
    if (toks.sentence[k] === s && toks.text[k] !== '.') return false
    for (let j = g.firstToken - 4; j >= g.firstToken - 3 - MAX_CLOSING_APPOSITION; j--) {
      if (toks.sentence[j] !== s || toks.punct[j]) return false
      if (ends.has(j)) return true
    }
    return false
  }
  // 'apps aangetroffen: WhatsApp, Telegram en Signal': a type word whose list of names follows a colon
  // 'apps op de telefoon van benadeelde (16): WhatsApp, …', 'Platforms in gebruik bij verdachte: - Snapchat': also after
  // a short place and an age aside, and with a list dash after the colon (heldout-20, heldout-23)
  const listed = (g: Candidate): boolean => {
    for (let k = g.lastToken + 1; k <= g.lastToken + MAX_LIST_LEAD && k < toks.count; k++) {
      if (toks.sentence[k] !== toks.sentence[g.lastToken]) return false
      if (!toks.punct[k]) continue
      if (toks.text[k] === '(' || toks.text[k] === ')') continue
      if (toks.text[k] !== ':') return false
      return starts.has(k + 1) || (toks.text[k + 1] === '-' && starts.has(k + 2))
    }
    return false
  }
  // 'een chatbox op Habbo', 'een kanaal op Snapchat': a type word placed on a named platform is a part of it (tune-5)
  const located = (g: Candidate): boolean => PART_OF.has(toks.text[g.lastToken + 1] ?? '') && starts.has(g.lastToken + 2)
  return (g) =>
    starts.has(g.lastToken) || starts.has(g.lastToken + 1) || ends.has(g.firstToken - 1) || apposition(g) || listed(g) || located(g)
}

/** at most this many tokens between a type word and the colon of the list of names after it */
const MAX_LIST_LEAD = 8
/** at most this many words between a named platform and the comma of an apposition closing the sentence, and in it */
const MAX_CLOSING_APPOSITION = 4
/** prepositions that open the describing part of such an apposition ('een app voor …', 'een site met …') */
const DESCRIBING = new Set(['voor', 'met', 'van', 'uit', 'waar', 'waarop'])
/** 'een chatbox op Habbo', 'de chat van Badoo', 'een groep in Telegram' */
const PART_OF = new Set(['op', 'van', 'in', 'binnen'])
const LOCATIVES = new Set(['op', 'van', 'via', 'in'])
const ARTICLES = new Set(['een', 'de', 'het'])

/** 'chatbox op internet', 'chatbox op een jongerensite': a locative (and article) right after the other mention */
function qualifies(toks: Tokens, prevLast: number, first: number): boolean {
  // 'Hij zette mij op internet. Op een site met advertenties.': a new sentence is no qualifier of the mention before
  if (toks.sentence[prevLast] !== toks.sentence[first]) return false
  if (prevLast === first - 2) return LOCATIVES.has(toks.text[first - 1] ?? '')
  return prevLast === first - 3 && LOCATIVES.has(toks.text[first - 2] ?? '') && ARTICLES.has(toks.text[first - 1] ?? '')
}

/** 'een chatbox op internet': a generic type word that only says where another mention lives is not a mention */
function dropQualifiers(toks: Tokens, ms: Candidate[]): Candidate[] {
  return ms.filter(
    (m, i) =>
      !(
        m.kind === 'generic' &&
        i > 0 &&
        qualifies(toks, ms[i - 1]?.lastToken ?? -9, m.firstToken)
      ),
  )
}

/** reused between texts: allocating a typed array per text costs more than clearing one */
let takenScratch = new Uint8Array(4096)

function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const ordered = [...cands].sort((x, y) => x.priority - y.priority || y.b - y.a - (x.b - x.a) || x.a - y.a)
  const end = ordered.reduce((n, c) => Math.max(n, c.b), 0)
  // characters already taken by a better candidate; linear in the text, whatever the number of candidates
  if (takenScratch.length < end + 1) takenScratch = new Uint8Array(Math.max(end + 1, takenScratch.length * 2))
  const taken = takenScratch
  taken.fill(0, 0, end + 1)
  const kept: Candidate[] = []
  for (const c of ordered) {
    let free = true
    for (let k = c.a; k < c.b && free; k++) free = taken[k] === 0
    if (!free) continue
    taken.fill(1, c.a, c.b)
    kept.push(c)
  }
  return kept.sort((x, y) => x.a - y.a)
}

function evidenceOf(e: FoldedEvidence, ft: FoldedText, text: string): Evidence {
  const [s, t] = originalSpan(ft, e.a, e.b)
  const surface = text.slice(s, t)
  if (e.feature !== undefined) return { rule: e.rule, start: s, end: t, surface, gives: e.gives, feature: e.feature }
  // two literals rather than a conditional spread, which copies the object once more
  return e.gives ? { rule: e.rule, start: s, end: t, surface, gives: e.gives } : { rule: e.rule, start: s, end: t, surface }
}

function toFinding(m: Candidate, ft: FoldedText, text: string): MentionFinding {
  const [start, end] = originalSpan(ft, m.a, m.b)
  const roles: RoleId[] = m.negated ? [] : ROLE_IDS.filter((r) => m.roles.has(r))
  return {
    start,
    end,
    surface: text.slice(start, end),
    platform: m.platform,
    platformId: m.platformId,
    inCatalogue: m.inCatalogue,
    kind: m.kind,
    negated: m.negated,
    roles,
    confidence: m.confidence,
    evidence: [...m.evidence.map((e) => evidenceOf(e, ft, text)), ...roles.flatMap((r) => { const e = m.roles.get(r); return e ? [evidenceOf(e, ft, text)] : [] })],
  }
}
