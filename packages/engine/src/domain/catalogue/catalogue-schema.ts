import { z } from 'zod'
import { CategoryIdSchema, IsoDateSchema, RoleIdSchema } from '@platformscope/contract'

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a lower-case id (a-z, 0-9, - or _)')
const alias = z
  .string()
  .min(2, 'an alias needs at least 2 characters')
  .refine((a) => a === a.trim() && a.length > 0, 'no leading or trailing spaces')

export const ContextAliasSchema = z.strictObject({ alias, note: z.string().min(3) })

export const PlatformEventSchema = z.strictObject({
  type: z.enum(['closed', 'launched', 'renamed']),
  date: IsoDateSchema,
  note_nl: z.string().optional(),
  note_en: z.string().optional(),
})

export const CataloguePlatformSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  category: CategoryIdSchema,
  aliases: z.array(alias),
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'expected a bare domain such as sexjobs.nl')),
  context_aliases: z.array(ContextAliasSchema).optional(),
  events: z.array(PlatformEventSchema).optional(),
  note: z.string().optional(),
})

const Labelled = { nl: z.string().min(1), en: z.string().min(1) }

export const CatalogueSchema = z
  .strictObject({
    $schema_note: z.string().optional(),
    categories: z.array(z.strictObject({ id: CategoryIdSchema, ...Labelled, definition_nl: z.string() })),
    roles: z.array(z.strictObject({ id: RoleIdSchema, ...Labelled, definition_nl: z.string() })),
    police_units: z.array(
      z.strictObject({
        id: slug,
        name: z.string().min(1),
        aliases: z.array(z.string()),
        domestic_exploitation: z.boolean(),
        note: z.string().optional(),
      }),
    ),
    person_roles: z.array(z.strictObject({ id: slug, ...Labelled, note: z.string().optional() })),
    vulnerability_factors: z.array(z.strictObject({ id: slug, ...Labelled })),
    platforms: z.array(CataloguePlatformSchema).min(1),
  })
  .superRefine((c, ctx) => {
    const categoryIds = new Set(c.categories.map((x) => x.id))
    const seenIds = new Map<string, number>()
    const seenSpelling = new Map<string, string>()
    c.platforms.forEach((p, i) => {
      if (!categoryIds.has(p.category)) {
        ctx.addIssue({ code: 'custom', path: ['platforms', i, 'category'], message: `unknown category "${p.category}"` })
      }
      const prev = seenIds.get(p.id)
      if (prev !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['platforms', i, 'id'], message: `duplicate id, also at platforms[${prev}]` })
      }
      seenIds.set(p.id, i)
      const spellings = [p.name, ...p.aliases, ...(p.context_aliases ?? []).map((a) => a.alias)]
      spellings.forEach((s) => {
        const key = s.toLowerCase()
        const owner = seenSpelling.get(key)
        if (owner !== undefined && owner !== p.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['platforms', i, 'aliases'],
            message: `alias "${s}" is also a spelling of platform "${owner}"`,
          })
        }
        seenSpelling.set(key, p.id)
      })
    })
  })

export type CatalogueData = z.infer<typeof CatalogueSchema>
export type CataloguePlatform = z.infer<typeof CataloguePlatformSchema>
