import type { z } from 'zod'
import { AppError } from '../errors.ts'
import { formatJsonPath } from '../catalogue/parse-catalogue.ts'

/** Validates lexicon JSON against a schema; the first issue becomes AppError('lexicon_invalid', {file, path, reason}). */
export function parseLexiconWith<S extends z.ZodType>(schema: S, raw: unknown, file: string): z.output<S> {
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new AppError('lexicon_invalid', {
    file,
    path: issue ? formatJsonPath(issue.path) : '$',
    reason: issue?.message ?? 'invalid',
  })
}
