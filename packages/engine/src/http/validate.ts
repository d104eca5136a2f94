import type { z } from 'zod'
import { AppError } from '../domain/errors.ts'

/** Parses with a contract schema; the first issue becomes `input_invalid` with its field path (no values echoed). */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new AppError('input_invalid', {
    field: issue?.path.join('.') || undefined,
    reason: issue?.message ?? 'invalid',
  })
}

/** Query string as an object; a parameter given more than once becomes an array. */
export function queryObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of new URL(url).searchParams) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}
