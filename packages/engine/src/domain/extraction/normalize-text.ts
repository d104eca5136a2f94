/**
 * Case- and diacritic-folded copy of a text with a map back to the original offsets, so that matching runs on
 * folded text while every span still indexes the ORIGINAL string (text.slice(start, end) === surface).
 */
export interface FoldedText {
  /** lower-case, diacritics removed, compatibility forms decomposed (NFKD) */
  readonly folded: string
  /** original start index of folded char k */
  start(k: number): number
  /** original end index (exclusive) of folded char k */
  end(k: number): number
}

const foldCache = new Map<number, string>()
/** typographic apostrophes and dashes fold to their ASCII forms ('sms’je', 'WhatsApp‑groep') */
const SPECIAL = new Map<number, string>([
  [0x2018, "'"], [0x2019, "'"], [0x02bc, "'"], [0x00b4, "'"], [0x2032, "'"],
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2212, '-'],
])

/** Folds one code point; the result is a fixed point of itself (tested: folding is idempotent). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp)
  const hit = foldCache.get(cp)
  if (hit !== undefined) return hit
  const special = SPECIAL.get(cp)
  if (special !== undefined) return special
  let s = String.fromCodePoint(cp)
  // a few rounds reach the fixed point: lower-casing can produce decomposable forms and vice versa
  for (let i = 0; i < 4; i++) {
    // a compatibility form may decompose to a typographic one ('︱' → '—'), which folds further to ASCII
    const next = s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\0-\x7f]/gu, (ch) => SPECIAL.get(ch.codePointAt(0) ?? 0) ?? ch)
    if (next === s) break
    s = next
  }
  if (foldCache.size < 65536) foldCache.set(cp, s)
  return s
}

/** Folds a lexicon entry or alias the same way as text. */
export function foldString(s: string): string {
  let out = ''
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0) ?? 0)
  return out
}

/** anything but printable ASCII and common whitespace takes the slow path */
const NON_ASCII = /[^\t\n\r -~]/

const NON_ASCII_CP = /[^\t\n\r -~]/gu

const identityStart = (k: number): number => k
const identityEnd = (k: number): number => k + 1

/** folded text whose offsets are the original ones (shared functions: a closure per text costs an allocation and a name) */
function sameOffsets(folded: string): FoldedText {
  return { folded, start: identityStart, end: identityEnd }
}

export function foldText(text: string): FoldedText {
  if (!NON_ASCII.test(text)) {
    // ASCII fast path: same length, identity map
    return sameOffsets(text.toLowerCase())
  }
  // common case: every non-ASCII code point folds to as many code units as it had ('é' → 'e'), so offsets stay
  let sameLength = true
  const replaced = text.replace(NON_ASCII_CP, (ch) => {
    const f = foldCodePoint(ch.codePointAt(0) ?? 0)
    if (f.length !== ch.length) sameLength = false
    return f
  })
  if (sameLength) {
    // what is left to lower-case is ASCII: folded code points are their own lower case
    return sameOffsets(replaced.toLowerCase())
  }
  return foldSlow(text)
}

function foldSlow(text: string): FoldedText {
  const starts: number[] = []
  const ends: number[] = []
  let folded = ''
  let i = 0
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0
    const width = cp > 0xffff ? 2 : 1
    const f = foldCodePoint(cp)
    if (f.length === 0) {
      // a lone combining mark belongs to the letter before it
      if (ends.length > 0) ends[ends.length - 1] = i + width
    } else {
      for (let j = 0; j < f.length; j++) {
        starts.push(i)
        ends.push(i + width)
      }
      folded += f
    }
    i += width
  }
  const s = Int32Array.from(starts)
  const e = Int32Array.from(ends)
  return { folded, start: (k) => s[k] ?? text.length, end: (k) => e[k] ?? text.length }
}

/** Original span of folded span [a, b). */
export function originalSpan(t: FoldedText, a: number, b: number): [number, number] {
  if (b <= a) return [t.start(a), t.start(a)]
  return [t.start(a), t.end(b - 1)]
}

/** A letter or digit in any script: what a word boundary is made of. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false
  return isWordCode(ch.charCodeAt(0), ch)
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** isWordChar on a char code; `ch` is only consulted outside ASCII */
export function isWordCode(c: number, ch?: string): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)
  if (Number.isNaN(c)) return false
  return LETTER_OR_DIGIT.test(ch ?? String.fromCharCode(c))
}
