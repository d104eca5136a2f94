import { isWordCode, type FoldedText } from './normalize-text.ts'
import type { WordClasses } from './word-classes.ts'

/**
 * Words, clause punctuation and sentences of a folded text. Offsets index the folded text.
 * A word may contain . ' @ _ between letters ('foto's', 'kinky.nl'); a hyphen splits words but is remembered
 * (`hyphenBefore`), so 'WhatsApp-groep' is two words that belong together.
 */
export interface Tokens {
  readonly count: number
  readonly start: readonly number[]
  readonly end: readonly number[]
  readonly text: string[]
  /** 1 for , ; : ( ) and quotes, 0 for words */
  readonly punct: readonly number[]
  readonly hyphenBefore: readonly number[]
  /** 1 on the last token of a sentence that ends with '?' */
  readonly questionEnd: readonly number[]
  /** sentence index per token */
  readonly sentence: readonly number[]
  /** token index where each sentence starts; sentenceStart[s+1] is where it ends */
  readonly sentenceStart: number[]
  /** word class per token (0 for punctuation), when tokenized with word classes */
  readonly cls?: readonly number[]
  readonly classes?: WordClasses
}

const ABBREVIATIONS = new Set([
  'o.a', 'bijv', 'bv', 'm.b.t', 'i.v.m', 'ca', 'nr', 'evt', 'd.w.z', 'enz', 'etc', 'resp', 'verd', 'p.v', 'pv',
  'z.g.a', 'mr', 'dhr', 'mevr', 'st', 'jl', 'a.s', 'incl', 'excl', 't.a.v', 'n.a.v', 'm.i.v', 'vs', 'tel', 'e.d',
])

/**
 * Word characters per UTF-16 code unit (letters and digits; a lone surrogate is neither): 1 word, 2 not, 0 not yet
 * known. Filled on first sight, so that the hot loop costs one table read per character.
 */
const WORD_UNIT = new Uint8Array(0x10000)
for (let c = 0; c < 128; c++) WORD_UNIT[c] = isWordCode(c) ? 1 : 2

function isWordUnit(c: number): boolean {
  let v = WORD_UNIT[c]
  if (v === 0) {
    v = isWordCode(c, String.fromCharCode(c)) ? 1 : 2
    WORD_UNIT[c] = v
  }
  return v === 1
}

const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u

/** the original character that follows a sentence end starts a new sentence when it is a capital or a digit */
function opensSentence(original: string, k: number): boolean {
  const c = original.charCodeAt(k)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
  return c === c && UPPER_OR_DIGIT.test(original[k] ?? '')
}

/** , ; : ( ) " “ ” – — */
function isClausePunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014
}

/**
 * Per-token arrays, reused from one text to the next (plain arrays: typed arrays cost more here). Only the last
 * text's tokens are live: tokenize is called once per extraction, and nothing keeps the tokens beyond it.
 */
const bStart: number[] = []
const bEnd: number[] = []
const bPunct: number[] = []
const bHyphen: number[] = []
const bQuestion: number[] = []
const bSentence: number[] = []
const bClass: number[] = []
const scratch = [bStart, bEnd, bPunct, bHyphen, bQuestion, bSentence, bClass]
/** how many entries of the scratch arrays the last text filled */
let used = 0

export function tokenize(ft: FoldedText, original: string, classes?: WordClasses): Tokens {
  const s = ft.folded
  const n = s.length
  const start = bStart
  const end = bEnd
  const punct = bPunct
  const hyphen = bHyphen
  const question = bQuestion
  const sentence = bSentence
  const cls = bClass
  const text: string[] = []
  const sentenceStart: number[] = [0]
  let count = 0
  let sent = 0
  let lastStart = 0
  let pendingHyphen = 0
  let pendingBreak = false
  let i = 0
  while (i < n) {
    const code = s.charCodeAt(i)
    if (isWordUnit(code)) {
      let j = i + 1
      while (j < n) {
        const c = s.charCodeAt(j)
        if (isWordUnit(c)) j++
        else if ((c === 46 || c === 39 || c === 64 || c === 95 || c === 0x2019) && j + 1 < n && isWordUnit(s.charCodeAt(j + 1))) j += 2
        else break
      }
      if (pendingBreak) {
        if (opensSentence(original, ft.start(i)) && count > lastStart) {
          sent++
          sentenceStart.push(count)
          lastStart = count
        }
        pendingBreak = false
      }
      start[count] = i
      end[count] = j
      punct[count] = 0
      hyphen[count] = pendingHyphen
      question[count] = 0
      sentence[count] = sent
      cls[count] = classes ? classes.classOf(s, i, j) : 0
      text.push(s.slice(i, j))
      count++
      pendingHyphen = 0
      i = j
      continue
    }
    if (code === 45) {
      // '-' between two words: 'WhatsApp-groep' is two words that belong together
      if (count > 0 && end[count - 1] === i && i + 1 < n && isWordUnit(s.charCodeAt(i + 1))) pendingHyphen = 1
    } else if (code === 46 || code === 33 || code === 63) {
      if (code === 63 && count > 0) question[count - 1] = 1
      let abbrev = false
      if (code === 46 && count > 0 && end[count - 1] === i) {
        const prev = text[count - 1] ?? ''
        abbrev = ABBREVIATIONS.has(prev) || (prev.length === 1 && prev.charCodeAt(0) >= 97 && prev.charCodeAt(0) <= 122)
      }
      if (!abbrev) pendingBreak = true
    } else if (code === 10) {
      pendingBreak = false
      if (count > lastStart) {
        sent++
        sentenceStart.push(count)
        lastStart = count
      }
    } else if (isClausePunct(code)) {
      start[count] = i
      end[count] = i + 1
      punct[count] = 1
      hyphen[count] = 0
      question[count] = 0
      sentence[count] = sent
      cls[count] = 0
      text.push(s[i] ?? '')
      count++
    }
    i++
  }
  if (lastStart !== count) sentenceStart.push(count)
  // the scratch arrays themselves: past this text's tokens they read undefined, as fresh arrays would (cleared
  // rather than cut, which would free and regrow their storage); the tokens of a text are only used while that
  // text is extracted
  for (const a of scratch) for (let k = count; k < used; k++) (a as Array<number | undefined>)[k] = undefined
  used = count
  // two literals rather than a conditional spread, which copies the object once more
  return classes
    ? { count, start, end, text, punct, hyphenBefore: hyphen, questionEnd: question, sentence, sentenceStart, cls, classes }
    : { count, start, end, text, punct, hyphenBefore: hyphen, questionEnd: question, sentence, sentenceStart }
}

/** the token index where sentence `s` ends (exclusive): where the next one starts, or the end of the text */
export function sentenceEnd(toks: Tokens, s: number): number {
  return toks.sentenceStart[s + 1] ?? toks.count
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
