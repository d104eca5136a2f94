import type { Evidence, VulnerabilityFinding } from './extractor.ts'
import { tokenize, type ClauseToken } from './clause-tokens.ts'
import type { Pattern, PatternStep, VulnerabilityEntry, VulnerabilityLexicon } from './vulnerability-lexicon.ts'
import { wordClassesOf } from './word-classes.ts'

const MAX_GAP = 3
/** how far (tokens) a 'with' word or the subject of a cue may be; registration sentences are far shorter */
const REACH = 40
const DETERMINERS = new Set(['haar', 'zijn', 'de', 'het', 'een', 'diens', 'hun'])

/**
 * Vulnerability factors of the registration's victim, from the cue lexicon. A factor is returned when at
 * least one cue for it is affirmed: not negated (ConText-style triggers within the sentence, stopped by
 * terminators) and, for victim-only factors, not about the suspect or a parent.
 */
export function extractVulnerabilities(text: string, lexicon: VulnerabilityLexicon): VulnerabilityFinding[] {
  const tokens = tokenize(text)
  const found = new Map<string, VulnerabilityFinding>()
  const matcher = new Matcher(tokens, lexicon)
  const cues = cueIndex(lexicon)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.kind === 'punct') continue
    const candidates = cues.candidates(t.norm)
    if (candidates.length === 0) continue
    for (const entry of candidates) {
      const m = matcher.match(i, entry.cue)
      if (!m) continue
      if (!matcher.affirmed(entry, i, m)) continue
      const a = tokens[i]
      const b = tokens[m.last]
      if (!a || !b) continue
      const evidence: Evidence = { rule: `vulnerability.cue:${entry.source}`, start: a.start, end: b.end, surface: text.slice(a.start, b.end), gives: entry.factor }
      const f = found.get(entry.factor)
      if (!f) found.set(entry.factor, { factor: entry.factor, start: a.start, end: b.end, evidence: [evidence] })
      else if (!f.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) f.evidence.push(evidence)
    }
  }
  return [...found.values()].sort((x, y) => x.start - y.start)
}

const NONE: readonly VulnerabilityEntry[] = []
const CACHE_LIMIT = 50_000

/**
 * The cues whose first word fits a word, in the order of the lexicon's indexes (exact first words, then prefixes
 * by their first three letters). Words are classed by a character trie of the cues' first words, so the answer is
 * a table read per class instead of a string look-up per token.
 */
interface CueIndex {
  candidates(word: string): readonly VulnerabilityEntry[]
}

const cueIndexes = new WeakMap<VulnerabilityLexicon, CueIndex>()

function cueIndex(lexicon: VulnerabilityLexicon): CueIndex {
  const known = cueIndexes.get(lexicon)
  if (known) return known
  const prefixes = new Set<string>()
  for (const list of lexicon.byPrefix3.values()) for (const e of list) for (const p of firstPrefixes(e)) prefixes.add(p)
  const classes = wordClassesOf(lexicon.byWord.keys(), prefixes)
  const byClass: Array<readonly VulnerabilityEntry[] | undefined> = []
  const index: CueIndex = {
    candidates(word) {
      const c = classes.classOf(word, 0, word.length)
      let list = byClass[c]
      if (list === undefined) {
        // exact first words, then the cues under the word's first three letters whose prefix it starts with
        const w = classes.words[c]
        const starts = classes.prefixes[c] ?? []
        const exact = (w !== null && w !== undefined ? lexicon.byWord.get(w) : undefined) ?? NONE
        const key = (w !== null && w !== undefined && w.length >= 3 ? w : starts[0])?.slice(0, 3)
        const bucket = (key === undefined ? undefined : lexicon.byPrefix3.get(key)) ?? NONE
        const found = [...exact, ...bucket.filter((e) => firstPrefixes(e).some((p) => starts.includes(p)))]
        list = found.length === 0 ? NONE : found
        byClass[c] = list
      }
      return list
    },
  }
  cueIndexes.set(lexicon, index)
  return index
}

