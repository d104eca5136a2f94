import { LoginRequestSchema, MeResponseSchema, OkResponseSchema } from '@platformscope/contract'
import { login, logout } from '../../app/auth.ts'
import { defineRoute } from '../route.ts'
import { presentMe } from '../presenters/user.ts'
import { clearSessionCookie, setSessionCookie } from '../middleware/session.ts'
import { clientAddress } from '../client-address.ts'

export const authRoutes = [
  defineRoute({
    method: 'post',
    path: '/auth/login',
    summary: 'Sign in; sets the session cookie and returns the CSRF token',
    tag: 'auth',
    access: 'public',
    body: LoginRequestSchema,
    response: MeResponseSchema,
    audited: true,
    handle: async ({ c, deps, body }) => {
      const { token, session } = await login(
        deps.conn,
        { ...body, address: clientAddress(c, deps) },
        { throttle: deps.throttle, now: deps.now() },
      )
      setSessionCookie(c, deps, token, session)
      return presentMe(session)
    },
  }),
  defineRoute({
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out; ends the session',
    tag: 'auth',
    access: 'authenticated',
    response: OkResponseSchema,
    audited: true,
    handle: async ({ c, deps, session }) => {
      await logout(deps.conn, session, deps.now())
      clearSessionCookie(c, deps)
      return { ok: true as const }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/auth/me',
    summary: 'The signed-in user, permissions and CSRF token',
    tag: 'auth',
    access: 'authenticated',
    response: MeResponseSchema,
    handle: async ({ session }) => presentMe(session),
  }),
]
