import type { Catalogue } from '../catalogue/catalogue.ts'
import { AppError } from '../errors.ts'
import type { MentionLexicons } from './lexicon-schemas.ts'
import { PRIORITY, type Candidate } from './candidate.ts'
import { editDistanceWithin } from './edit-distance.ts'
import { foldString, isWordChar, type FoldedText } from './normalize-text.ts'
import { compilePhrases } from './phrase-matcher.ts'
import { trieRegexSource } from './trie-regex.ts'
import { tokenAt, type Tokens } from './tokenize.ts'
import type { WordClassRegistry } from './word-classes.ts'

interface Spelling {
  kind: 'alias' | 'context' | 'verb' | 'outside'
  platformId: string | null
  platform: string
  inCatalogue: boolean
  confidence: number
  needsContext: boolean
  requiresBefore: Set<string> | null
  /** a verb form that counts only before one of these words and not after an article ('app me', not 'de app haar') */
  requiresAfter: Set<string> | null
  rule: string
}

interface Surrounding {
  before: string[][]
  after: string[][]
}

interface Target {
  platformId: string | null
  platform: string
  inCatalogue: boolean
}

const keyOf = (s: string): string => s.replace(/[\s-]+/g, ' ')
/** words after which a word is a noun, so no verb form ('de app haar moeder gebruikte') */
const ARTICLES = new Set(['een', 'de', 'het', 'die', 'deze', 'dit', 'dat', 'welke', 'elke', 'zo\'n', 'via', 'op', 'in', 'met'])
/** subject pronouns that may stand between an auxiliary and the verb when the subject follows it ('toen gingen we snappen') */
const INVERTED_SUBJECTS = new Set(['we', 'wij', 'ze', 'zij', 'jullie', 'ik', 'hij', 'je', 'jij'])
/**
 * a verb form with context words counts after one of its words before ('ik app je'), also with the subject between
 * ('gingen we snappen'), or before one of its words after, not after an article ('app me', not 'de app haar')
 */
function verbContext(sp: { requiresBefore: Set<string> | null; requiresAfter: Set<string> | null }, prev2: string, prev: string, next: string): boolean {
  if (sp.requiresBefore?.has(prev)) return true
  if (sp.requiresBefore && INVERTED_SUBJECTS.has(prev) && sp.requiresBefore.has(prev2)) return true
  return (sp.requiresAfter?.has(next) ?? false) && !ARTICLES.has(prev)
}
const TLDS =
  'nl|com|be|org|net|me|am|eu|de|io|app|co|uk|tv|info|biz|fr|ru|to|cc|xxx|sex|live|chat|club|online|site|website|fm|gg|ly|es|it|pl|ro|ch|at'
const DOMAIN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@._/-])(?:https?:\\/\\/)?(?:www\\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS}))(?![\\p{L}\\p{N}-])(?:\\/[^\\s,;)"'<>]*)?`,
  'gu',
)
/** a top-level domain right at lastIndex */
const TLD_AT = new RegExp(`(?:${TLDS})`, 'y')

/**
 * Every domain holds a label character, a dot and a top-level domain: texts without one skip DOMAIN_RE. The dots
 * are found with indexOf, far cheaper than a regex tried at every position.
 */
function mayHoldDomain(s: string): boolean {
  for (let k = s.indexOf('.', 1); k >= 0; k = s.indexOf('.', k + 1)) {
    const c = s.charCodeAt(k - 1)
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue
    TLD_AT.lastIndex = k + 1
    if (TLD_AT.test(s)) return true
  }
  return false
}
/** longer words are no platform name or compound (bounds the work on hostile input) */
const MAX_NAME_LENGTH = 40
const INFLECTIONS = ['s', 'je', 'jes', 'en', 'er', 'ers', 'tje', 'tjes']

/** a surrounding word counts only within the same sentence ('op Snap.\nZij …' is no 'snap zij') */
function wordInSentence(toks: Tokens, k: number, sentence: number | undefined): string {
  return toks.sentence[k] === sentence && !toks.punct[k] ? (toks.text[k] ?? '') : ''
}

