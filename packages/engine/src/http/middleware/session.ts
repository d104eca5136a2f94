import type { MiddlewareHandler } from 'hono'
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import type { Context } from 'hono'
import { resolveSession, type ActiveSession } from '../../app/auth.ts'
import { AppError } from '../../domain/errors.ts'
import type { ApiEnv, HttpDeps } from '../api-env.ts'

export const SESSION_COOKIE = 'platformscope_session'
export const CSRF_HEADER = 'X-CSRF-Token'

/** Every /api route but login needs a live session (ARCHITECTURE.md: 401 without one). */
export function requireSession(publicPaths: ReadonlySet<string>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (publicPaths.has(`${c.req.method} ${c.req.path}`)) return next()
    const deps = c.get('deps')
    const token = getCookie(c, SESSION_COOKIE)
    const session = token ? await resolveSession(deps.conn, token, deps.now()) : undefined
    if (!session) throw new AppError('unauthenticated')
    c.set('session', session)
    return next()
  }
}

/** Secure when told so, or when the request came over TLS (directly or as a proxy says with X-Forwarded-Proto). */
export function isSecureRequest(c: Context, deps: HttpDeps): boolean {
  return deps.secureCookies || c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:'
}

export function setSessionCookie(c: Context, deps: HttpDeps, token: string, session: ActiveSession): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isSecureRequest(c, deps),
    path: '/',
    expires: session.expiresAt,
  })
}

export function clearSessionCookie(c: Context, deps: HttpDeps): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: isSecureRequest(c, deps) })
}
