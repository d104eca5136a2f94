import type { MiddlewareHandler } from 'hono'
import { csrfMatches, type ActiveSession } from '../../app/auth.ts'
import { AppError } from '../../domain/errors.ts'
import type { ApiEnv } from '../api-env.ts'
import { CSRF_HEADER } from './session.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Two layers: a request that names a foreign Origin is refused outright (also for login, which has no session
 * yet); every state change with a session must carry the session's token in X-CSRF-Token.
 */
export function checkOrigin(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next()
    const origin = c.req.header('origin')
    if (origin !== undefined && origin !== 'null') {
      const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host
      let originHost: string
      try {
        originHost = new URL(origin).host
      } catch {
        throw new AppError('csrf_failed')
      }
      if (originHost !== host) throw new AppError('csrf_failed')
    } else if (origin === 'null') {
      throw new AppError('csrf_failed')
    }
    return next()
  }
}

export function requireCsrfToken(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next()
    const session: ActiveSession | undefined = c.get('session')
    if (session && !csrfMatches(session, c.req.header(CSRF_HEADER))) throw new AppError('csrf_failed')
    return next()
  }
}