/** a named-mention candidate over folded [a, b) */
function namedCandidate(toks: Tokens, a: number, b: number, t: Target, conf: number, rule: string, priority: number): Candidate {
  const firstToken = tokenAt(toks, a)
  return {
    a,
    b,
    firstToken,
    lastToken: Math.max(firstToken, tokenAt(toks, b - 1)),
    platformId: t.platformId,
    platform: t.platform,
    inCatalogue: t.inCatalogue,
    kind: 'named',
    confidence: conf,
    priority,
    negated: false,
    roles: new Map(),
    evidence: [{ rule, a, b }],
  }
}

export interface NamedMatcher {
  find(ft: FoldedText, toks: Tokens, original: string): Candidate[]
}

export function buildNamedMatcher(catalogue: Catalogue, lex: MentionLexicons, classes?: WordClassRegistry): NamedMatcher {
  const spellings = new Map<string, Spelling[]>()
  const patterns = new Set<string>()
  const add = (raw: string, s: Spelling): void => {
    const folded = foldString(raw)
    const key = keyOf(folded)
    if (key.length < 1) return
    patterns.add(folded)
    const list = spellings.get(key)
    if (list) list.push(s)
    else spellings.set(key, [s])
  }
  const domains = new Map<string, Target>()
  for (const p of catalogue.platforms) {
    const base = { platformId: p.id, platform: p.name, inCatalogue: true, requiresBefore: null, requiresAfter: null }
    // a name that is also an ordinary word and listed as a context alias needs context too ('een haakse grinder')
    const contextOnly = new Set((p.context_aliases ?? []).map((c) => foldString(c.alias)))
    for (const a of [p.name, ...p.aliases, ...p.domains]) {
      if (contextOnly.has(foldString(a))) continue
      add(a, { ...base, kind: 'alias', confidence: 0.95, needsContext: false, rule: 'catalogue-alias' })
    }
    for (const c of p.context_aliases ?? []) {
      add(c.alias, { ...base, kind: 'context', confidence: 0.85, needsContext: true, rule: 'context-alias' })
    }
    for (const d of p.domains) domains.set(d, base)
  }
  lex.platformVerbs.entries.forEach((e, i) => {
    const p = catalogue.platformById(e.platform)
    if (!p) {
      throw new AppError('lexicon_invalid', {
        file: 'platform-verbs.json',
        path: `$.entries[${i}].platform`,
        reason: `unknown platform id "${e.platform}" (not in the catalogue)`,
      })
    }
    const requiresBefore = e.requires_before ? new Set(e.requires_before.map(foldString)) : null
    const requiresAfter = e.requires_after ? new Set(e.requires_after.map(foldString)) : null
    for (const f of e.forms) {
      add(f, {
        kind: 'verb', platformId: p.id, platform: p.name, inCatalogue: true, confidence: e.confidence,
        needsContext: false, requiresBefore, requiresAfter, rule: 'platform-verb',
      })
    }
  })
  for (const e of lex.outsideCatalogue.entries) {
    // a catalogue platform always wins over the outside list
    if (catalogue.platformByName(e.name)) continue
    for (const a of [e.name, ...e.aliases]) {
      add(a, {
        kind: 'outside', platformId: null, platform: e.name, inCatalogue: false, confidence: 0.8,
        needsContext: e.needs_context, requiresBefore: null, requiresAfter: null, rule: 'outside-catalogue',
      })
    }
    for (const d of e.domains ?? []) domains.set(d, { platformId: null, platform: e.name, inCatalogue: false })
  }
  const aliasRe = new RegExp(`(?<![\\p{L}\\p{N}@#_.])(?:${trieRegexSource(patterns)})`, 'gu')

  const ctx = lex.platformContext
  const prepositions = new Set(ctx.prepositions.map((x) => foldString(x.word)))
  const determiners = new Set(ctx.determiners.map((x) => foldString(x.word)))
  const nouns = new Set(ctx.platform_nouns.map((x) => foldString(x.word)))
  const channelVerbs = new Set(ctx.channel_verbs.map((x) => foldString(x.word)))
  const surroundings = (list: ReadonlyArray<{ alias: string; pattern: string }>): Map<string, Surrounding[]> => {
    const out = new Map<string, Surrounding[]>()
    for (const r of list) {
      const parts = foldString(r.pattern).trim().split(/\s+/)
      const at = parts.indexOf('@')
      const alts = (ws: string[]): string[][] => ws.map((w) => w.split('|'))
      const entry = { before: alts(parts.slice(0, Math.max(at, 0))), after: alts(parts.slice(at + 1)) }
      const key = keyOf(foldString(r.alias))
      out.set(key, [...(out.get(key) ?? []), entry])
    }
    return out
  }
  const rejects = surroundings(ctx.rejects)
  const accepts = surroundings(ctx.accepts)
  const domainStop = new Set(lex.outsideCatalogue.domain_stoplist.map((d) => d.domain))
  const nameStop = new Set(lex.outsideCatalogue.name_stoplist.map((d) => d.word.toLowerCase()))
  const fuzzyMin = lex.fuzzyMatching.min_length
  const fuzzyExcluded = new Set(lex.fuzzyMatching.exclusions.map((e) => foldString(e.word)))
  const fuzzyTargets: Array<{ word: string; s: Spelling }> = []
  for (const [k, list] of spellings) {
    // a platform name that needs context is still a target: 'Telegramm' is no ordinary word
    const s = list.find((x) => x.kind === 'alias') ?? list.find((x) => x.kind === 'context' && foldString(x.platform ?? '') === k)
    // targets may be one shorter than the token: Baddoo for Badoo
    if (s && k.length >= fuzzyMin - 1 && /^[a-z0-9]+$/.test(k)) fuzzyTargets.push({ word: k, s })
  }
  // a misspelling keeps its first or its last two letters ('Whatsap', 'Snapcaht', 'Instagramm')
  const fuzzyByStart = new Map<string, Array<{ word: string; s: Spelling }>>()
  const fuzzyByEnd = new Map<string, Array<{ word: string; s: Spelling }>>()
  for (const t of fuzzyTargets) {
    const a = t.word.slice(0, 2)
    const b = t.word.slice(-2)
    fuzzyByStart.set(a, [...(fuzzyByStart.get(a) ?? []), t])
    fuzzyByEnd.set(b, [...(fuzzyByEnd.get(b) ?? []), t])
  }
  // the same two-letter keys as bits over ASCII code pairs, so that most words are rejected without a substring
  const pairIndex = (a: number, b: number): number => (a < 128 && b < 128 ? (a << 7) | b : -1)
  const startPairs = new Uint8Array(1 << 14)
  const endPairs = new Uint8Array(1 << 14)
  for (const k of fuzzyByStart.keys()) if (k.length === 2 && pairIndex(k.charCodeAt(0), k.charCodeAt(1)) >= 0) startPairs[pairIndex(k.charCodeAt(0), k.charCodeAt(1))] = 1
  for (const k of fuzzyByEnd.keys()) if (k.length === 2 && pairIndex(k.charCodeAt(0), k.charCodeAt(1)) >= 0) endPairs[pairIndex(k.charCodeAt(0), k.charCodeAt(1))] = 1
  /** false only when neither the first nor the last two characters of folded[a, b) key a fuzzy target */
  const mayBeNear = (f: string, a: number, b: number): boolean => {
    const s0 = pairIndex(f.charCodeAt(a), f.charCodeAt(a + 1))
    const e0 = pairIndex(f.charCodeAt(b - 2), f.charCodeAt(b - 1))
    return s0 < 0 || e0 < 0 || startPairs[s0] === 1 || endPairs[e0] === 1
  }
  const nearAlias = (w: string): { word: string; s: Spelling } | undefined => {
    for (const list of [fuzzyByStart.get(w.slice(0, 2)), fuzzyByEnd.get(w.slice(-2))]) {
      for (const t of list ?? []) {
        if (Math.abs(t.word.length - w.length) <= 1 && editDistanceWithin(w, t.word, 1) <= 1) return t
      }
    }
    return undefined
  }
  const appositionNouns = new Set(['app', 'chatapp', 'datingapp', 'berichtenapp', 'platform', 'website', 'site', 'datingsite', 'chatsite', 'server', 'dienst', 'game', 'spel'])
  const platformNounPhrase = compilePhrases([
    'de|het|een|die|deze app|chatapp|datingapp|berichtenapp|platform|website|site|datingsite|chatsite|server|dienst|game|spel',
  ], classes)

  /** a misspelt name compounded with a platform noun: 'Snapcahtgroep', 'Baddoogroep', 'Instagrammaccount' */
  const nearCompound = (w: string): { word: string; s: Spelling } | undefined => {
    if (!fuzzyByStart.has(w.slice(0, 2))) return undefined
    for (let k = fuzzyMin - 1; k <= w.length - 3; k++) {
      // an excluded word is no misspelt name as a compound's stem either ('kindersite', 'kindergroep')
      if (!isNounCompound(w.slice(k)) || fuzzyExcluded.has(w.slice(0, k))) continue
      const t = nearAlias(w.slice(0, k))
      if (t) return t
    }
    return undefined
  }

  // words repeat across texts: the answer per word is kept (bounded)
  const nearCache = new Map<string, { word: string; s: Spelling } | null>()
  const nearName = (w: string): { word: string; s: Spelling } | undefined => {
    let t = nearCache.get(w)
    if (t === undefined) {
      // words never taken for a misspelling (excluded, or a spelling of their own) get their answer cached too
      t = fuzzyExcluded.has(w) || spellings.has(w) ? null : (nearAlias(w) ?? nearCompound(w) ?? null)
      if (nearCache.size >= 20_000) nearCache.clear()
      nearCache.set(w, t)
    }
    return t ?? undefined
  }

  /** true when suffix is made of platform nouns, optionally with a linking s ('snapchataccount', 'whatsappgroepsgesprek') */
  function isNounCompound(rest: string): boolean {
    if (rest.length === 0) return true
    if (rest.length > MAX_NAME_LENGTH) return false
    for (let i = rest.length; i >= 2; i--) {
      const head = rest.slice(0, i)
      if (nouns.has(head) && isNounCompound(rest.slice(i))) return true
      if (head.startsWith('s') && nouns.has(head.slice(1)) && isNounCompound(rest.slice(i))) return true
    }
    return false
  }

  /** '@naam': the tokenizer keeps the name, the @ stays in front of it */
  function isHandle(folded: string, toks: Tokens, i: number): boolean {
    const a = toks.start[i]
    return a !== undefined && a > 0 && !toks.punct[i] && folded.charCodeAt(a - 1) === 64
  }

  function word(toks: Tokens, i: number): string {
    return toks.punct[i] ? '' : (toks.text[i] ?? '')
  }

  function fits(list: Surrounding[] | undefined, toks: Tokens, first: number, last: number): boolean {
    const sentence = toks.sentence[first]
    for (const r of list ?? []) {
      let ok = true
      for (let j = 0; j < r.before.length && ok; j++) {
        const alts = r.before[r.before.length - 1 - j] ?? []
        ok = alts.includes(wordInSentence(toks, first - 1 - j, sentence))
      }
      for (let j = 0; j < r.after.length && ok; j++) ok = (r.after[j] ?? []).includes(wordInSentence(toks, last + 1 + j, sentence))
      if (ok) return true
    }
    return false
  }

  /** whether the word before `first` is a capitalised word in mid-sentence and no platform name: 'De Snelle Messenger' */
  function inProperName(toks: Tokens, first: number, named: Set<number>, original: string, ft: FoldedText): boolean {
    const p = first - 1
    if (p < 0 || toks.punct[p] || named.has(p) || toks.sentence[p] !== toks.sentence[first]) return false
    // a word opening the sentence or an answer ('A: Van Snap.') is capitalised for that reason
    if (p === toks.sentenceStart[toks.sentence[p] ?? 0] || toks.text[p - 1] === ':' || QUOTES.has(toks.text[p - 1] ?? '') || spellings.has(toks.text[p] ?? '')) return false
    return capitalisedAt(toks, p, original, ft)
  }

  /** whether the word at `k` starts with a capital in the original text */
  function capitalisedAt(toks: Tokens, k: number, original: string, ft: FoldedText): boolean {
    return /^\p{Lu}/u.test(original[ft.start(toks.start[k] ?? 0)] ?? '')
  }

  /** whether the words around an ambiguous name show a platform is meant */
  function hasPlatformContext(toks: Tokens, first: number, last: number, named: Set<number>, key: string, original: string, ft: FoldedText): boolean {
    if (fits(accepts.get(key), toks, first, last)) return true
    // capitalised in mid-sentence: 'ook geen Kik', 'van Speurders'
    const sentenceInitial = first === toks.sentenceStart[toks.sentence[first] ?? 0]
    // …but not as the last word of a longer proper name: 'een koerier van De Snelle Messenger'
    if (!sentenceInitial && capitalisedAt(toks, first, original, ft) && !inProperName(toks, first, named, original, ft)) return true
    let p = first - 1
    if (determiners.has(word(toks, p))) p--
    if (prepositions.has(word(toks, p))) return true
    const next = word(toks, last + 1)
    if (nouns.has(next)) return true
    if (isHandle(ft.folded, toks, last + 1) || (toks.text[last + 1] === ':' && isHandle(ft.folded, toks, last + 2))) return true
    for (let j = last + 1; j <= last + 3 && j < toks.count; j++) if (channelVerbs.has(word(toks, j))) return true
    // apposition: 'de app Signal', 'het platform Tagged'
    for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
      if (platformNounPhrase.matchAt(toks, 0, j, first)) return true
    }
    // coordination with a named platform: 'via WhatsApp, Kik en Snapchat'
    const coordinated = (j: number): boolean => {
      const w = toks.text[j]
      return w === ',' || w === 'en' || w === 'of' || w === '/'
    }
    if (coordinated(first - 1) && (named.has(first - 2) || named.has(first - 3))) return true
    if (coordinated(last + 1) && (named.has(last + 2) || named.has(last + 3))) return true
    // a label in a list of platforms: 'Snapchat: ja. Telegram: onbekend.', '- Kik: mogelijk'
    const opensLabel = sentenceInitial || toks.text[first - 1] === '-' || toks.text[first - 1] === '–'
    if (!opensLabel || toks.text[last + 1] !== ':') return false
    for (const k of named) if (k < first || k > last) return true
    return false
  }

  return {
    find(ft, toks, original) {
      const s = ft.folded
      const out: Candidate[] = []
      // URLs and bare domains
      DOMAIN_RE.lastIndex = 0
      for (let m = mayHoldDomain(s) ? DOMAIN_RE.exec(s) : null; m; m = DOMAIN_RE.exec(s)) {
        let text = m[0]
        while (/[.,:!?]$/.test(text)) text = text.slice(0, -1)
        const host = m[1] ?? ''
        let target: Target | undefined
        // catalogue domains have at most four labels: look at the host's last four ('m.facebook.com')
        const labels = host.split('.').slice(-4)
        for (let i = 0; i < labels.length - 1 && !target; i++) target = domains.get(labels.slice(i).join('.'))
        if (!target) {
          const sp = spellings.get(host)?.find((x) => x.kind === 'alias' || x.kind === 'outside')
          if (sp) target = sp
        }
        // a misspelt catalogue domain ('sexmark.nl'): its name one edit from a name of the catalogue
        const bare = labels.length === 2 || (labels.length === 3 && labels[0] === 'www')
        const tld = labels[labels.length - 1]
        if (!target && bare && (tld === 'nl' || tld === 'com')) {
          const name = labels[labels.length - 2] ?? ''
          const t = name.length >= fuzzyMin && /^[a-z0-9]+$/.test(name) ? nearName(name) : undefined
          if (t && t.s.platformId !== null) target = t.s
        }
        if (target) {
          out.push(namedCandidate(toks, m.index, m.index + text.length, target, 0.95, 'domain', PRIORITY.domain))
        } else if (host.length <= 253 && !labels.some((_, i) => domainStop.has(labels.slice(i).join('.')))) {
          const orig = original.slice(ft.start(m.index + m[0].indexOf(host)), ft.end(m.index + m[0].indexOf(host) + host.length - 1))
          const name = orig.replace(/^www\./i, '')
          const proper = name.charAt(0).toUpperCase() + name.slice(1)
          out.push(
            namedCandidate(toks, m.index, m.index + text.length, { platformId: null, platform: proper, inCatalogue: false }, 0.6, 'unknown-domain', PRIORITY.outsideGuess),
          )
        }
      }

      // aliases, compounds, context aliases, verbs and names outside the catalogue
      const exactNamed = new Set<number>()
      const pending: Array<{ c: Candidate; key: string; sp: Spelling }> = []
      aliasRe.lastIndex = 0
      for (let m = aliasRe.exec(s); m; m = aliasRe.exec(s)) {
        const a = m.index
        let b = a + m[0].length
        const key = keyOf(m[0])
        const list = spellings.get(key)
        if (!list) continue
        let compound = false
        if (isWordChar(s[b])) {
          let e = b
          while (isWordChar(s[e])) e++
          const rest = s.slice(b, e)
          const inflectable = list.some((x) => (x.kind === 'alias' || x.kind === 'outside') && !x.needsContext)
          if (isNounCompound(rest) || (inflectable && key.length >= 5 && INFLECTIONS.includes(rest))) {
            compound = true
            b = e
          } else {
            continue
          }
        }
        const sp = list.find((x) => x.kind === 'alias') ?? list.find((x) => x.kind === 'outside' && !x.needsContext) ?? list[0]
        if (!sp) continue
        const priority = compound && sp.kind === 'alias' ? PRIORITY.compound : PRIORITY[sp.kind === 'outside' ? 'outside' : sp.kind]
        const c = namedCandidate(toks, a, b, sp, compound ? Math.min(sp.confidence, 0.9) : sp.confidence, compound ? `${sp.rule}+compound` : sp.rule, priority)
        if (sp.kind === 'alias') for (let t = c.firstToken; t <= c.lastToken; t++) exactNamed.add(t)
        // compounds with a platform noun are context enough ('snapaccount', 'telegramgroep')
        if (compound && sp.needsContext) c.confidence = 0.8
        pending.push({ c, key, sp: compound && sp.needsContext ? { ...sp, needsContext: false } : sp })
      }
      // names found so far, for coordination: 'via ig en wa' (an abbreviation found in context counts as a name)
      const found = new Set(exactNamed)
      for (const { c, key, sp } of pending) {
        if (sp.kind === 'verb' && (sp.requiresBefore || sp.requiresAfter) && !verbContext(sp, word(toks, c.firstToken - 2), word(toks, c.firstToken - 1), word(toks, c.lastToken + 1))) continue
        const hyphenNoun = toks.hyphenBefore[c.lastToken + 1] === 1 && nouns.has(word(toks, c.lastToken + 1))
        const isCompound = hyphenNoun || (c.evidence[0]?.rule.endsWith('+compound') ?? false)
        if (!isCompound && fits(rejects.get(key), toks, c.firstToken, c.lastToken)) continue
        if (sp.needsContext) {
          if (!hasPlatformContext(toks, c.firstToken, c.lastToken, found, key, original, ft)) continue
          c.evidence.push({ rule: 'platform-context', a: c.a, b: c.b })
          for (let t = c.firstToken; t <= c.lastToken; t++) found.add(t)
        }
        out.push(c)
      }

      // a handle right after a platform name is evidence for it ('haar Instagram-account @naam', 'sc: @naam')
      for (const c of out) {
        for (let k = c.lastToken + 1; k <= c.lastToken + 3 && k < toks.count; k++) {
          if (toks.sentence[k] !== toks.sentence[c.lastToken]) break
          if (isHandle(s, toks, k)) {
            c.evidence.push({ rule: 'handle', a: (toks.start[k] ?? 1) - 1, b: toks.end[k] ?? 0 })
            break
          }
        }
      }

      // misspellings: one edit away from a long alias
      for (let i = 0; i < toks.count; i++) {
        const w = toks.text[i] ?? ''
        // names are short: a long token (a URL, a run of letters) is never a misspelt name
        if (toks.punct[i] || w.length < fuzzyMin || w.length > MAX_NAME_LENGTH || exactNamed.has(i)) continue
        if (!mayBeNear(s, toks.start[i] ?? 0, toks.end[i] ?? 0)) continue
        const t = nearName(w)
        if (t) {
          const a = toks.start[i] ?? 0
          out.push(namedCandidate(toks, a, toks.end[i] ?? a, t.s, 0.75, 'misspelling', PRIORITY.fuzzy))
        }
      }

      // unknown names in a platform position: 'de app Wizz', 'een Yubo-account', 'via OnlyFans'
      for (let i = 0; i < toks.count; i++) {
        if (toks.punct[i]) continue
        const oStart = ft.start(toks.start[i] ?? 0)
        const c0 = original.charCodeAt(oStart)
        // only capitalised words can be a proper name; check the first letter before slicing anything
        if (c0 < 0x80 ? c0 < 0x41 || c0 > 0x5a : !/\p{Lu}/u.test(original[oStart] ?? '')) continue
        const nounAfter = toks.hyphenBefore[i + 1] === 1 && nouns.has(word(toks, i + 1))
        const sentenceInitial = i === toks.sentenceStart[toks.sentence[i] ?? 0]
        if (sentenceInitial && !nounAfter) continue
        const prep = prepositions.has(word(toks, i - 1))
        const apposition = appositionNouns.has(word(toks, i - 1)) && platformNounPhrase.matchAt(toks, 0, i - 2, i) !== null
        if (!nounAfter && !prep && !apposition) continue
        // a word right after a found name is part of that name's product, no platform of its own ('WhatsApp Business-account')
        if (out.some((c) => c.lastToken === i - 1)) continue
        const orig = original.slice(oStart, ft.end((toks.end[i] ?? 1) - 1))
        if (nameStop.has(orig.toLowerCase()) || spellings.has(toks.text[i] ?? '')) continue
        const camel = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(orig)
        if (apposition || nounAfter || (camel && prep)) {
          const a = toks.start[i] ?? 0
          out.push(
            namedCandidate(toks, a, toks.end[i] ?? a, { platformId: null, platform: orig, inCatalogue: false }, 0.6, 'outside-catalogue-guess', PRIORITY.outsideGuess),
          )
        }
      }
      // 'een "hot or not"-spel', 'als "chatgirl"': a lower-case name in quotation marks is a word quoted as a term
      return out.filter((c) => !quotedTerm(original, ft, c))
    },
  }
}

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '„'])

/** whether the candidate stands between quotation marks, written without capitals and not as an address */
function quotedTerm(original: string, ft: FoldedText, c: Candidate): boolean {
  const a = ft.start(c.a)
  const b = ft.end(c.b - 1)
  if (!QUOTES.has(original[a - 1] ?? '') || !QUOTES.has(original[b] ?? '')) return false
  const surface = original.slice(a, b)
  return !/[\p{Lu}.]/u.test(surface)
}