function firstPrefixes(e: VulnerabilityEntry): readonly string[] {
  const step = e.cue[0]
  return step && !step.gap ? step.prefixes : []
}

interface Match {
  last: number
  /** token indices skipped by '_' steps */
  gaps: readonly number[]
}

const NO_GAPS: readonly number[] = []

/** The patterns of a list whose first word fits a word, in list order; cached per word (bounded). */
interface FirstWordIndex {
  get(word: string): readonly Pattern[]
}

const firstWordIndexes = new WeakMap<readonly Pattern[], FirstWordIndex>()

function firstWordIndex(patterns: readonly Pattern[]): FirstWordIndex {
  let index = firstWordIndexes.get(patterns)
  if (index) return index
  const cache = new Map<string, readonly Pattern[]>()
  const none: readonly Pattern[] = []
  index = {
    get(word) {
      let hit = cache.get(word)
      if (hit === undefined) {
        const fits = patterns.filter((p) => {
          const first = p[0]
          if (!first || first.gap) return true
          return first.exact.has(word) || first.prefixes.some((x) => word.startsWith(x))
        })
        hit = fits.length === 0 ? none : fits
        if (cache.size >= CACHE_LIMIT) cache.clear()
        cache.set(word, hit)
      }
      return hit
    },
  }
  firstWordIndexes.set(patterns, index)
  return index
}

class Matcher {
  constructor(
    readonly tokens: ClauseToken[],
    readonly lex: VulnerabilityLexicon,
  ) {}

  private stepMatches(step: PatternStep, i: number): boolean {
    if (step.gap) return false
    const t = this.tokens[i]
    if (!t) return false
    if (step.exact.has(t.norm)) return true
    for (const p of step.prefixes) if (t.norm.startsWith(p)) return true
    return false
  }

  /** token indices skipped so far by the match being tried (a hit takes a copy) */
  private readonly skipped: number[] = []

  /** The shortest match of `pattern` starting at token `i`, within one sentence. */
  match(i: number, pattern: Pattern): Match | null {
    const t = this.tokens[i]
    if (!t) return null
    this.skipped.length = 0
    const last = this.matchFrom(i, pattern, 0, t.sentence)
    return last === null ? null : { last, gaps: this.skipped.length === 0 ? NO_GAPS : this.skipped.slice() }
  }

  /** the last token of the match, or null */
  private matchFrom(i: number, pattern: Pattern, step: number, sentence: number): number | null {
    const s = pattern[step]
    if (!s) return i - 1
    if (s.gap) {
      const depth = this.skipped.length
      for (let skip = 0; skip <= MAX_GAP; skip++) {
        // every skipped word stays in the sentence and is no punctuation
        if (skip > 0) {
          const t = this.tokens[i + skip - 1]
          if (!t || t.sentence !== sentence || t.kind === 'punct') break
          this.skipped.push(i + skip - 1)
        }
        const m = this.matchFrom(i + skip, pattern, step + 1, sentence)
        if (m !== null) return m
      }
      this.skipped.length = depth
      return null
    }
    const t = this.tokens[i]
    if (!t || t.sentence !== sentence || !this.stepMatches(s, i)) return null
    return this.matchFrom(i + 1, pattern, step + 1, sentence)
  }

  /** the first of `patterns` (in lexicon order) that matches at token `i`; only those whose first word fits are tried */
  private anyAt(patterns: readonly Pattern[], i: number): Match | null {
    const t = this.tokens[i]
    if (!t) return null
    for (const p of firstWordIndex(patterns).get(t.norm)) {
      const m = this.match(i, p)
      if (m) return m
    }
    return null
  }

  /** Is token `i` the start of, or inside, a pseudo-trigger ("niet alleen", "geen idee")? */
  private inPseudo(i: number): boolean {
    for (let j = Math.max(0, i - 2); j <= i; j++) {
      const m = this.anyAt(this.lex.pseudo, j)
      if (m && m.last >= i) return true
    }
    return false
  }

