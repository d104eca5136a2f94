import type { Context } from 'hono'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import type { LoginThrottle } from '../domain/auth/login-throttle.ts'
import type { ActiveSession } from '../app/auth.ts'
import type { ImportJobs } from '../app/import-upload.ts'
import type { PictureCache } from '../app/dashboard-picture.ts'
import type { DrillDownCache } from '../app/drill-down-cache.ts'
import type { RegistrationList } from '../app/registrations-query.ts'

/** What the HTTP shell needs; built once by `platformscope serve` (or a test). */
export interface HttpDeps {
  conn: DatabaseConnection
  /** current catalogue; replaced when a candidate is accepted */
  catalogue: () => Catalogue
  setCatalogue: (c: Catalogue) => void
  /** file the catalogue is read from and written to */
  catalogueFile: string
  now: () => Date
  throttle: LoginThrottle
  /** force the Secure cookie flag (behind TLS that does not send X-Forwarded-Proto) */
  secureCookies: boolean
  /** take the client address from X-Forwarded-For (only behind a reverse proxy you run) */
  trustProxy: boolean
  /** pictures per selection; cleared by every change made through the API */
  pictures: PictureCache
  /** drill-down pages, exact per summary stamp (app/drill-down-cache.ts) */
  drillDowns: DrillDownCache<RegistrationList>
  /** uploads in progress and their rejects */
  imports: ImportJobs
  /** folder of the built dashboard (packages/web/dist); undefined = none */
  webDist: string | undefined
}

export interface ApiEnv {
  Variables: { session: ActiveSession; deps: HttpDeps }
}

export type ApiContext = Context<ApiEnv>
