import { z } from 'zod'
import { CategoryIdSchema, IsoDateSchema, RoleIdSchema } from './vocabulary.ts'

/**
 * GET /api/picture — the intelligence picture for the dashboard. Filters as `platformscope picture`: period
 * [from, to), police unit, category, platform (repeat a parameter or separate with commas for several) and review
 * status (`suggested` counts every finding not rejected; `confirmed` reviewed ones only).
 */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : [v])
            .flatMap((s) => s.split(','))
            .map((s) => s.trim())
            .filter((s) => s.length > 0),
    )
    .pipe(z.array(item).max(100).optional())

export const PictureQuerySchema = z.object({
  from: IsoDateSchema.default('2017-01-01'),
  /** exclusive */
  to: IsoDateSchema.default('2021-01-01'),
  unit: list(z.string().max(100)),
  category: list(CategoryIdSchema),
  platform: list(z.string().max(200)),
  status: z.enum(['suggested', 'confirmed']).default('suggested'),
})
export type PictureQuery = z.input<typeof PictureQuerySchema>

const YearCounts = z.record(z.string(), z.number())
const CategoryRecord = <T extends z.ZodType>(v: T) => z.partialRecord(CategoryIdSchema, v)

const PlatformYearRow = z.object({
  platform: z.string(),
  category: CategoryIdSchema,
  counts: YearCounts,
  total: z.number(),
})

/** The picture as `picture.json` holds it (keys of figures.json where shared). */
export const PictureViewSchema = z.object({
  format: z.literal(1),
  selection: z.object({
    from: IsoDateSchema,
    to_exclusive: IsoDateSchema,
    units: z.array(z.string()).nullable(),
    categories: z.array(CategoryIdSchema).nullable(),
    platforms: z.array(z.string()).nullable(),
    exploitation_forms: z.array(z.string()).nullable(),
    sources: z.array(z.string()).nullable(),
    status: z.enum(['suggested', 'confirmed']),
    role_platforms: z.array(z.string()).nullable(),
  }),
  years: z.array(z.string()),
  versions: z.object({
    catalogue: z.string(),
    extractor: z.array(z.string()),
    catalogue_at_extraction: z.array(z.string()),
    generated_at: z.string().nullable(),
  }),
  headline: z.object({
    registrations: z.number(),
    named_platform_mentions: z.number(),
    distinct_platforms: z.number(),
    generic_mentions_excluded: z.number(),
    unclear_platforms_excluded: z.number(),
    mentions_per_year: YearCounts,
    distinct_platforms_per_year: YearCounts,
    category_share_percent: CategoryRecord(z.number()),
  }),
  appendix1_platforms_per_year: z.array(PlatformYearRow),
  table1_top10: z.array(PlatformYearRow),
  chart1_mentions_per_category_per_year: CategoryRecord(YearCounts),
  table2_mentions_per_police_unit: z.object({
    units: z.array(z.string()),
    platforms: z.record(z.string(), z.record(z.string(), z.number())),
    subtotal_top10: z.record(z.string(), z.number()),
    other_platforms: z.record(z.string(), z.number()),
    other_platforms_count: z.number(),
    total: z.record(z.string(), z.number()),
    no_unit: z.number(),
  }),
  table3_roles_top10: z.record(z.string(), z.array(RoleIdSchema)),
  roles_per_platform: z.record(z.string(), z.array(RoleIdSchema)),
  role_counts_per_platform: z.record(z.string(), z.partialRecord(RoleIdSchema, z.number())),
  persons: z.object({
    minors_linked: z.number(),
    with_more_than_one_person_role: z.number(),
    registrations_with_at_least_victim_role_percent: z.number(),
    male: z.number(),
    male_percent: z.number(),
    female: z.number(),
    gender_unknown: z.number(),
    age_range: z.tuple([z.number(), z.number()]).nullable(),
    age_share_of_registrations_percent: z.record(z.string(), z.number()),
    age_gender_registrations: z.record(z.string(), z.object({ F: z.number(), M: z.number(), unknown: z.number() })),
    born_in_netherlands_percent: z.number(),
    born_abroad: z.number(),
    birth_countries_abroad: z.array(z.string()),
    birth_country_counts: z.record(z.string(), z.number()),
    person_roles: z.record(z.string(), z.object({ minors: z.number(), registrations: z.number() })),
  }),
  vulnerability_factors: z.record(z.string(), z.number()),
  trends: z.object({
    category_growth: CategoryRecord(
      z.object({
        first_year: z.string(),
        last_year: z.string(),
        first: z.number(),
        last: z.number(),
        change_percent: z.number().nullable(),
      }),
    ),
    platforms_appearing: z.array(z.object({ platform: z.string(), category: CategoryIdSchema, first_year: z.string() })),
    platforms_disappearing: z.array(
      z.object({ platform: z.string(), category: CategoryIdSchema, last_year: z.string() }),
    ),
    platform_events: z.array(
      z.object({
        platform: z.string(),
        event: z.enum(['closed', 'launched', 'renamed']),
        date: z.string(),
        note_nl: z.string().optional(),
        note_en: z.string().optional(),
      }),
    ),
  }),
  candidate_platforms: z.array(z.object({ name: z.string(), registrations: z.number(), mentions: z.number() })),
  extraction_quality: z
    .object({ precision: z.number(), recall: z.number(), f1: z.number(), measured_on: z.string() })
    .nullable(),
  extraction_evaluation: z
    .object({
      extractor_version: z.string(),
      measured_at: z.string(),
      sets: z.array(
        z.object({
          set: z.string(),
          records: z.number(),
          fields: z.record(z.string(), z.object({ tp: z.number(), fp: z.number(), fn: z.number() })),
        }),
      ),
      f1_interval_95: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
    })
    .nullable(),
})
export type PictureView = z.infer<typeof PictureViewSchema>

export const PictureResponseSchema = z.object({ picture: PictureViewSchema })
export type PictureResponse = z.infer<typeof PictureResponseSchema>
