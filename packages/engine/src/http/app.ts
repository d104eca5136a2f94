import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { hasPermission } from '../domain/auth/permissions.ts'
import { AppError } from '../domain/errors.ts'
import type { ApiEnv, HttpDeps } from './api-env.ts'
import { handleError } from './error-handler.ts'
import { checkOrigin, requireCsrfToken } from './middleware/csrf.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { requireSession } from './middleware/session.ts'
import { buildOpenApi } from './openapi.ts'
import type { RouteDef } from './route.ts'
import { parseWith, queryObject } from './validate.ts'
import { mountWeb } from './static-web.ts'
import { apiRoutes } from './routes/index.ts'

const JSON_LIMIT = 1024 * 1024

/**
 * The HTTP app: /healthz, the JSON API under /api (session, CSRF, permissions, contract validation) and the
 * built dashboard. In-process tests call `createApp(deps).request(...)`.
 */
export function createApp(deps: HttpDeps, routes: readonly RouteDef[] = apiRoutes): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  app.onError(handleError)
  app.use('*', securityHeaders())
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  app.get('/healthz', (c) => c.json({ status: 'ok' as const }))

  const api = new Hono<ApiEnv>()
  api.use('*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  api.use('*', checkOrigin())
  const publicPaths = new Set(routes.filter((r) => r.access === 'public').map((r) => `${r.method.toUpperCase()} /api${r.path}`))
  api.use('*', requireSession(publicPaths))
  api.use('*', requireCsrfToken())

  const openApi = buildOpenApi(routes)
  api.get('/openapi.json', (c) => c.json(openApi))
  for (const route of routes) mountRoute(api, route, deps)
  api.all('*', () => {
    throw new AppError('not_found', { what: 'API-route' })
  })

  app.route('/api', api)
  mountWeb(app, deps.webDist)
  return app
}

function mountRoute(api: Hono<ApiEnv>, route: RouteDef, deps: HttpDeps): void {
  const limit: MiddlewareHandler<ApiEnv> =
    route.body === 'raw'
      ? async (_c, next) => next()
      : bodyLimit({
          maxSize: JSON_LIMIT,
          onError: () => {
            throw new AppError('input_invalid', { reason: 'request body too large' })
          },
        })
  api.on(route.method.toUpperCase(), route.path, limit, async (c) => {
    const session = route.access === 'public' ? undefined : c.get('session')
    if (route.access !== 'public' && route.access !== 'authenticated') {
      if (!session || !hasPermission(session.user.role, route.access)) throw new AppError('forbidden')
    }
    const query = route.query ? parseWith(route.query, queryObject(c.req.url)) : undefined
    let body: unknown
    if (route.body && route.body !== 'raw') {
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
        throw new AppError('input_invalid', { reason: 'expected Content-Type: application/json' })
      }
      let raw: unknown
      try {
        raw = await c.req.json()
      } catch (cause) {
        throw new AppError('json_invalid', { reason: 'request body is not JSON' }, { cause })
      }
      body = parseWith(route.body, raw)
    }
    const result = await route.handle({ c, deps, session, query, body, params: c.req.param() })
    // any change may move a number of the picture or a drill-down; the next request recomputes (the drill-down cache
    // would notice by the summary stamp too; clearing spares it the check)
    if (route.method !== 'get') {
      deps.pictures.invalidate()
      deps.drillDowns.invalidate()
    }
    return c.json(result as object, route.status)
  })
}
