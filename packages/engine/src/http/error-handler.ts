import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorBody, ErrorCode } from '@platformscope/contract'
import { AppError } from '../domain/errors.ts'
import { messagesNl } from '../cli/messages.nl.ts'

/** The one place where error codes become HTTP statuses. Codes not listed are bad input (400). */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  database_unavailable: 503,
  query_timeout: 503,
  chromium_missing: 503,
  catalogue_invalid: 500,
  catalogue_unreadable: 500,
  lexicon_invalid: 500,
  audit_tampered: 500,
}

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code] ?? 400
}

export function errorBody(error: AppError): ErrorBody {
  const message = messagesNl[error.code]?.(error.details) ?? error.code
  return { code: error.code, message }
}

/**
 * Hono's onError. Unknown errors are logged without request data and answered with a generic 500; narrative
 * text or person details must never reach the application log.
 */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    if (error.code === 'rate_limited' && typeof error.details.retryAfter === 'number') {
      c.header('Retry-After', String(error.details.retryAfter))
    }
    return c.json(errorBody(error), statusOf(error.code))
  }
  // a database error's message can quote an offending value ("invalid input syntax …: \"…\""): log its SQLSTATE only
  const sqlState = (error as { code?: unknown }).code
  // 57014: cancelled by the server's statement_timeout (serve --statement-timeout); the client may retry
  if (sqlState === '57014') return c.json(errorBody(new AppError('query_timeout', {})), 503)
  const what = typeof sqlState === 'string' ? `database error ${sqlState}` : `${error.name}: ${error.message}`
  console.error(`[http] ${c.req.method} ${c.req.routePath}: ${what}`)
  return c.json({ code: 'internal', message: 'Interne fout; zie het serverlog.' }, 500)
}
