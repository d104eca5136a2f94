import type { RouteDef } from '../route.ts'
import { authRoutes } from './auth.ts'
import { userRoutes } from './users.ts'
import { auditRoutes } from './audit.ts'

/** Every API route; app.ts mounts them and openapi.ts documents them. */
export const apiRoutes: readonly RouteDef[] = [...authRoutes, ...userRoutes, ...auditRoutes]
