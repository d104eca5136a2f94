import type { Candidate } from './candidate.ts'
import type { Tokens } from './tokenize.ts'

const JOINERS = new Set([',', 'en', 'of', 'via', 'op', 'per', 'in', 'als', 'ook', 'noch', 'zowel', '/', 'en/of', 'een', 'de', 'het'])

/**
 * Coordinated mentions ('via Speurders.nl en sexmarkt.nl', 'noch via Kik noch via Snapchat') share negation and
 * roles. Input sorted by position; output groups in the same order.
 */
export function groupMentions(toks: Tokens, mentions: readonly Candidate[]): Candidate[][] {
  const groups: Candidate[][] = []
  let cur: Candidate[] = []
  let prev: Candidate | undefined
  for (const m of mentions) {
    if (prev && cur.length > 0 && toks.sentence[prev.lastToken] === toks.sentence[m.firstToken] && joined(toks, prev, m)) {
      cur.push(m)
    } else {
      if (cur.length > 0) groups.push(cur)
      cur = [m]
    }
    prev = m
  }
  if (cur.length > 0) groups.push(cur)
  return groups
}

/**
 * words that end a clause: two mentions of one platform across them are two statements; 'Vordering aan Telegram inzake
 * een Telegram-kanaal': the recipient of a data request is not the account it is about
 */
const CLAUSE_BREAKS = new Set([',', ';', ':', 'en', 'maar', 'of', 'waarna', 'nadat', 'terwijl', 'omdat', 'toen', 'want', 'dat', 'die', 'inzake', 'betreffende', 'aangaande'])

function joined(toks: Tokens, x: Candidate, y: Candidate): boolean {
  const gap = y.firstToken - x.lastToken - 1
  // 'appten zij dagelijks via WhatsApp': a WhatsApp verb and the name in one clause are one mention of use
  if (gap >= 0 && gap <= 4 && x.platformId !== null && x.platformId === y.platformId) {
    let breaks = false
    for (let k = x.lastToken + 1; k < y.firstToken; k++) if (CLAUSE_BREAKS.has(toks.text[k] ?? '')) breaks = true
    if (!breaks) return true
  }
  if (gap < 0 || gap > 3) return false
  for (let k = x.lastToken + 1; k < y.firstToken; k++) if (!JOINERS.has(toks.text[k] ?? '')) return false
  return true
}
