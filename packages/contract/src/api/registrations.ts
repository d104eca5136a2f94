import { z } from 'zod'
import {
  CategoryIdSchema,
  GenderSchema,
  IsoDateSchema,
  MentionKindSchema,
  ReviewStatusSchema,
  RoleIdSchema,
} from './vocabulary.ts'

/** Why the extractor made a finding: the rule and the span that triggered it. */
export const FindingEvidenceSchema = z.object({
  rule: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  surface: z.string(),
  gives: z.string().optional(),
})
export type FindingEvidence = z.infer<typeof FindingEvidenceSchema>

/** One platform mention of a registration, extracted or registered by hand, with its review state. */
export const FindingSchema = z.object({
  id: z.string(),
  registration_id: z.guid(),
  /** JavaScript string offsets into the narrative; null for manual findings */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  surface: z.string().nullable(),
  /** canonical catalogue name, a proper name outside the catalogue, or null (generic/unclear) */
  platform: z.string().nullable(),
  platform_id: z.string().nullable(),
  in_catalogue: z.boolean(),
  category: CategoryIdSchema.nullable(),
  kind: MentionKindSchema,
  negated: z.boolean(),
  roles: z.array(RoleIdSchema),
  confidence: z.number(),
  status: ReviewStatusSchema,
  origin: z.enum(['extracted', 'manual']),
  evidence: z.array(FindingEvidenceSchema),
  extractor_version: z.string().nullable(),
  catalogue_version: z.string().nullable(),
  reviewer: z.string().nullable(),
  reviewed_at: z.iso.datetime().nullable(),
})
export type Finding = z.infer<typeof FindingSchema>

export const RegisteredPersonViewSchema = z.object({
  pseudonym: z.string(),
  gender: GenderSchema.nullable(),
  birth_year: z.number().int().nullable(),
  birth_country: z.string().nullable(),
  resident_nl: z.boolean().nullable(),
  roles: z.array(z.string()),
  age: z.number().int().nullable(),
  origin: z.enum(['registered', 'extracted', 'manual']),
})
export type RegisteredPersonView = z.infer<typeof RegisteredPersonViewSchema>

export const VulnerabilityViewSchema = z.object({
  factor: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  status: ReviewStatusSchema,
  origin: z.enum(['extracted', 'manual', 'registered']),
})
export type VulnerabilityView = z.infer<typeof VulnerabilityViewSchema>

/** GET /api/registrations/:id — narrative, findings with spans, persons. Reading it is audited. */
export const RegistrationDetailSchema = z.object({
  id: z.guid(),
  source: z.string(),
  source_ref: z.string(),
  date: IsoDateSchema,
  unit: z.string().nullable(),
  societal_class: z.string().nullable(),
  exploitation_form: z.string().nullable(),
  scope: z.string().nullable(),
  narrative: z.string(),
  findings: z.array(FindingSchema),
  persons: z.array(RegisteredPersonViewSchema),
  vulnerabilities: z.array(VulnerabilityViewSchema),
})
export type RegistrationDetail = z.infer<typeof RegistrationDetailSchema>

/**
 * GET /api/registrations — the registrations behind a number of the picture. The filters mirror the picture's
 * cells: platform × year (appendix 1, table 1), category × year (chart 1), platform × unit (table 2),
 * platform × role (table 3). Counting follows the picture: named, not negated, not rejected (`status=suggested`)
 * or reviewed only (`status=confirmed`).
 */
export const RegistrationListQuerySchema = z.object({
  platform: z.string().max(200).optional(),
  category: CategoryIdSchema.optional(),
  role: RoleIdSchema.optional(),
  unit: z.string().max(200).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  from: IsoDateSchema.optional(),
  /** exclusive */
  to: IsoDateSchema.optional(),
  kind: MentionKindSchema.default('named'),
  status: z.enum(['suggested', 'confirmed']).default('suggested'),
  /** free-text search in the source reference only (never in narratives through the list) */
  ref: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(50),
})
export type RegistrationListQuery = z.infer<typeof RegistrationListQuerySchema>

export const RegistrationSummarySchema = z.object({
  id: z.guid(),
  source: z.string(),
  source_ref: z.string(),
  date: IsoDateSchema,
  unit: z.string().nullable(),
  /** counted platforms of the registration (canonical names), alphabetical */
  platforms: z.array(z.string()),
  findings: z.number().int(),
  suggested: z.number().int(),
})
export type RegistrationSummary = z.infer<typeof RegistrationSummarySchema>

export const RegistrationListResponseSchema = z.object({
  items: z.array(RegistrationSummarySchema),
  /** matching registrations, counted up to 1,000 (each further one costs a lookup; the picture has the exact number) */
  total: z.number().int(),
  /** true when there are more than `total` (counting stopped at 1,000) */
  total_is_lower_bound: z.boolean().default(false),
  page: z.number().int(),
  page_size: z.number().int(),
})
export type RegistrationListResponse = z.infer<typeof RegistrationListResponseSchema>
