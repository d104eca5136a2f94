import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { LoginRequest, SessionUser } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { findUserByUsername } from '../adapters/db/users.repository.ts'
import { deleteExpiredSessions, deleteSession, findSession, insertSession } from '../adapters/db/session.repository.ts'
import type { LoginThrottle } from '../domain/auth/login-throttle.ts'
import { AppError } from '../domain/errors.ts'
import { recordAudit } from './audit.ts'
import { dummyPasswordHash, verifyPassword } from './auth-passwords.ts'

export const SESSION_TTL_MS = 10 * 60 * 60 * 1000

export interface ActiveSession {
  user: SessionUser
  csrfToken: string
  expiresAt: Date
  /** sha256 of the cookie value: what the database stores, never the token itself */
  idHash: string
}

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/**
 * Checks the password (argon2id), applies login rate limits per address and per username, audits success and
 * failure, and opens a session. Returns the cookie token (only ever sent to the client) and the session.
 */
export async function login(
  conn: DatabaseConnection,
  request: LoginRequest & { address: string },
  deps: { throttle: LoginThrottle; now: Date },
): Promise<{ token: string; session: ActiveSession }> {
  const { now, throttle } = deps
  const retryAfter = throttle.attempt(request.address, request.username, now.getTime())
  if (retryAfter > 0) {
    await recordAudit(
      conn,
      { actor: '-', action: 'login_failed', target: `user:${request.username}`, details: { address: request.address, reason: 'rate_limited' } },
      now,
    )
    throw new AppError('rate_limited', { retryAfter })
  }
  const user = await findUserByUsername(conn.db, request.username)
  const ok = user
    ? (await verifyPassword(user.passwordHash, request.password)) && !user.disabled
    : await verifyPassword(await dummyPasswordHash(), request.password).then(() => false)
  if (!user || !ok) {
    throttle.failed(request.username, now.getTime())
    await recordAudit(
      conn,
      {
        actor: '-',
        action: 'login_failed',
        target: `user:${request.username}`,
        details: { address: request.address, reason: user?.disabled ? 'disabled' : 'bad_credentials' },
      },
      now,
    )
    throw new AppError('unauthenticated', { reason: 'bad_credentials' })
  }
  throttle.succeeded(request.username)
  const token = randomBytes(32).toString('base64url')
  const session: ActiveSession = {
    user: { id: user.id, username: user.username, role: user.role },
    csrfToken: randomBytes(32).toString('base64url'),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    idHash: hashSessionToken(token),
  }
  await insertSession(conn.db, { idHash: session.idHash, userId: user.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt })
  await recordAudit(
    conn,
    { actor: user.username, action: 'login_succeeded', target: `user:${user.id}`, details: { address: request.address } },
    now,
  )
  return { token, session }
}

/** The session behind a cookie token, or undefined when unknown, expired or the user is disabled. */
export async function resolveSession(conn: DatabaseConnection, token: string, now: Date): Promise<ActiveSession | undefined> {
  if (token.length === 0 || token.length > 200) return undefined
  const idHash = hashSessionToken(token)
  const s = await findSession(conn.db, idHash, now)
  if (!s || s.user.disabled) return undefined
  return { user: { id: s.user.id, username: s.user.username, role: s.user.role }, csrfToken: s.csrfToken, expiresAt: s.expiresAt, idHash }
}

export async function logout(conn: DatabaseConnection, session: ActiveSession, now: Date): Promise<void> {
  await deleteSession(conn.db, session.idHash)
  await recordAudit(conn, { actor: session.user.username, action: 'logout', target: `user:${session.user.id}` }, now)
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(session: ActiveSession, header: string | undefined): boolean {
  if (!header) return false
  const a = Buffer.from(header)
  const b = Buffer.from(session.csrfToken)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function deleteExpiredSessionsNow(conn: DatabaseConnection, now: Date): Promise<number> {
  return deleteExpiredSessions(conn.db, now)
}
