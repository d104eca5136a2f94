import type { RoleId } from '@platformscope/contract'
import type { FoldedEvidence } from './candidate.ts'
import type { Tokens } from './tokenize.ts'

/** words that start a new clause: a cue prefers a platform in its own clause */
export const CLAUSE_WORDS = new Set(['en', 'maar', 'waarna', 'nadat', 'terwijl', 'omdat', 'toen', 'waarop', 'zodat', 'doordat', 'want'])
export const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')'])

const CLOSING_QUOTES = new Set(['"', '”', "'", '’'])

/** 'V: Waar plaatste hij de advertenties? A: Op kinky en op Speurders.': the question's cues belong to the answer */
export function isQuestion(toks: Tokens, sentenceEnd: number): boolean {
  let last = sentenceEnd - 1
  // 'Gevraagd: "Hoe vonden de klanten je?"': a closing quote after the question mark
  while (last > 0 && toks.punct[last] && CLOSING_QUOTES.has(toks.text[last] ?? '')) last--
  if (last < 0) return false
  return toks.questionEnd[last] === 1
}

/** whether a token of `words` (or of `more`) stands strictly between tokens `a` and `b` */
export function wordBetween(toks: Tokens, a: number, b: number, words: ReadonlySet<string>, more?: ReadonlySet<string>): boolean {
  for (let k = a + 1; k < b; k++) {
    const w = toks.text[k] ?? ''
    if (words.has(w) || more?.has(w)) return true
  }
  return false
}

/**
 * whether tokens `from` … `to - 1` hold a word of `wanted` (or `already` holds) and none of `unless`: 'a man pays her and no
 * third party is named', 'the police viewed the address and nobody placed it'
 */
export function someWithout(toks: Tokens, from: number, to: number, wanted: ReadonlySet<string>, unless: ReadonlySet<string>, already = false): boolean {
  let found = already
  for (let k = from; k < to; k++) {
    const w = toks.text[k] ?? ''
    if (unless.has(w)) return false
    if (wanted.has(w)) found = true
  }
  return found
}

/** whether tokens `from` … `to - 1` hold both a word of `a` and a word of `b` ('gebruikte … daarvoor', 'belden … erop') */
export function bothIn(toks: Tokens, from: number, to: number, a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let hasA = false
  let hasB = false
  for (let k = from; k < to && !(hasA && hasB); k++) {
    const w = toks.text[k] ?? ''
    if (a.has(w)) hasA = true
    else if (b.has(w)) hasB = true
  }
  return hasA && hasB
}

const SEMICOLON = new Set([';'])

/** a semicolon strictly between tokens `a` and `b`: 'eerste contact via X; Y deelde foto's' are two statements */
export function semicolonBetween(toks: Tokens, a: number, b: number): boolean {
  return wordBetween(toks, a, b, SEMICOLON)
}

/** the roles of a post: what was placed on a platform, rather than done through it */
export const POST_ROLES: readonly RoleId[] = ['advertising', 'image_distribution']

/** the evidence of a role a convention pass gives: tokens `first` … `last` of the text */
export function roleEvidence(toks: Tokens, role: RoleId, first: number, last: number): FoldedEvidence {
  return { rule: 'role-cue', a: toks.start[first] ?? 0, b: toks.end[last] ?? 0, gives: role }
}
