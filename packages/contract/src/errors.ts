import { z } from 'zod'

/** Every error the engine reports by code; web and CLI switch on these, messages live in a catalogue. */
export const ErrorCodeSchema = z.enum([
  'catalogue_invalid',
  'catalogue_unreadable',
  'lexicon_invalid',
  'export_unreadable',
  'encoding_invalid',
  'column_missing',
  'field_required',
  'field_invalid',
  'date_invalid',
  'duplicate_ref',
  'field_too_long',
  'json_invalid',
  'input_invalid',
  'database_unavailable',
  'query_timeout',
  'not_found',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'rate_limited',
  'conflict',
  'usage',
  'chromium_missing',
  'audit_tampered',
])
export type ErrorCode = z.infer<typeof ErrorCodeSchema>

export const ErrorBodySchema = z.object({ code: ErrorCodeSchema, message: z.string() })
export type ErrorBody = z.infer<typeof ErrorBodySchema>
