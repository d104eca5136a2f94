import { z } from 'zod'

/**
 * POST /api/imports?file_name=…&source=…&extract=true with the export file as the raw request body
 * (CSV, XLSX or JSONL; any Content-Type). Answers 202 with the batch; poll GET /api/imports/:id for progress.
 */
export const ImportUploadQuerySchema = z.object({
  file_name: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^/\\]+$/, 'a file name without folders'),
  source: z.string().min(1).max(64).optional(),
  extract: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
})
export type ImportUploadQuery = z.input<typeof ImportUploadQuerySchema>

export const ImportRejectSchema = z.object({
  /** line (CSV/JSONL) or row (XLSX) in the file */
  line: z.number().int().nullable(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
})
export type ImportReject = z.infer<typeof ImportRejectSchema>

export const ImportBatchSchema = z.object({
  id: z.string(),
  source: z.string(),
  file_name: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  started_at: z.iso.datetime(),
  finished_at: z.iso.datetime().nullable(),
  records_read: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** rejected records of this upload (kept in memory while the server runs; at most 1000) */
  rejects: z.array(ImportRejectSchema),
  /** when status is failed: the error code */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
})
export type ImportBatch = z.infer<typeof ImportBatchSchema>

export const ImportListResponseSchema = z.object({ items: z.array(ImportBatchSchema) })
export type ImportListResponse = z.infer<typeof ImportListResponseSchema>
