import type { RouteDef } from '../route.ts'
import { authRoutes } from './auth.ts'
import { userRoutes } from './users.ts'
import { auditRoutes } from './audit.ts'
import { registrationRoutes } from './registrations.ts'
import { caseRoutes } from './cases.ts'
import { catalogueRoutes } from './catalogue.ts'
import { importRoutes } from './imports.ts'
import { pictureRoutes } from './picture.ts'

/** Every API route; app.ts mounts them and openapi.ts documents them. */
export const apiRoutes: readonly RouteDef[] = [
  ...authRoutes,
  ...pictureRoutes,
  ...registrationRoutes,
  ...caseRoutes,
  ...catalogueRoutes,
  ...importRoutes,
  ...userRoutes,
  ...auditRoutes,
]
