import { foldString } from './normalize-text.ts'
import type { Tokens } from './tokenize.ts'
import type { WordClasses, WordClassRegistry } from './word-classes.ts'
import { addClass, classSet, EMPTY_CLASS_SET, hasClass, type ClassSet } from './class-set.ts'

/**
 * Matches token patterns over a token range. Pattern syntax (lexicon data): words separated by spaces;
 * `klant*` matches a prefix, `foto*|beeld*` alternatives, `...` skips up to MAX_GAP words, `@` is a placeholder the
 * caller binds (the alias position in platform-context rejects). Patterns are indexed by their first word so a scan
 * costs two map look-ups per token; with word classes (tokens classed by the registry the matcher was compiled
 * with) every word test is a table read.
 */
export interface PhraseHit {
  entry: number
  /** first and last token index (inclusive) */
  first: number
  last: number
  /** token index matched by `@`, or -1 */
  at: number
  /** token index matched by each word atom, in pattern order */
  words: number[]
}

type Atom = { kind: 'gap' } | { kind: 'at' } | { kind: 'word'; exact: Set<string>; prefixes: string[]; table: ClassSet }


interface Compiled {
  entry: number
  atoms: Atom[]
  /**
   * the classes of the pattern's most selective word after the first: when none of them occurs in the range
   * searched, the pattern cannot match there and is not tried (most attempts fail, and an attempt costs cache misses)
   */
  guard: Int32Array | null
}

/** guards with more classes than this cost more to check than the attempt they might save */
const MAX_GUARD = 24

const MAX_GAP = 8
const NO_PATTERNS: Compiled[] = []

function compileAtom(tok: string): Atom {
  if (tok === '...') return { kind: 'gap' }
  if (tok === '@') return { kind: 'at' }
  const exact = new Set<string>()
  const prefixes: string[] = []
  for (const alt of tok.split('|')) {
    const f = foldString(alt)
    if (f.endsWith('*')) prefixes.push(f.slice(0, -1))
    else exact.add(f)
  }
  return { kind: 'word', exact, prefixes, table: EMPTY_CLASS_SET }
}

/** membership of each word class in the atom: the same answer atomMatches gives for every word of the class */
function atomTable(a: Atom, classes: WordClasses): ClassSet {
  const table = classSet(classes.size)
  if (a.kind !== 'word') return table
  for (const w of a.exact) {
    const c = classes.classOfWord.get(w)
    if (c !== undefined) addClass(table, c)
  }
  for (const p of a.prefixes) for (const c of classes.classesWithPrefix.get(p) ?? []) addClass(table, c)
  return table
}

function atomMatches(a: Atom, word: string): boolean {
  if (a.kind !== 'word') return false
  if (a.exact.has(word)) return true
  for (const p of a.prefixes) if (word.startsWith(p)) return true
  return false
}

/**
 * The words matched so far: words[0..n). A count instead of push/pop and `length = 0`, which would free the array's
 * storage at every attempt and allocate it again at the next.
 */
interface MatchState {
  at: number
  words: number[]
  n: number
}

const scratch: MatchState = { at: -1, words: [], n: 0 }

/** Backtracking match of atoms[ai..] from token ti; returns the last token matched or -1. */
function matchAtoms(t: Tokens, atoms: Atom[], ai: number, ti: number, last: number, to: number, state: MatchState): number {
  if (ai === atoms.length) return last
  const a = atoms[ai]
  if (!a) return -1
  if (a.kind === 'gap') {
    // try the next atom at each of the next MAX_GAP+1 words
    let skipped = 0
    for (let k = ti; k < to && skipped <= MAX_GAP; k++) {
      if (t.punct[k]) continue
      const r = matchAtoms(t, atoms, ai + 1, k, last, to, state)
      if (r >= 0) return r
      skipped++
    }
    return -1
  }
  let k = ti
  while (k < to && t.punct[k]) k++
  if (k >= to) return -1
  if (a.kind === 'at') {
    state.at = k
    return matchAtoms(t, atoms, ai + 1, k + 1, k, to, state)
  }
  if (!atomMatches(a, t.text[k] ?? '')) return -1
  state.words[state.n++] = k
  const r = matchAtoms(t, atoms, ai + 1, k + 1, k, to, state)
  if (r < 0) state.n--
  return r
}

