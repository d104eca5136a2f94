import { isWordChar, isWordCode, type FoldedText } from './normalize-text.ts'

/**
 * Words, clause punctuation and sentences of a folded text. Offsets index the folded text.
 * A word may contain . ' @ _ between letters ('foto's', 'kinky.nl'); a hyphen splits words but is remembered
 * (`hyphenBefore`), so 'WhatsApp-groep' is two words that belong together.
 */
export interface Tokens {
  readonly count: number
  readonly start: Int32Array
  readonly end: Int32Array
  readonly text: string[]
  /** 1 for , ; : ( ) and quotes, 0 for words */
  readonly punct: Uint8Array
  readonly hyphenBefore: Uint8Array
  /** 1 on the last token of a sentence that ends with '?' */
  readonly questionEnd: Uint8Array
  /** sentence index per token */
  readonly sentence: Int32Array
  /** token index where each sentence starts; sentenceStart[s+1] is where it ends */
  readonly sentenceStart: number[]
}

const ABBREVIATIONS = new Set([
  'o.a', 'bijv', 'bv', 'm.b.t', 'i.v.m', 'ca', 'nr', 'evt', 'd.w.z', 'enz', 'etc', 'resp', 'verd', 'p.v', 'pv',
  'z.g.a', 'mr', 'dhr', 'mevr', 'st', 'jl', 'a.s', 'incl', 'excl', 't.a.v', 'n.a.v', 'm.i.v', 'vs', 'tel', 'e.d',
])
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '"', '“', '”', '–', '—'])

/** ASCII letters and digits, as a lookup table for the hot loop */
const ASCII_WORD = new Uint8Array(128)
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCode(c) ? 1 : 0

export function tokenize(ft: FoldedText, original: string): Tokens {
  const s = ft.folded
  const n = s.length
  const start: number[] = []
  const end: number[] = []
  const text: string[] = []
  const punct: number[] = []
  const hyphen: number[] = []
  const question: number[] = []
  const sentence: number[] = []
  const sentenceStart: number[] = [0]
  let sent = 0
  let pendingHyphen = 0
  let pendingBreak = false
  let i = 0
  const breakSentence = (): void => {
    if (start.length > (sentenceStart[sentenceStart.length - 1] ?? 0)) {
      sent++
      sentenceStart.push(start.length)
    }
  }
  const isWord = (c: number, k: number): boolean => (c < 0x80 ? ASCII_WORD[c] === 1 : isWordCode(c, s[k]))
  const word = (k: number): boolean => k < n && isWord(s.charCodeAt(k), k)
  while (i < n) {
    const code = s.charCodeAt(i)
    if (isWord(code, i)) {
      let j = i + 1
      while (j < n) {
        const c = s.charCodeAt(j)
        if (isWord(c, j)) j++
        else if ((c === 46 || c === 39 || c === 64 || c === 95 || c === 0x2019) && word(j + 1)) j += 2
        else break
      }
      if (pendingBreak) {
        const o = original[ft.start(i)] ?? ''
        if (/[\p{Lu}\p{N}]/u.test(o)) breakSentence()
        pendingBreak = false
      }
      start.push(i)
      end.push(j)
      text.push(s.slice(i, j))
      punct.push(0)
      hyphen.push(pendingHyphen)
      sentence.push(sent)
      pendingHyphen = 0
      i = j
      continue
    }
    const ch = s[i] ?? ''
    if (ch === '-' && start.length > 0 && end[end.length - 1] === i && isWordChar(s[i + 1])) {
      pendingHyphen = 1
    } else if (ch === '.' || ch === '!' || ch === '?') {
      const prev = text[text.length - 1] ?? ''
      if (ch === '?' && start.length > 0) question[start.length - 1] = 1
      const isAbbrev = ch === '.' && end[end.length - 1] === i && (ABBREVIATIONS.has(prev) || (prev.length === 1 && /[a-z]/.test(prev)))
      if (!isAbbrev) pendingBreak = true
    } else if (ch === '\n') {
      pendingBreak = false
      breakSentence()
    } else if (CLAUSE_PUNCT.has(ch)) {
      start.push(i)
      end.push(i + 1)
      text.push(ch)
      punct.push(1)
      hyphen.push(0)
      sentence.push(sent)
    }
    i++
  }
  if (sentenceStart[sentenceStart.length - 1] !== start.length) sentenceStart.push(start.length)
  return {
    count: start.length,
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    text,
    punct: Uint8Array.from(punct),
    hyphenBefore: Uint8Array.from(hyphen),
    questionEnd: Uint8Array.from({ length: start.length }, (_, i) => question[i] ?? 0),
    sentence: Int32Array.from(sentence),
    sentenceStart,
  }
}

/** Index of the first token whose end is after folded offset `pos` (binary search). */
export function tokenAt(t: Tokens, pos: number): number {
  let lo = 0
  let hi = t.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((t.end[mid] ?? 0) <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}
