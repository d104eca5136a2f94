import { z } from 'zod'
import { IsoDateSchema, MentionKindSchema, RoleIdSchema } from './vocabulary.ts'
import { FindingSchema } from './registrations.ts'

/** GET /api/review/queue — the next suggested findings, lowest confidence first. */
export const ReviewQueueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  platform: z.string().max(200).optional(),
  kind: MentionKindSchema.optional(),
  unit: z.string().max(200).optional(),
})
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>

export const ReviewItemSchema = z.object({
  finding: FindingSchema,
  registration: z.object({
    id: z.guid(),
    source_ref: z.string(),
    date: IsoDateSchema,
    unit: z.string().nullable(),
  }),
  /** the narrative around the finding: `before` + `surface` + `after` (about 200 characters each side) */
  context: z.object({ before: z.string(), surface: z.string(), after: z.string() }),
})
export type ReviewItem = z.infer<typeof ReviewItemSchema>

export const ReviewQueueResponseSchema = z.object({
  items: z.array(ReviewItemSchema),
  /** findings still suggested (matching the filters) */
  remaining: z.number().int(),
  /** findings reviewed so far (confirmed, corrected or rejected), for a progress bar */
  reviewed: z.number().int(),
})
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponseSchema>

/**
 * POST /api/registrations/:registrationId/findings/:findingId/review. `correct` replaces platform, kind, roles
 * and negation; platform is a catalogue name or id, a proper name outside the catalogue, or null (generic/unclear).
 */
export const ReviewDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('confirm') }),
  z.object({ decision: z.literal('reject') }),
  z.object({
    decision: z.literal('correct'),
    platform: z.string().min(1).max(200).nullable(),
    kind: MentionKindSchema,
    roles: z.array(RoleIdSchema).max(6),
    negated: z.boolean(),
  }),
])
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>

export const ReviewDecisionResponseSchema = z.object({ finding: FindingSchema })
export type ReviewDecisionResponse = z.infer<typeof ReviewDecisionResponseSchema>