/** matchAtoms over word classes */
function matchAtomsC(t: Tokens, cls: readonly number[], atoms: Atom[], ai: number, ti: number, last: number, to: number, state: MatchState): number {
  if (ai === atoms.length) return last
  const a = atoms[ai]
  if (!a) return -1
  if (a.kind === 'gap') {
    // a word after the gap is tested here: most positions fail it, and a call per position costs more than the test
    const next = atoms[ai + 1]
    const table = next !== undefined && next.kind === 'word' ? next.table : null
    let skipped = 0
    for (let k = ti; k < to && skipped <= MAX_GAP; k++) {
      if (t.punct[k]) continue
      if (table === null || hasClass(table, cls[k] ?? 0)) {
        const r = matchAtomsC(t, cls, atoms, ai + 1, k, last, to, state)
        if (r >= 0) return r
      }
      skipped++
    }
    return -1
  }
  let k = ti
  while (k < to && t.punct[k]) k++
  if (k >= to) return -1
  if (a.kind === 'at') {
    state.at = k
    return matchAtomsC(t, cls, atoms, ai + 1, k + 1, k, to, state)
  }
  if (!hasClass(a.table, cls[k] ?? 0)) return -1
  state.words[state.n++] = k
  const r = matchAtomsC(t, cls, atoms, ai + 1, k + 1, k, to, state)
  if (r < 0) state.n--
  return r
}

/** the member classes of the word atom after the first with the fewest of them, or null (none, or too many) */
function guardOf(atoms: readonly Atom[], size: number): Int32Array | null {
  let best: number[] | null = null
  for (let ai = 1; ai < atoms.length; ai++) {
    const a = atoms[ai]
    if (a === undefined || a.kind !== 'word') continue
    const members: number[] = []
    for (let c = 0; c < size && members.length <= MAX_GUARD; c++) if (hasClass(a.table, c)) members.push(c)
    if (members.length <= MAX_GUARD && (best === null || members.length < best.length)) best = members
  }
  return best === null ? null : Int32Array.from(best)
}

function anyPresent(guard: Int32Array, presence: Int32Array, stamp: number): boolean {
  for (let k = 0; k < guard.length; k++) if (presence[guard[k] ?? 0] === stamp) return true
  return false
}

export interface PhraseMatcher {
  /** all hits starting in [from, to) and ending before `to`; punctuation tokens are skipped by words and gaps alike */
  findAll(t: Tokens, from: number, to: number): PhraseHit[]
  /** whether pattern `entry` matches starting exactly at token i with `@` bound to token `at` */
  matchAt(t: Tokens, entry: number, i: number, to: number): PhraseHit | null
}

