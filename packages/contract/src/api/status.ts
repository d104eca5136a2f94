import { z } from 'zod'

export const StatusSchema = z.object({
  registrations: z.number().int(),
  mentions: z.number().int(),
  persons: z.number().int(),
  import_batches: z.number().int(),
  catalogue_version: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), location: z.string(), server_version: z.string() }),
  schema_version: z.string(),
})
export type Status = z.infer<typeof StatusSchema>
