import type { RoleId } from '@platformscope/contract'

/** Evidence while matching: spans index the folded text and are mapped to the original at the end. */
export interface FoldedEvidence {
  rule: string
  a: number
  b: number
  gives?: RoleId | 'negation' | 'hypothetical' | 'generic' | 'unclear' | string
  /** the learned role scorer's strongest feature for this span */
  feature?: string
}

/** A mention while the extractor works on it (folded offsets, token range). */
export interface Candidate {
  a: number
  b: number
  firstToken: number
  lastToken: number
  platformId: string | null
  platform: string | null
  inCatalogue: boolean
  kind: 'named' | 'generic' | 'unclear'
  confidence: number
  /** lower wins when two candidates overlap */
  priority: number
  negated: boolean
  roles: Map<RoleId, FoldedEvidence>
  evidence: FoldedEvidence[]
}

export const PRIORITY = {
  domain: 0,
  alias: 1,
  compound: 2,
  outside: 3,
  context: 4,
  verb: 5,
  fuzzy: 6,
  outsideGuess: 7,
  unclear: 8,
  generic: 9,
} as const
