import { z } from 'zod'
import { GenderSchema, IsoDateSchema, MentionKindSchema, RoleIdSchema } from './vocabulary.ts'

/** One line of `platformscope extract` input (ARCHITECTURE.md contract). */
export const ExtractInputSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  // null is accepted too: exports and the generator write "unit": null when no unit can be attributed
  date: IsoDateSchema.nullish(),
  unit: z.string().nullish(),
})
export type ExtractInput = z.infer<typeof ExtractInputSchema>

export const ExtractedMentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  surface: z.string(),
  platform: z.string().nullable(),
  in_catalogue: z.boolean(),
  kind: MentionKindSchema,
  negated: z.boolean(),
  roles: z.array(RoleIdSchema),
  confidence: z.number().min(0).max(1),
})
export type ExtractedMention = z.infer<typeof ExtractedMentionSchema>

export const ExtractedPersonSchema = z.object({
  age: z.number().int().nullable(),
  gender: GenderSchema.nullable(),
  roles: z.array(z.string()),
})
export type ExtractedPerson = z.infer<typeof ExtractedPersonSchema>

/** One line of `platformscope extract` output (ARCHITECTURE.md contract). */
export const ExtractOutputSchema = z.object({
  id: z.string(),
  mentions: z.array(ExtractedMentionSchema),
  persons: z.array(ExtractedPersonSchema),
  vulnerabilities: z.array(z.string()),
})
export type ExtractOutput = z.infer<typeof ExtractOutputSchema>
