import type { Gender, MentionKind, RoleId } from '@platformscope/contract'

/** One person as the registration system holds it (docs/data-formats.md). */
export interface CorpusPerson {
  pseudonym: string
  gender: Gender
  birth_year: number
  birth_country: string
  resident_nl: boolean
  /** person roles (aangever, slachtoffer, …, verdachte) in this registration */
  roles: string[]
  /** age at the registration date */
  age: number
}

export interface TruthMention {
  start: number
  end: number
  surface: string
  /** catalogue canonical name, the proper name of a platform outside the catalogue, or null (generic/unclear) */
  platform: string | null
  in_catalogue: boolean
  kind: MentionKind
  negated: boolean
  roles: RoleId[]
}

/** A line of `generate` output: valid `extract` and `import` input, with the ground truth under `truth`. */
export interface CorpusRecord {
  id: string
  source: string
  text: string
  date: string
  unit: string | null
  societal_class: string
  exploitation_form: string
  scope: string
  persons: CorpusPerson[]
  truth: { mentions: TruthMention[]; vulnerabilities: string[] }
}