/** `registry`: the extractor's word classes; the matcher's words and prefixes are added to it */
export function compilePhrases(patterns: readonly string[], registry?: WordClassRegistry): PhraseMatcher {
  const compiled: Compiled[] = patterns.map((p, entry) => ({
    entry,
    atoms: p.trim().split(/\s+/).map(compileAtom),
    guard: null,
  }))
  for (const c of compiled) {
    for (const a of c.atoms) {
      if (a.kind !== 'word') continue
      for (const w of a.exact) registry?.addWord(w)
      for (const p of a.prefixes) registry?.addPrefix(p)
    }
  }
  const byWord = new Map<string, Compiled[]>()
  const byPrefix2 = new Map<string, Compiled[]>()
  const anyFirst: Compiled[] = []
  const push = (m: Map<string, Compiled[]>, k: string, c: Compiled): void => {
    const l = m.get(k)
    if (l) l.push(c)
    else m.set(k, [c])
  }
  for (const c of compiled) {
    const first = c.atoms[0]
    if (!first || first.kind !== 'word') {
      anyFirst.push(c)
      continue
    }
    for (const w of first.exact) push(byWord, w, c)
    for (const p of first.prefixes) {
      if (p.length >= 2) push(byPrefix2, p.slice(0, 2), c)
      else anyFirst.push(c)
    }
  }

  function matchFrom(t: Tokens, c: Compiled, i: number, to: number): PhraseHit | null {
    const state: MatchState = { at: -1, words: [], n: 0 }
    const cls = classed(t)
    const last = cls ? matchAtomsC(t, cls, c.atoms, 0, i, i, to, state) : matchAtoms(t, c.atoms, 0, i, i, to, state)
    state.words.length = state.n
    return last >= 0 ? { entry: c.entry, first: i, last, at: state.at, words: state.words } : null
  }

  function scan(list: Compiled[], t: Tokens, w: string, i: number, to: number, hits: PhraseHit[]): void {
    for (const c of list) {
      const first = c.atoms[0]
      if (first && first.kind === 'word' && !atomMatches(first, w)) continue
      const h = matchFrom(t, c, i, to)
      if (h) hits.push(h)
    }
  }

  // a one-letter first prefix puts patterns in buckets a class cannot name: such matchers stay on strings
  const shortPrefix = compiled.some((c) => c.atoms[0]?.kind === 'word' && c.atoms[0].prefixes.some((p) => p.length < 2))
  // with word classes: the patterns to try per class of first word, in the order scan() would try them
  let tablesFor: WordClasses | undefined
  let firstByClass: Compiled[][] = []
  /** the classes that start some pattern: a word of any other class is passed over without touching firstByClass */
  let starts: ClassSet = EMPTY_CLASS_SET
  /** presence[c] === stamp: class c occurs in the range of the current findAll call (marked on first need) */
  let presence = new Int32Array(0)
  let stamp = 0
  function classed(t: Tokens): readonly number[] | undefined {
    const classes = t.classes
    if (!classes || !t.cls) return undefined
    if (tablesFor === classes) return t.cls
    if (tablesFor !== undefined || shortPrefix || registry?.peek() !== classes) return undefined
    for (const c of compiled) for (const a of c.atoms) if (a.kind === 'word') a.table = atomTable(a, classes)
    for (const c of compiled) c.guard = guardOf(c.atoms, classes.size)
    presence = new Int32Array(classes.size)
    starts = classSet(classes.size)
    firstByClass = []
    for (let k = 0; k < classes.size; k++) {
      const w = classes.words[k]
      const list: Compiled[] = []
      const add = (cs: readonly Compiled[] | undefined): void => {
        for (const c of cs ?? []) {
          const first = c.atoms[0]
          if (first && first.kind === 'word' && !hasClass(first.table, k)) continue
          list.push(c)
        }
      }
      if (w !== null && w !== undefined) add(byWord.get(w))
      // the two-letter bucket of the class's words: known from the word, else from a prefix they start with
      const key = (w ?? (classes.prefixes[k] ?? []).find((p) => p.length >= 2))?.slice(0, 2)
      if (key !== undefined && byPrefix2.size > 0) add(byPrefix2.get(key))
      add(anyFirst)
      // most classes start no pattern: one shared empty list keeps the per-class lists small enough to stay cached
      firstByClass.push(list.length === 0 ? NO_PATTERNS : list)
      if (list.length > 0) addClass(starts, k)
    }
    tablesFor = classes
    return t.cls
  }

  return {
    findAll(t, from, to) {
      const hits: PhraseHit[] = []
      const cls = classed(t)
      if (cls) {
        let marked = false
        for (let i = from; i < to; i++) {
          if (t.punct[i]) continue
          const c0 = cls[i] ?? 0
          if (!hasClass(starts, c0)) continue
          const list = firstByClass[c0] ?? NO_PATTERNS
          for (let k = 0; k < list.length; k++) {
            const c = list[k] as Compiled
            if (c.atoms.length === 1 && c.atoms[0]?.kind === 'word') {
              // a one-word pattern whose word the class table already matched
              hits.push({ entry: c.entry, first: i, last: i, at: -1, words: [i] })
              continue
            }
            if (c.guard !== null) {
              if (!marked) {
                if (stamp >= 0x3fffffff) {
                  presence.fill(0)
                  stamp = 0
                }
                stamp++
                for (let j = from; j < to; j++) presence[cls[j] ?? 0] = stamp
                marked = true
              }
              if (!anyPresent(c.guard, presence, stamp)) continue
            }
            // one state for every attempt: a failed attempt leaves no words behind, a hit takes a copy
            scratch.at = -1
            scratch.n = 0
            const last = matchAtomsC(t, cls, c.atoms, 0, i, i, to, scratch)
            if (last >= 0) hits.push({ entry: c.entry, first: i, last, at: scratch.at, words: scratch.words.slice(0, scratch.n) })
          }
        }
        return hits
      }
      const prefixed = byPrefix2.size > 0
      for (let i = from; i < to; i++) {
        if (t.punct[i]) continue
        const w = t.text[i] ?? ''
        const exact = byWord.get(w)
        if (exact) scan(exact, t, w, i, to, hits)
        if (prefixed) {
          const pre = byPrefix2.get(w.slice(0, 2))
          if (pre) scan(pre, t, w, i, to, hits)
        }
        if (anyFirst.length > 0) scan(anyFirst, t, w, i, to, hits)
      }
      return hits
    },
    matchAt(t, entry, i, to) {
      const c = compiled[entry]
      return c ? matchFrom(t, c, i, to) : null
    },
  }
}
