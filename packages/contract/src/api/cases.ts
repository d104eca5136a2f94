import { z } from 'zod'
import { GenderSchema, IsoDateSchema, MentionKindSchema, RoleIdSchema } from './vocabulary.ts'

/** One platform involvement on the uniform form: which platform, what kind of mention, which role(s) it played. */
export const PlatformInvolvementSchema = z
  .object({
    /** catalogue id or canonical name; a proper name outside the catalogue is kept as a candidate; null for generic/unclear */
    platform: z.string().min(1).max(200).nullable(),
    kind: MentionKindSchema.default('named'),
    roles: z.array(RoleIdSchema).max(6).default([]),
  })
  .refine((p) => (p.kind === 'named') === (p.platform !== null), {
    message: 'a named involvement needs a platform; generic and unclear ones have none',
    path: ['platform'],
  })
export type PlatformInvolvement = z.infer<typeof PlatformInvolvementSchema>

export const CasePersonSchema = z.object({
  /** a pseudonym, never a name */
  pseudonym: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'a pseudonym such as P-00017'),
  gender: GenderSchema.nullable().default(null),
  birth_year: z.number().int().min(1900).max(2200).nullable().default(null),
  birth_country: z.string().max(100).nullable().default(null),
  resident_nl: z.boolean().nullable().default(null),
  /** person role ids of the catalogue (aangever, slachtoffer, …) */
  roles: z.array(z.string().max(64)).max(10).default([]),
  age: z.number().int().min(0).max(129).nullable().default(null),
})
export type CasePerson = z.infer<typeof CasePersonSchema>

/**
 * POST /api/cases — the uniform registration form (recommendation 1). Stored with origin 'manual'; its platform
 * involvements become confirmed findings that the picture counts at once. A (source, source_ref) that exists
 * already answers 409 `conflict`: the form never overwrites an imported registration.
 */
export const RegisterCaseRequestSchema = z.object({
  /** where the case comes from: registration system or investigation overview */
  source: z.string().min(1).max(64).default('formulier'),
  /** the registration number in that source */
  source_ref: z.string().min(1).max(100),
  date: IsoDateSchema,
  /** police unit id, name or alias from the catalogue */
  unit: z.string().min(1).max(100).nullable(),
  societal_class: z.string().max(20).nullable().default(null),
  exploitation_form: z.string().max(200).nullable().default(null),
  scope: z.enum(['registratie', 'onderzoek']).nullable().default(null),
  narrative: z.string().max(100_000).default(''),
  platforms: z.array(PlatformInvolvementSchema).min(1).max(50),
  persons: z.array(CasePersonSchema).max(50).default([]),
  /** vulnerability factor ids of the catalogue */
  vulnerabilities: z.array(z.string().max(64)).max(30).default([]),
})
export type RegisterCaseRequest = z.input<typeof RegisterCaseRequestSchema>
export type RegisterCaseInput = z.output<typeof RegisterCaseRequestSchema>

export const RegisterCaseResponseSchema = z.object({
  registration_id: z.guid(),
  findings: z.number().int(),
  persons: z.number().int(),
})
export type RegisterCaseResponse = z.infer<typeof RegisterCaseResponseSchema>
