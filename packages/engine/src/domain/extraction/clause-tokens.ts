/**
 * Tokens with sentence and clause numbers, for the person and vulnerability rules. Offsets are JS string
 * indices into the original text; `norm` is for comparison only (lower case, diacritics and apostrophe
 * variants folded), so its length may differ from end - start.
 */
export interface ClauseToken {
  start: number
  end: number
  norm: string
  kind: 'word' | 'number' | 'punct'
  /** the original first character is upper case (initials such as "B.") */
  upper: boolean
  sentence: number
  clause: number
}

// character classes: 0 other, 1 letter, 2 digit, 3 joiner (hyphen, apostrophe) inside a word
const OTHER = 0
const LETTER = 1
const DIGIT = 2
const JOINER = 3
const ascii = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii[c] = LETTER
  else if (c >= 48 && c <= 57) ascii[c] = DIGIT
  else if (c === 45 || c === 39) ascii[c] = JOINER
}
const wordChar = /^[\p{L}\p{N}\p{M}]$/u
/**
 * class + 1 of each code unit outside the surrogates, 0 until first seen: for speed the Unicode test runs once per
 * character (é, ë, …) instead of at every occurrence
 */
const bmpClass = new Uint8Array(0x10000)

/** Class of the code point at i (ASCII by table; else letters, numbers and marks are word characters). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 128) return ascii[code] ?? OTHER
  if (code === 0x2019) return JOINER // typographic apostrophe inside words (sms’en)
  if (code < 0xd800 || code > 0xdfff) {
    const known = bmpClass[code] ?? 0
    if (known !== 0) return known - 1
    const cls = wordChar.test(String.fromCharCode(code)) ? LETTER : OTHER
    bmpClass[code] = cls + 1
    return cls
  }
  const cp = text.codePointAt(i) ?? code
  return wordChar.test(String.fromCodePoint(cp)) ? LETTER : OTHER
}

function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029
}

/** Abbreviations whose full stop does not end a sentence (police register usage). */
const ABBREVIATIONS = new Set([
  'o.a', 'i.v.m', 'geb', 'ca', 'dhr', 'mevr', 'mw', 'nr', 'tel', 'bijv', 'm.b.t', 'i.p.v', 'z.g', 'zgn', 'jr', 'mr',
  'e.d', 'o.b.v', 'm.n', 'evt', 'dd', 'd.d', 'vnl', 'resp', 'etc', 'ong', 'plm', 'st', 'str',
])
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length))
/** clause-ending punctuation by character code (one code unit each): a number look-up, no string hashing */
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—', '"', '“', '”'].map((c) => c.charCodeAt(0)))

export function normalizeWord(surface: string): string {
  let s = surface.toLowerCase()
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u2019/g, "'")
  return s
}

let lastText: string | null = null
let lastTokens: ClauseToken[] = []

/**
 * Tokens of `text`. The person and vulnerability rules both tokenize the same registration, so the last
 * result is kept (tokens are never mutated by callers).
 */
export function tokenize(text: string): ClauseToken[] {
  if (text === lastText) return lastTokens
  const tokens = scan(text)
  lastText = text
  lastTokens = tokens
  return tokens
}

/**
 * Token objects are reused from one text to the next (only the last text's tokens are live, see tokenize): a
 * registration's 130 fresh objects were a good part of the garbage the extractor made.
 */
const pool: ClauseToken[] = []
/** the array is reused too; tokens are written by index and the length set at the end (`length = 0` frees storage) */
const tokens: ClauseToken[] = []

