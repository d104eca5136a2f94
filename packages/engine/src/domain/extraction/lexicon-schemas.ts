import { z } from 'zod'
import { CategoryIdSchema, RoleIdSchema } from '@platformscope/contract'

/** Every lexicon entry says why it exists (STYLE.md 2.7). */
const note = z.string().min(3, 'every entry needs a short note explaining it')
const word = z.string().min(1).refine((s) => s === s.trim(), 'no leading or trailing spaces')
/**
 * A token pattern (see phrase-matcher.ts): words separated by spaces; `klant*` is a prefix, `foto*|beeld*` are
 * alternatives, `...` skips up to eight words.
 */
const pattern = z
  .string()
  .min(1)
  .refine((s) => !s.trim().startsWith('...') && !s.trim().endsWith('...'), 'a pattern cannot start or end with ...')

export const PlatformVerbsSchema = z.strictObject({
  note,
  entries: z.array(
    z.strictObject({
      platform: z.string().min(1),
      forms: z.array(word).min(1),
      confidence: z.number().min(0).max(1),
      /** the form counts only right after one of these words (e.g. 'ik app je', not 'een app') */
      requires_before: z.array(word).optional(),
      /** or right before one of these words, and not after an article ('app me', 'app haar maar', not 'de app haar') */
      requires_after: z.array(word).optional(),
      note,
    }),
  ),
})

export const PlatformContextSchema = z.strictObject({
  note,
  /** words right before an ambiguous alias that show a platform is meant ('via snap') */
  prepositions: z.array(z.strictObject({ word, note })),
  /** words that may stand between such a preposition and the alias ('via de mail', 'op haar snap') */
  determiners: z.array(z.strictObject({ word, note })),
  /** nouns that make a platform of the word before them or that they are compounded with ('snap-account') */
  platform_nouns: z.array(z.strictObject({ word, note })),
  /** verbs after an ambiguous alias that show it is a message channel ('een snap gestuurd') */
  channel_verbs: z.array(z.strictObject({ word, note })),
  /** ordinary senses: `@` marks the alias ('een|geen @ te geven', 'ik @') */
  rejects: z.array(z.strictObject({ alias: word, pattern, note })),
  /** surroundings that are platform context enough for one alias ('een mail') */
  accepts: z.array(z.strictObject({ alias: word, pattern, note })),
  capitalised_note: z.string().optional(),
})

export const RoleCuesSchema = z.strictObject({
  note,
  entries: z.array(
    z.strictObject({
      role: RoleIdSchema,
      pattern,
      /** only when one of these also occurs in the same clause */
      with: z.array(pattern).optional(),
      /** not when one of these occurs in the same clause */
      without: z.array(pattern).optional(),
      /** a weak cue ('kreeg berichten') gives its role only to a mention that has no other role yet */
      weak: z.boolean().optional(),
      /** the role holds on every platform category, no category override ('bood haar aan' is advertising on a dating site too) */
      literal: z.boolean().optional(),
      /** only for mentions of these platform categories ('other': generic, unclear or outside the catalogue) */
      categories: z.array(z.union([CategoryIdSchema, z.literal('other')])).optional(),
      note,
    }),
  ),
  /** expressions that refer back to a platform named in an earlier sentence ('via die site') */
  references: z.array(z.strictObject({ pattern, note })),
  /** words saying contact moved on to another platform ('later', 'daarna'): recruiting happened on the first one */
  continuations: z.array(z.strictObject({ pattern, note })).optional(),
  /**
   * sugar-dating platforms (catalogue ids): men who offer the minor money on her profile there are customers, so a
   * mention that has customer_acquisition is no recruiting as well (GUIDELINES tune-3)
   */
  paid_dating: z.strictObject({ platforms: z.array(z.string()), note }).optional(),
  /**
   * platforms that sell the minor's own images (platform names, lower case, in or outside the catalogue): a profile made
   * for her there offers images, so an advertising cue alone gives image_distribution (GUIDELINES tune-5, tune-7)
   */
  paid_images: z.strictObject({ platforms: z.array(z.string()), note }).optional(),
  /** a role read differently for a platform category (a profile on a dating service attracts customers) */
  category_overrides: z.array(
    z.strictObject({ category: CategoryIdSchema, from: RoleIdSchema, to: RoleIdSchema, note }),
  ),
})

