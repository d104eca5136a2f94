import { z } from 'zod'
import { CategoryIdSchema, IsoDateSchema, RoleIdSchema } from './vocabulary.ts'

const Labelled = { nl: z.string(), en: z.string() }

export const CataloguePlatformViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: CategoryIdSchema,
  aliases: z.array(z.string()),
  domains: z.array(z.string()),
  events: z.array(
    z.object({ type: z.enum(['closed', 'launched', 'renamed']), date: IsoDateSchema, note_nl: z.string().optional() }),
  ),
})
export type CataloguePlatformView = z.infer<typeof CataloguePlatformViewSchema>

/** GET /api/catalogue — the controlled vocabulary of the uniform form and the dashboard filters. */
export const CatalogueResponseSchema = z.object({
  version: z.string(),
  categories: z.array(z.object({ id: CategoryIdSchema, ...Labelled, definition_nl: z.string() })),
  roles: z.array(z.object({ id: RoleIdSchema, ...Labelled, definition_nl: z.string() })),
  police_units: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) })),
  person_roles: z.array(z.object({ id: z.string(), ...Labelled })),
  vulnerability_factors: z.array(z.object({ id: z.string(), ...Labelled })),
  platforms: z.array(CataloguePlatformViewSchema),
})
export type CatalogueResponse = z.infer<typeof CatalogueResponseSchema>

/** A named platform found in text that the catalogue does not know yet. */
export const PlatformCandidateSchema = z.object({
  name: z.string(),
  /** registrations naming it per year "YYYY" (not negated, not rejected) */
  counts: z.record(z.string(), z.number().int()),
  registrations: z.number().int(),
  mentions: z.number().int(),
  /** spellings seen in text (at most 10) */
  surfaces: z.array(z.string()),
})
export type PlatformCandidate = z.infer<typeof PlatformCandidateSchema>

export const CandidateListResponseSchema = z.object({ items: z.array(PlatformCandidateSchema) })
export type CandidateListResponse = z.infer<typeof CandidateListResponseSchema>

/** POST /api/catalogue/candidates/accept — adds the platform to data/catalogue.json and links its findings. */
export const AcceptCandidateRequestSchema = z.object({
  name: z.string().min(1).max(100),
  category: CategoryIdSchema,
  aliases: z.array(z.string().min(2).max(100)).max(30).default([]),
  domains: z
    .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a bare domain such as sexjobs.nl'))
    .max(10)
    .default([]),
})
export type AcceptCandidateRequest = z.input<typeof AcceptCandidateRequestSchema>

export const AcceptCandidateResponseSchema = z.object({
  platform: CataloguePlatformViewSchema,
  catalogue_version: z.string(),
  /** findings now linked to the new catalogue platform */
  findings_linked: z.number().int(),
})
export type AcceptCandidateResponse = z.infer<typeof AcceptCandidateResponseSchema>
