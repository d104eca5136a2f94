import type { MentionLexicons } from './lexicon-schemas.ts'
import type { Candidate } from './candidate.ts'
import { groupMentions } from './mention-groups.ts'
import { compilePhrases } from './phrase-matcher.ts'
import type { Tokens } from './tokenize.ts'

const MAX_FORWARD = { negation: 10, hypothetical: 16 }
const MAX_BACKWARD = 6
const HARD_STOPS = new Set([';', ':', '(', ')'])
const RELATIVES = new Set(['die', 'dat', 'wat', 'welke', 'waarin', 'waarop', 'waarmee'])

export interface NegationDetector {
  /** marks negated and hypothetical mentions in place; `ignore` are token ranges that are no trigger (unknown markers) */
  apply(toks: Tokens, mentions: Candidate[], ignore: ReadonlyArray<readonly [number, number]>): void
}

/** ConText-style negation and hypotheticals with Dutch triggers, sentence scope and terminators. */
export function buildNegationDetector(lex: MentionLexicons): NegationDetector {
  const entries = lex.negation.entries
  const matcher = compilePhrases(entries.map((e) => e.pattern))
  return {
    apply(toks, mentions, ignore) {
      const bySentence = new Map<number, Candidate[]>()
      for (const m of mentions) {
        const s = toks.sentence[m.firstToken] ?? 0
        const list = bySentence.get(s)
        if (list) list.push(m)
        else bySentence.set(s, [m])
      }
      for (const [s, ms] of bySentence) {
        const from = toks.sentenceStart[s] ?? 0
        const to = toks.sentenceStart[s + 1] ?? toks.count
        const hits = matcher.findAll(toks, from, to)
        const blocked: Array<readonly [number, number]> = [...ignore]
        const terminators = new Set<number>()
        for (const h of hits) {
          const kind = entries[h.entry]?.kind
          if (kind === 'pseudo') blocked.push([h.first, h.last])
          if (kind === 'terminator') for (let k = h.first; k <= h.last; k++) terminators.add(k)
        }
        const mentionTokens = new Set<number>()
        for (const m of ms) for (let k = m.firstToken; k <= m.lastToken; k++) mentionTokens.add(k)
        const inMention = (k: number): boolean => mentionTokens.has(k)
        for (const h of hits) {
          const e = entries[h.entry]
          if (!e || (e.kind !== 'negation' && e.kind !== 'hypothetical')) continue
          if (blocked.some(([x, y]) => h.first <= y && h.last >= x) || inMention(h.first)) continue
          const dir = e.direction ?? 'forward'
          const negate = (m: Candidate): void => {
            if (m.negated) return
            m.negated = true
            m.evidence.push({ rule: `${e.kind}-trigger`, a: toks.start[h.first] ?? 0, b: toks.end[h.last] ?? 0, gives: e.kind })
          }
          // mentions are in text order: walk out from the trigger and stop at the scope's edge
          if (dir === 'statement') {
            for (const m of ms) if (m.lastToken < h.first) negate(m)
            continue
          }
          if (dir !== 'backward') {
            const end = forwardEnd(toks, h.last + 1, to, terminators, e.kind)
            for (let i = firstAfter(ms, h.last); i < ms.length && (ms[i]?.firstToken ?? Infinity) <= end; i++) negate(ms[i] as Candidate)
          }
          if (dir !== 'forward') {
            const start = backwardStart(toks, h.first - 1, from, terminators)
            for (let i = firstAfter(ms, h.first - 1) - 1; i >= 0 && (ms[i]?.lastToken ?? -1) >= start; i--) {
              const m = ms[i] as Candidate
              if (m.lastToken < h.first) negate(m)
            }
          }
        }
      }
      // coordinated mentions share the negation ('zij ontkent Snapchat en WhatsApp te gebruiken')
      for (const g of groupMentions(toks, mentions)) {
        const neg = g.find((m) => m.negated)
        if (!neg) continue
        for (const m of g) {
          if (m.negated) continue
          m.negated = true
          m.evidence.push(...neg.evidence.filter((x) => x.rule.endsWith('-trigger')))
        }
      }
    },
  }
}

/** index of the first mention starting after token `k` (binary search; `ms` is sorted by position) */
function firstAfter(ms: readonly Candidate[], k: number): number {
  let lo = 0
  let hi = ms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ms[mid]?.firstToken ?? Infinity) <= k) lo = mid + 1
    else hi = mid
  }
  return lo
}

function forwardEnd(toks: Tokens, from: number, to: number, terminators: Set<number>, kind: 'negation' | 'hypothetical'): number {
  let words = 0
  for (let k = from; k < to; k++) {
    const w = toks.text[k] ?? ''
    if (toks.punct[k]) {
      if (HARD_STOPS.has(w)) return k - 1
      if (w === ',' && !(kind === 'hypothetical' && infinitiveFollows(toks, k, to))) return k - 1
      continue
    }
    if (terminators.has(k) && !(kind === 'hypothetical' && w === 'en' && infinitiveFollows(toks, k, to))) return k - 1
    words++
    if (words > MAX_FORWARD[kind]) return k - 1
  }
  return to - 1
}

/** 'dreigde de foto's op YouTube te plaatsen en via Insta te sturen': a second infinitive keeps the scope open */
function infinitiveFollows(toks: Tokens, k: number, to: number): boolean {
  for (let j = k + 1; j < Math.min(to, k + 7); j++) if (toks.text[j] === 'te') return true
  return false
}

function backwardStart(toks: Tokens, from: number, sentenceStart: number, terminators: Set<number>): number {
  let words = 0
  for (let k = from; k >= sentenceStart; k--) {
    const w = toks.text[k] ?? ''
    if (toks.punct[k]) {
      if (HARD_STOPS.has(w) || w === ',') return k + 1
      continue
    }
    if (terminators.has(k) || RELATIVES.has(w)) return k + 1
    words++
    if (words > MAX_BACKWARD) return k + 1
  }
  return sentenceStart
}