export const NegationSchema = z.strictObject({
  note,
  entries: z.array(
    z.strictObject({
      pattern,
      kind: z.enum(['negation', 'hypothetical', 'pseudo', 'terminator']),
      /** forward: scope runs to the right; backward: to the left; both; statement: back to the sentence start, across
       * terminators ('zou via X gaan, maar dat is niet bevestigd'); retraction: only about the sentence before, when its
       * own sentence opens by pointing back to it ('Daar zijn geen aanwijzingen voor'); span: the mentions between the
       * trigger's first and last word ('wilde haar via Telegram gaan aanbieden') */
      direction: z.enum(['forward', 'backward', 'both', 'statement', 'retraction', 'span']).optional(),
      /** words a forward scope may run (default 10 for negation, 16 for hypotheticals) */
      reach: z.number().int().min(1).max(30).optional(),
      /** the trigger counts only when one of these follows it, in its sentence or the next ('stelde voor … Zij weigerde') */
      only_with: z.array(pattern).optional(),
      note,
    }),
  ),
})

export const GenericMentionsSchema = z.strictObject({
  note,
  entries: z.array(
    z.strictObject({
      pattern,
      kind: z.enum(['generic', 'unclear']),
      /** the words of the pattern that form the mention span, by index (default: the last word) */
      head: z.number().int().nonnegative().optional(),
      /** 'all': the whole matched phrase is the span ('sociale media') */
      span: z.enum(['head', 'all']).optional(),
      /** also a mention right after a definite determiner ('op de bekende advertentiesites'); singular nouns after
       * 'de'/'die'/'welke' refer back to a named platform or ask which one, and are no mention of their own */
      after_definite: z.boolean().optional(),
      note,
    }),
  ),
  definite_determiners: z.array(z.strictObject({ word, note })),
  /** question words: 'welke websites' asks which platform and is no mention, singular or plural */
  interrogatives: z.array(z.strictObject({ word, note })),
  /** a word ending in one of these is a platform type ('jongerensite', 'sugardating-site') */
  compound_heads: z.array(z.strictObject({ word, note })),
  compound_exclusions: z.array(z.strictObject({ word, note })),
  /** phrases saying the platform is not known; they turn a generic mention in the same or previous sentence into an unclear one */
  unknown_markers: z.array(z.strictObject({ pattern, note })),
})

export const OutsideCatalogueSchema = z.strictObject({
  note,
  entries: z.array(
    z.strictObject({
      name: z.string().min(1),
      aliases: z.array(word),
      domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'expected a bare domain')).optional(),
      /** the name is also an ordinary word: count it only in a platform context */
      needs_context: z.boolean(),
      note,
    }),
  ),
  /** domains that are not platforms (authorities, search engines) */
  domain_stoplist: z.array(z.strictObject({ domain: word, note })),
  /** capitalised words that look like names after 'via' or before '-account' but are not platforms */
  name_stoplist: z.array(z.strictObject({ word, note })),
})

export const FuzzyMatchingSchema = z.strictObject({
  note,
  min_length: z.number().int().min(4),
  /** real words within one edit of an alias that must never be read as a misspelling */
  exclusions: z.array(z.strictObject({ word, note })),
})

export const LexiconSchemas = {
  'platform-verbs.json': PlatformVerbsSchema,
  'platform-context.json': PlatformContextSchema,
  'role-cues.json': RoleCuesSchema,
  'negation.json': NegationSchema,
  'generic-mentions.json': GenericMentionsSchema,
  'outside-catalogue.json': OutsideCatalogueSchema,
  'fuzzy-matching.json': FuzzyMatchingSchema,
} as const

export type MentionLexiconFile = keyof typeof LexiconSchemas

export interface MentionLexicons {
  platformVerbs: z.infer<typeof PlatformVerbsSchema>
  platformContext: z.infer<typeof PlatformContextSchema>
  roleCues: z.infer<typeof RoleCuesSchema>
  negation: z.infer<typeof NegationSchema>
  genericMentions: z.infer<typeof GenericMentionsSchema>
  outsideCatalogue: z.infer<typeof OutsideCatalogueSchema>
  fuzzyMatching: z.infer<typeof FuzzyMatchingSchema>
}
