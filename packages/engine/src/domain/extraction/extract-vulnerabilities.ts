import type { Evidence, VulnerabilityFinding } from './extractor.ts'
import { tokenize, type ClauseToken } from './clause-tokens.ts'
import type { Pattern, PatternStep, VulnerabilityEntry, VulnerabilityLexicon } from './vulnerability-lexicon.ts'
import { wordClassesOf, type WordClasses } from './word-classes.ts'
import { addClass, classSet, hasClass, type ClassSet } from './class-set.ts'

const MAX_GAP = 3
/** how far (tokens) a 'with' word or the subject of a cue may be; registration sentences are far shorter */
const REACH = 40
const DETERMINERS = new Set(['haar', 'zijn', 'de', 'het', 'een', 'diens', 'hun'])

/**
 * Vulnerability factors of the registration's victim, from the cue lexicon. A factor is returned when at
 * least one cue for it is affirmed: not negated (ConText-style triggers within the sentence, stopped by
 * terminators) and, for victim-only factors, not about the suspect or a parent.
 */
export function extractVulnerabilities(text: string, lexicon: VulnerabilityLexicon, tokens: readonly ClauseToken[] = tokenize(text)): VulnerabilityFinding[] {
  const found = new Map<string, VulnerabilityFinding>()
  const compiled = compileLexicon(lexicon)
  const matcher = new Matcher(tokens, lexicon, compiled)
  for (const i of matcher.cueAt) {
    const candidates = compiled.cues[matcher.cls[i] ?? 0] ?? NO_ENTRIES
    for (const c of candidates) {
      const entry = c.entry
      const m = matcher.match(i, c.cue)
      if (!m) continue
      if (!matcher.affirmed(c, i, m)) continue
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

/**
 * A pattern step as a set of word classes (the classes whose words fit the step), null for a gap. Every word
 * and prefix of the lexicon's patterns is its own class (word-classes.ts), so a step test is a bit read instead
 * of a set look-up and prefix tests per token.
 */
type Steps = ReadonlyArray<ClassSet | null>

interface CompiledEntry {
  entry: VulnerabilityEntry
  cue: Steps
  with: readonly Steps[]
  except: readonly Steps[]
}

/** The patterns of a list whose first step fits each class, in list order. */
type ByFirstClass = ReadonlyArray<readonly Steps[]>

interface CompiledLexicon {
  classes: WordClasses
  /** the cues whose first word fits each class: exact first words, then prefixes by their first three letters */
  cues: ReadonlyArray<readonly CompiledEntry[]>
  pre: ByFirstClass
  post: ByFirstClass
  pseudo: ByFirstClass
  postNear: ByFirstClass
  terminators: ByFirstClass
}

const compiledLexicons = new WeakMap<VulnerabilityLexicon, CompiledLexicon>()
const NO_STEPS: readonly Steps[] = []
const NO_ENTRIES: readonly CompiledEntry[] = []

function compileLexicon(lexicon: VulnerabilityLexicon): CompiledLexicon {
  const known = compiledLexicons.get(lexicon)
  if (known) return known
  const entries: VulnerabilityEntry[] = []
  for (const list of lexicon.byWord.values()) entries.push(...list)
  for (const list of lexicon.byPrefix3.values()) entries.push(...list)
  const lists = [lexicon.pre, lexicon.post, lexicon.pseudo, lexicon.postNear, lexicon.terminators]
  const patterns = [...entries.flatMap((e) => [e.cue, ...e.with, ...e.except]), ...lists.flat()]
  const words = new Set<string>()
  const prefixes = new Set<string>()
  for (const p of patterns) {
    for (const step of p) {
      if (step.gap) continue
      for (const w of step.exact) words.add(w)
      for (const x of step.prefixes) prefixes.add(x)
    }
  }
  const classes = wordClassesOf(words, prefixes)
  const stepTable = (step: PatternStep): ClassSet | null => {
    if (step.gap) return null
    const table = classSet(classes.size)
    for (const w of step.exact) addClass(table, classes.classOfWord.get(w) ?? 0)
    for (const x of step.prefixes) for (const c of classes.classesWithPrefix.get(x) ?? []) addClass(table, c)
    table[0] = (table[0] ?? 0) & ~1 // class 0 is a word no pattern names
    return table
  }
  const compiled = new Map<Pattern, Steps>()
  const steps = (p: Pattern): Steps => {
    let c = compiled.get(p)
    if (!c) compiled.set(p, (c = p.map(stepTable)))
    return c
  }
  const byFirstClass = (list: readonly Pattern[]): ByFirstClass => {
    const out: Array<readonly Steps[]> = []
    for (let k = 0; k < classes.size; k++) {
      const fits = list.map(steps).filter((p) => !p[0] || hasClass(p[0], k))
      // one shared empty list for the many classes that start no pattern (smaller, so it stays cached)
      out.push(fits.length === 0 ? NO_STEPS : fits)
    }
    return out
  }
  const cues: Array<readonly CompiledEntry[]> = []
  const cueOf = new Map<VulnerabilityEntry, CompiledEntry>()
  const compiledEntry = (e: VulnerabilityEntry): CompiledEntry => {
    let c = cueOf.get(e)
    if (!c) cueOf.set(e, (c = { entry: e, cue: steps(e.cue), with: e.with.map(steps), except: e.except.map(steps) }))
    return c
  }
  for (let k = 0; k < classes.size; k++) {
    // exact first words, then the cues under the word's first three letters whose prefix it starts with
    const w = classes.words[k]
    const starts = classes.prefixes[k] ?? []
    const exact = (w !== null && w !== undefined ? lexicon.byWord.get(w) : undefined) ?? []
    const key = (w !== null && w !== undefined && w.length >= 3 ? w : starts[0])?.slice(0, 3)
    const bucket = (key === undefined ? undefined : lexicon.byPrefix3.get(key)) ?? []
    const fits = [...exact, ...bucket.filter((e) => firstPrefixes(e).some((p) => starts.includes(p)))].map(compiledEntry)
    cues.push(fits.length === 0 ? NO_ENTRIES : fits)
  }
  const result: CompiledLexicon = {
    classes,
    cues,
    pre: byFirstClass(lexicon.pre),
    post: byFirstClass(lexicon.post),
    pseudo: byFirstClass(lexicon.pseudo),
    postNear: byFirstClass(lexicon.postNear),
    terminators: byFirstClass(lexicon.terminators),
  }
  compiledLexicons.set(lexicon, result)
  return result
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

class Matcher {
  /** word class per token (punctuation included: a pattern may name ';' or '%'); sized once, not grown by push */
  readonly cls: number[]
  /** the words (not punctuation) whose class starts a cue, in text order: for speed the only tokens the cue loop visits */
  readonly cueAt: number[] = []

  constructor(
    readonly tokens: readonly ClauseToken[],
    readonly lex: VulnerabilityLexicon,
    readonly compiled: CompiledLexicon,
  ) {
    const classes = compiled.classes
    this.cls = new Array<number>(tokens.length)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as ClauseToken
      const c = classes.classOf(t.norm, 0, t.norm.length)
      this.cls[i] = c
      if (t.kind !== 'punct' && (compiled.cues[c]?.length ?? 0) > 0) this.cueAt.push(i)
    }
  }

  private stepMatches(step: ClassSet, i: number): boolean {
    return hasClass(step, this.cls[i] ?? 0)
  }

  /**
   * token indices skipped so far by the match being tried: skipped[0..skippedN) (a hit takes a copy; a count, as
   * `length = 0` would free the storage at every attempt)
   */
  private readonly skipped: number[] = []
  private skippedN = 0

  /** The shortest match of `pattern` starting at token `i`, within one sentence. */
  match(i: number, pattern: Steps): Match | null {
    const t = this.tokens[i]
    if (!t) return null
    this.skippedN = 0
    const last = this.matchFrom(i, pattern, 0, t.sentence)
    return last === null ? null : { last, gaps: this.skippedN === 0 ? NO_GAPS : this.skipped.slice(0, this.skippedN) }
  }

  /** the last token of the match, or null */
  private matchFrom(i: number, pattern: Steps, step: number, sentence: number): number | null {
    if (step === pattern.length) return i - 1
    const s = pattern[step]
    if (s === null || s === undefined) {
      const depth = this.skippedN
      for (let skip = 0; skip <= MAX_GAP; skip++) {
        // every skipped word stays in the sentence and is no punctuation
        if (skip > 0) {
          const t = this.tokens[i + skip - 1]
          if (!t || t.sentence !== sentence || t.kind === 'punct') break
          this.skipped[this.skippedN++] = i + skip - 1
        }
        const m = this.matchFrom(i + skip, pattern, step + 1, sentence)
        if (m !== null) return m
      }
      this.skippedN = depth
      return null
    }
    const t = this.tokens[i]
    if (!t || t.sentence !== sentence || !this.stepMatches(s, i)) return null
    return this.matchFrom(i + 1, pattern, step + 1, sentence)
  }

  /** the first of `patterns` (in lexicon order) that matches at token `i`; only those whose first word fits are tried */
  private anyAt(patterns: ByFirstClass, i: number): Match | null {
    if (i < 0 || i >= this.tokens.length) return null
    for (const p of patterns[this.cls[i] ?? 0] ?? []) {
      const m = this.match(i, p)
      if (m) return m
    }
    return null
  }

  /** Is token `i` the start of, or inside, a pseudo-trigger ("niet alleen", "geen idee")? */
  private inPseudo(i: number): boolean {
    for (let j = Math.max(0, i - 2); j <= i; j++) {
      const m = this.anyAt(this.compiled.pseudo, j)
      if (m && m.last >= i) return true
    }
    return false
  }

  private terminatedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.anyAt(this.compiled.terminators, k)) return true
    return false
  }

  affirmed(c: CompiledEntry, i: number, m: Match): boolean {
    if (c.except.some((p) => this.coveredBy(p, i))) return false
    if (c.with.length > 0 && !this.inSentence(c.with, i)) return false
    if (c.entry.victimOnly && this.aboutSomeoneElse(i)) return false
    return !this.negated(i, m)
  }

  /** Does an exception pattern match a span that includes token `i` ("drugshandel" for "drugs*")? */
  private coveredBy(p: Steps, i: number): boolean {
    for (let j = Math.max(0, i - 4); j <= i; j++) {
      const m = this.match(j, p)
      if (m && m.last >= i) return true
    }
    return false
  }

  /** whether any of `patterns` matches at token `k` */
  private anyOf(patterns: readonly Steps[], k: number): boolean {
    for (const p of patterns) if (this.match(k, p)) return true
    return false
  }

  private inSentence(patterns: readonly Steps[], i: number): boolean {
    const sentence = this.tokens[i]?.sentence
    // the sentence, but at most REACH tokens either side, so one endless "sentence" stays linear
    let k = i
    while (k > 0 && i - k < REACH && this.tokens[k - 1]?.sentence === sentence) k--
    for (; k < this.tokens.length && k - i < REACH && this.tokens[k]?.sentence === sentence; k++) if (this.anyOf(patterns, k)) return true
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
      const t = this.anyAt(this.compiled.pre, g)
      if (t && t.last < m.last && !this.inPseudo(g)) return true
    }
    // `window` counts the words between the end of a trigger ("geen aanwijzingen voor") and the cue
    for (let j = Math.max(0, i - w - 4); j < i; j++) {
      if (this.tokens[j]?.sentence !== sentence) continue
      const t = this.anyAt(this.compiled.pre, j)
      if (!t || t.last >= i || i - t.last - 1 > w || this.inPseudo(j)) continue
      if (!this.terminatedBetween(t.last + 1, i)) return true
    }
    // "verdachte sloeg haar niet": a bare "niet" right after the cue, before "en" or a comma
    for (let j = m.last + 1; j <= m.last + 2; j++) {
      const t = this.tokens[j]
      if (!t || t.sentence !== sentence || t.norm === 'en' || t.kind === 'punct') break
      if (this.anyAt(this.compiled.postNear, j) && !this.inPseudo(j)) return true
    }
    for (let j = m.last + 1; j <= m.last + w; j++) {
      if (this.tokens[j]?.sentence !== sentence) break
      if (this.anyAt(this.compiled.terminators, j)) break
      if (this.anyAt(this.compiled.post, j) && !this.inPseudo(j)) return true
    }
    return false
  }
}
