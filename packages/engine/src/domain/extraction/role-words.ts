import type { RoleId } from '@platformscope/contract'
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

/** a semicolon strictly between tokens `a` and `b`: 'eerste contact via X; Y deelde foto's' are two statements */
export function semicolonBetween(toks: Tokens, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (toks.text[k] === ';') return true
  return false
}

/** the roles of a post: what was placed on a platform, rather than done through it */
export const POST_ROLES: readonly RoleId[] = ['advertising', 'image_distribution']
