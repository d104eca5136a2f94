import { z } from 'zod'
import { parseLexiconWith } from './lexicon-error.ts'
import { NUMBER_WORDS } from './dutch-ages.ts'

/** bits of `PersonLexicon.wordClass` */
export const PERSON_FORM = 1
export const AGE_WORD = 2
const AGE_STARTERS = ['geboren', 'geb', 'geboortedatum', 'geboortejaar', 'leeftijd']

const word = z
  .string()
  .min(1)
  .refine((w) => w === w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') && !/\s/.test(w), 'expected one lower-case word without accents')
const note = z.string().min(3, 'every entry needs a short note')
const words = z.strictObject({ note, words: z.array(word).min(1) })
const PersonRole = z.enum(['aangever', 'melder', 'getuige', 'slachtoffer', 'benadeelde', 'betrokkene', 'verdachte'])
const Gender = z.enum(['F', 'M']).nullable()

export const PersonLexiconSchema = z.strictObject({
  note: z.string(),
  nouns: z.array(
    z.strictObject({
      forms: z.array(word).min(1),
      role: PersonRole.nullable(),
      gender: Gender,
      /**
       * mentions with the same referent are one person unless their ages or genders differ; "own" = per form;
       * "relative" = per form, and a role noun joined to it ("aangever, de vader van …") is not the victim
       */
      referent: z.string().regex(/^[a-z]+$/),
      not_before: z.array(word).optional(),
      note,
    }),
  ),
  plurals: z.array(z.strictObject({ forms: z.array(word).min(1), role: PersonRole.nullable(), gender: Gender, note })),
  pronouns: z.array(z.strictObject({ form: word, gender: z.enum(['F', 'M']), note })),
  plural_verbs_after_zij: words,
  age_noun_exclusions: words,
  age_followers: words,
  past_age_markers: words,
  non_age_units: words,
  claim_markers: words,
  adverbs_before_age: words,
})

export type PersonRoleId = z.infer<typeof PersonRole>

export interface PersonNoun {
  form: string
  role: PersonRoleId | null
  gender: 'F' | 'M' | null
  referent: string
  relative: boolean
  notBefore: ReadonlySet<string>
}

/** The validated lexicon, indexed for the rules. */
export interface PersonLexicon {
  /**
   * PERSON_FORM for every noun, plural and pronoun form; AGE_WORD for number words and words that open an age
   * ("geboren", "leeftijd"). One lookup per token rejects the words that are neither.
   */
  readonly wordClass: ReadonlyMap<string, number>
  readonly nouns: ReadonlyMap<string, PersonNoun>
  readonly plurals: ReadonlyMap<string, { role: PersonRoleId | null; gender: 'F' | 'M' | null }>
  readonly pronouns: ReadonlyMap<string, 'F' | 'M'>
  readonly pluralVerbsAfterZij: ReadonlySet<string>
  readonly ageNounExclusions: ReadonlySet<string>
  readonly ageFollowers: ReadonlySet<string>
  readonly pastAgeMarkers: ReadonlySet<string>
  readonly nonAgeUnits: ReadonlySet<string>
  readonly claimMarkers: ReadonlySet<string>
  readonly adverbsBeforeAge: ReadonlySet<string>
}

export function parsePersonLexicon(raw: unknown, file: string): PersonLexicon {
  const data = parseLexiconWith(PersonLexiconSchema, raw, file)
  const nouns = new Map<string, PersonNoun>()
  for (const entry of data.nouns) {
    for (const form of entry.forms) {
      nouns.set(form, {
        form,
        role: entry.role,
        gender: entry.gender,
        referent: entry.referent === 'own' || entry.referent === 'relative' ? `own-${form}` : entry.referent,
        relative: entry.referent === 'relative',
        notBefore: new Set(entry.not_before ?? []),
      })
    }
  }
  const plurals = new Map<string, { role: PersonRoleId | null; gender: 'F' | 'M' | null }>()
  for (const entry of data.plurals) for (const form of entry.forms) plurals.set(form, { role: entry.role, gender: entry.gender })
  const pronouns = new Map(data.pronouns.map((p) => [p.form, p.gender]))
  const wordClass = new Map<string, number>()
  for (const w of [...nouns.keys(), ...plurals.keys(), ...pronouns.keys()]) wordClass.set(w, PERSON_FORM)
  for (const w of [...NUMBER_WORDS.keys(), ...AGE_STARTERS]) wordClass.set(w, (wordClass.get(w) ?? 0) | AGE_WORD)
  return {
    wordClass,
    nouns,
    plurals,
    pronouns,
    pluralVerbsAfterZij: new Set(data.plural_verbs_after_zij.words),
    ageNounExclusions: new Set(data.age_noun_exclusions.words),
    ageFollowers: new Set(data.age_followers.words),
    pastAgeMarkers: new Set(data.past_age_markers.words),
    nonAgeUnits: new Set(data.non_age_units.words),
    claimMarkers: new Set(data.claim_markers.words),
    adverbsBeforeAge: new Set(data.adverbs_before_age.words),
  }
}
