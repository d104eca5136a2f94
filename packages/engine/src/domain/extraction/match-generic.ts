import type { MentionLexicons } from './lexicon-schemas.ts'
import { PRIORITY, type Candidate } from './candidate.ts'
import { foldString } from './normalize-text.ts'
import { compilePhrases, type PhraseHit } from './phrase-matcher.ts'
import type { Tokens } from './tokenize.ts'

export interface GenericMatcher {
  find(toks: Tokens): Candidate[]
  /** sentences (index) that say the platform is not known */
  unknownMarkers(toks: Tokens): PhraseHit[]
}

/** Generic ('via een website') and unclear ('een niet nader genoemde website') mentions (report footnote 7). */
export function buildGenericMatcher(lex: MentionLexicons): GenericMatcher {
  const g = lex.genericMentions
  const entries = compilePhrases(g.entries.map((e) => e.pattern))
  const markers = compilePhrases(g.unknown_markers.map((e) => e.pattern))
  const definite = new Set(g.definite_determiners.map((d) => foldString(d.word)))
  return {
    find(toks) {
      const out: Candidate[] = []
      for (const h of entries.findAll(toks, 0, toks.count)) {
        const e = g.entries[h.entry]
        if (!e) continue
        const all = e.span === 'all'
        const headIdx = e.head ?? h.words.length - 1
        const first = all ? h.first : (h.words[headIdx] ?? h.last)
        const last = all ? h.last : first
        if (!e.after_definite && e.kind === 'generic') {
          const prev = toks.punct[h.first - 1] ? '' : (toks.text[h.first - 1] ?? '')
          if (definite.has(prev)) continue
        }
        const a = toks.start[first] ?? 0
        const b = toks.end[last] ?? a
        out.push({
          a,
          b,
          firstToken: first,
          lastToken: last,
          platformId: null,
          platform: null,
          inCatalogue: false,
          kind: e.kind,
          confidence: e.kind === 'generic' ? 0.8 : 0.7,
          priority: e.kind === 'generic' ? PRIORITY.generic : PRIORITY.unclear,
          negated: false,
          roles: new Map(),
          evidence: [{ rule: `${e.kind}-phrase`, a: toks.start[h.first] ?? a, b: toks.end[h.last] ?? b, gives: e.kind }],
        })
      }
      return out
    },
    unknownMarkers(toks) {
      return markers.findAll(toks, 0, toks.count)
    },
  }
}
