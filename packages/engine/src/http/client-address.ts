import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { HttpDeps } from './api-env.ts'

/** The client's address for login rate limiting and the audit log; X-Forwarded-For only behind a trusted proxy. */
export function clientAddress(c: Context, deps: HttpDeps): string {
  if (deps.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded.slice(0, 64)
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // in-process requests (tests) have no socket
  }
}