  private terminatedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.anyAt(this.lex.terminators, k)) return true
    return false
  }

  affirmed(entry: VulnerabilityEntry, i: number, m: Match): boolean {
    if (entry.except.some((p) => this.coveredBy(p, i))) return false
    if (entry.with.length > 0 && !this.inSentence(entry.with, i)) return false
    if (entry.victimOnly && this.aboutSomeoneElse(i)) return false
    return !this.negated(i, m)
  }

  /** Does an exception pattern match a span that includes token `i` ("drugshandel" for "drugs*")? */
  private coveredBy(p: Pattern, i: number): boolean {
    for (let j = Math.max(0, i - 4); j <= i; j++) {
      const m = this.match(j, p)
      if (m && m.last >= i) return true
    }
    return false
  }

  private inSentence(patterns: readonly Pattern[], i: number): boolean {
    const sentence = this.tokens[i]?.sentence
    // the sentence, but at most REACH tokens either side, so one endless "sentence" stays linear
    let k = i
    while (k > 0 && i - k < REACH && this.tokens[k - 1]?.sentence === sentence) k--
    for (; k < this.tokens.length && k - i < REACH && this.tokens[k]?.sentence === sentence; k++) if (this.anyAt(patterns, k)) return true
    return false
  }

  /** The nearest earlier person word in the sentence that is not behind a preposition is the subject. */
  private aboutSomeoneElse(i: number): boolean {
    const sentence = this.tokens[i]?.sentence
    for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
      const t = this.tokens[k]
      if (!t || t.sentence !== sentence) return false
      const victim = this.lex.victimWords.has(t.norm)
      const other = this.lex.otherWords.has(t.norm)
      if (!victim && !other) continue
      // "bij haar moeder, die psychische problemen heeft": the relative clause is about the mother
      const relativeClause = this.tokens[k + 1]?.norm === 'die' || (this.tokens[k + 1]?.norm === ',' && this.tokens[k + 2]?.norm === 'die')
      let p = k - 1
      if (DETERMINERS.has(this.tokens[p]?.norm ?? '')) p--
      if (!relativeClause && this.lex.prepositions.has(this.tokens[p]?.norm ?? '')) continue
      if (victim && other) continue
      return other
    }
    return false
  }

  private negated(i: number, m: Match): boolean {
    const sentence = this.tokens[i]?.sentence
    const w = this.lex.window
    // a trigger inside a gap of the cue: "liep niet weg"
    for (const g of m.gaps) {
      const t = this.anyAt(this.lex.pre, g)
      if (t && t.last < m.last && !this.inPseudo(g)) return true
    }
    // `window` counts the words between the end of a trigger ("geen aanwijzingen voor") and the cue
    for (let j = Math.max(0, i - w - 4); j < i; j++) {
      if (this.tokens[j]?.sentence !== sentence) continue
      const t = this.anyAt(this.lex.pre, j)
      if (!t || t.last >= i || i - t.last - 1 > w || this.inPseudo(j)) continue
      if (!this.terminatedBetween(t.last + 1, i)) return true
    }
    // "verdachte sloeg haar niet": a bare "niet" right after the cue, before "en" or a comma
    for (let j = m.last + 1; j <= m.last + 2; j++) {
      const t = this.tokens[j]
      if (!t || t.sentence !== sentence || t.norm === 'en' || t.kind === 'punct') break
      if (this.anyAt(this.lex.postNear, j) && !this.inPseudo(j)) return true
    }
    for (let j = m.last + 1; j <= m.last + w; j++) {
      if (this.tokens[j]?.sentence !== sentence) break
      if (this.anyAt(this.lex.terminators, j)) break
      if (this.anyAt(this.lex.post, j) && !this.inPseudo(j)) return true
    }
    return false
  }
}
