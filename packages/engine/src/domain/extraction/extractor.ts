import type { ExtractInput, ExtractOutput, RoleId } from '@platformscope/contract'
import type { Lexicons } from './create-extractor.ts'

/** Why a finding was made: the rule and the text span that triggered it (shown by --explain and the review UI). */
export interface Evidence {
  rule: string
  start: number
  end: number
  surface: string
  /** e.g. the role the cue gave, or the negation trigger */
  gives?: RoleId | 'negation' | 'hypothetical' | 'generic' | 'unclear' | string
  /** for a role given by the learned scorer (rule 'role-model:<model>'): its strongest feature on this span */
  feature?: string
}

export interface MentionFinding {
  start: number
  end: number
  surface: string
  /** canonical catalogue name, or the proper name of a platform outside the catalogue, or null (generic/unclear) */
  platform: string | null
  /** catalogue id when in_catalogue */
  platformId: string | null
  inCatalogue: boolean
  kind: 'named' | 'generic' | 'unclear'
  negated: boolean
  roles: RoleId[]
  confidence: number
  /** the rule that found the mention first, then role cues and negation triggers */
  evidence: Evidence[]
}

export interface PersonFinding {
  age: number | null
  gender: 'F' | 'M' | null
  roles: string[]
  evidence: Evidence[]
}

export interface VulnerabilityFinding {
  factor: string
  start: number
  end: number
  evidence: Evidence[]
}

export interface Findings {
  mentions: MentionFinding[]
  persons: PersonFinding[]
  vulnerabilities: VulnerabilityFinding[]
}

/** A pure function from one registration's text to findings; built once from the catalogue and lexicons. */
export interface Extractor {
  readonly version: string
  readonly catalogueVersion: string
  /** the lexicons it was built from (plain data), so that a worker thread can build the same extractor */
  readonly lexicons?: Lexicons
  extract(input: ExtractInput): Findings
}

/** The contract shape of `platformscope extract` output. */
export function toExtractOutput(id: string, f: Findings): ExtractOutput {
  return {
    id,
    mentions: f.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      surface: m.surface,
      platform: m.platform,
      in_catalogue: m.inCatalogue,
      kind: m.kind,
      negated: m.negated,
      roles: m.roles,
      confidence: m.confidence,
    })),
    persons: f.persons.map((p) => ({ age: p.age, gender: p.gender, roles: p.roles })),
    vulnerabilities: [...new Set(f.vulnerabilities.map((v) => v.factor))],
  }
}