function scan(text: string): ClauseToken[] {
  let count = 0
  let sentence = 0
  let clause = 0
  let newline = false
  let i = 0
  const n = text.length
  while (i < n) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) newline = true
      i++
      continue
    }
    const start = i
    const first = classAt(text, i)
    let kind: ClauseToken['kind']
    let plain = code < 128
    // an ASCII capital anywhere (a plain word without one is its own lower case)
    let capital = code >= 65 && code <= 90
    if (first === LETTER || first === DIGIT) {
      let allDigits = first === DIGIT
      i += widthAt(text, i)
      while (i < n) {
        const c = text.charCodeAt(i)
        if (c >= 97 && c <= 122) {
          // for speed: most characters of a word are lower-case ASCII letters, which change none of the flags but one
          allDigits = false
          i++
          continue
        }
        const cls = c < 128 ? (ascii[c] ?? OTHER) : classAt(text, i)
        if (cls === LETTER || cls === DIGIT) {
          if (cls !== DIGIT) allDigits = false
          if (c >= 128) plain = false
          else if (c <= 90 && c >= 65) capital = true
          i += c < 128 ? 1 : widthAt(text, i)
        } else if (cls === JOINER && i + 1 < n) {
          const next = classAt(text, i + 1)
          if (next !== LETTER && next !== DIGIT) break
          if (c >= 128) plain = false
          allDigits = false
          i += 1
        } else break
      }
      kind = allDigits ? 'number' : 'word'
    } else {
      i += widthAt(text, i)
      kind = 'punct'
    }
    const prev = count > 0 ? tokens[count - 1] : undefined
    if (prev) {
      if (newline || (prev.kind === 'punct' && endsSentence(tokens, count, text, start))) {
        sentence++
        clause++
      } else if (prev.kind === 'punct' && prev.end - prev.start === 1 && CLAUSE_PUNCT.has(text.charCodeAt(prev.start))) clause++
    }
    newline = false
    const surface = text.slice(start, i)
    let norm = surface
    let upper = false
    if (kind === 'word') {
      if (plain) {
        upper = code >= 65 && code <= 90
        if (capital) norm = surface.toLowerCase()
      } else {
        const lower = surface.toLowerCase()
        upper = lower.charCodeAt(0) !== surface.charCodeAt(0)
        norm = normalizeWord(surface)
      }
    }
    let t = pool[count]
    if (t === undefined) pool.push((t = { start, end: i, norm, kind, upper, sentence, clause }))
    else {
      t.start = start
      t.end = i
      t.norm = norm
      t.kind = kind
      t.upper = upper
      t.sentence = sentence
      t.clause = clause
    }
    tokens[count++] = t
  }
  tokens.length = count
  return tokens
}

/** Is the last of the first `count` tokens (punctuation) a sentence end, given that the next token starts at `nextStart`? */
function endsSentence(tokens: ClauseToken[], count: number, text: string, nextStart: number): boolean {
  const p = tokens[count - 1]
  if (!p) return false
  if (p.norm === '!' || p.norm === '?' || p.norm === '…') return true
  if (p.norm !== '.') return false
  if (nextStart === p.end) {
    // "16.00", "o.a." – no space after the full stop
    return false
  }
  const before = tokens[count - 2]
  if (!before || before.end !== p.start) return true
  if (before.kind === 'word' && before.upper && before.end - before.start === 1) {
    // initial "B." — unless a capitalised word follows: narratives use initials without surnames ("verdachte M. In de …")
    const next = text.charCodeAt(nextStart)
    const nextIsCapital = next >= 65 && next <= 90
    const nextIsInitial = nextIsCapital && !/[\p{L}]/u.test(text.charAt(nextStart + 1))
    return nextIsCapital && !nextIsInitial
  }
  // "o.a." and similar: the letters-and-dots run before this stop (its tokens touch, so it is one slice of the text)
  let k = count - 2
  let runStart = p.start
  while (k >= 0) {
    const t = tokens[k]
    // only letters and dots belong to the abbreviation: "(ca. 35)" is "ca", not "(ca"
    if (!t || (t.kind === 'punct' && t.norm !== '.')) break
    runStart = t.start
    // for speed: no abbreviation is longer than MAX_ABBREVIATION, and lower-casing never shortens a string
    if (p.start - runStart > MAX_ABBREVIATION) return true
    const prevT = tokens[k - 1]
    if (!prevT || prevT.end !== t.start) break
    k--
  }
  return !ABBREVIATIONS.has(text.slice(runStart, p.start).toLowerCase())
}
