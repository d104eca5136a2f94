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

const enum C {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Joiner = 3,
}

const ascii = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  if (/[a-zA-Z]/.test(ch)) ascii[c] = C.Letter
  else if (/[0-9]/.test(ch)) ascii[c] = C.Digit
  else if (ch === '-' || ch === "'") ascii[c] = C.Joiner
}
const wordChar = /^[\p{L}\p{N}\p{M}]$/u

function classOf(text: string, i: number): { cls: C; width: number } {
  const code = text.charCodeAt(i)
  if (code < 128) return { cls: ascii[code] as C, width: 1 }
  if (code === 0x2019) return { cls: C.Joiner, width: 1 } // typographic apostrophe inside words (sms’en)
  const cp = text.codePointAt(i) ?? code
  const width = cp > 0xffff ? 2 : 1
  return { cls: wordChar.test(String.fromCodePoint(cp)) ? C.Letter : C.Other, width }
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029
}

/** Abbreviations whose full stop does not end a sentence (police register usage). */
const ABBREVIATIONS = new Set([
  'o.a', 'i.v.m', 'geb', 'ca', 'dhr', 'mevr', 'mw', 'nr', 'tel', 'bijv', 'm.b.t', 'i.p.v', 'z.g', 'zgn', 'jr', 'mr',
  'e.d', 'o.b.v', 'm.n', 'evt', 'dd', 'd.d', 'vnl', 'resp', 'etc', 'ong', 'plm', 'st', 'str',
])
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—', '"', '“', '”'])

export function normalizeWord(surface: string): string {
  let s = surface.toLowerCase()
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u2019/g, "'")
  return s
}

export function tokenize(text: string): ClauseToken[] {
  const tokens: ClauseToken[] = []
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
    const first = classOf(text, i)
    const start = i
    let kind: ClauseToken['kind']
    if (first.cls === C.Letter || first.cls === C.Digit) {
      let allDigits = first.cls === C.Digit
      i += first.width
      while (i < n) {
        const c = classOf(text, i)
        if (c.cls === C.Letter || c.cls === C.Digit) {
          if (c.cls !== C.Digit) allDigits = false
          i += c.width
        } else if (c.cls === C.Joiner && i + 1 < n) {
          const next = classOf(text, i + 1)
          if (next.cls !== C.Letter && next.cls !== C.Digit) break
          allDigits = false
          i += 1
        } else break
      }
      kind = allDigits ? 'number' : 'word'
    } else {
      i += first.width
      kind = 'punct'
    }
    const prev = tokens[tokens.length - 1]
    if (newline && prev) {
      sentence++
      clause++
    } else if (prev && prev.kind === 'punct' && endsSentence(tokens, text, start)) {
      sentence++
      clause++
    } else if (prev && prev.kind === 'punct' && CLAUSE_PUNCT.has(prev.norm)) clause++
    newline = false
    const surface = text.slice(start, i)
    const norm = kind === 'word' ? normalizeWord(surface) : surface
    tokens.push({ start, end: i, norm, kind, upper: surface !== surface.toLowerCase(), sentence, clause })
  }
  return tokens
}

/** Is the last token (punctuation) a sentence end, given that the next token starts at `nextStart`? */
function endsSentence(tokens: ClauseToken[], text: string, nextStart: number): boolean {
  const p = tokens[tokens.length - 1]
  if (!p) return false
  if (p.norm === '!' || p.norm === '?' || p.norm === '…') return true
  if (p.norm !== '.') return false
  if (nextStart === p.end) {
    // "16.00", "o.a." – no space after the full stop
    return false
  }
  const before = tokens[tokens.length - 2]
  if (!before || before.end !== p.start) return true
  if (before.kind === 'word' && before.upper && before.end - before.start === 1) return false // initial "B."
  // "o.a." and similar: collect the letters-and-dots run before this stop
  let k = tokens.length - 2
  let run = ''
  while (k >= 0) {
    const t = tokens[k]
    if (!t) break
    run = text.slice(t.start, t.end).toLowerCase() + run
    const prevT = tokens[k - 1]
    if (!prevT || prevT.end !== t.start) break
    k--
  }
  return !ABBREVIATIONS.has(run)
}
