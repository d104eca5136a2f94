import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import type { ExtractionEvaluation } from '../../domain/picture/picture.ts'
import { dataPath } from './data-paths.ts'

export const DEFAULT_EVALUATION_PATH = dataPath('evaluation', 'extraction-quality.json')

const Counts = z.strictObject({ tp: z.number().int().min(0), fp: z.number().int().min(0), fn: z.number().int().min(0) })
const EvaluationSchema = z.object({
  extractor_version: z.string().min(1),
  measured_at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  held_out: z.literal(true),
  sets: z
    .array(z.object({ set: z.string().min(1), records: z.number().int().min(1), fields: z.record(z.string(), Counts) }))
    .min(1),
  /** per field, the 95 % bootstrap interval of the pooled F1 (absent in files written before session 6) */
  f1_interval_95: z.record(z.string(), z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)])).optional(),
})

/**
 * The extractor's scores on held-out annotated text (written by `score-run.ts --set heldout,heldout-2
 * --write-quality`), for the report's method section; null when the file is absent. A malformed file is an error,
 * not silently ignored: the report would otherwise claim less than was measured.
 */
export function loadExtractionEvaluation(file = DEFAULT_EVALUATION_PATH): ExtractionEvaluation | null {
  if (!existsSync(file)) return null
  const parsed = EvaluationSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new Error(`${file}: not an extraction evaluation (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`)
  }
  const { extractor_version, measured_at, sets, f1_interval_95 } = parsed.data
  return { extractor_version, measured_at, sets, ...(f1_interval_95 ? { f1_interval_95 } : {}) }
}
