import { fileURLToPath } from 'node:url'
import { Command, InvalidArgumentError } from 'commander'
import { serve } from '@hono/node-server'
import { catalogueFromOptions, openFromOptions, withDatabaseOptions, type GlobalOptions } from '../context.ts'
import { DEFAULT_CATALOGUE_PATH } from '../../adapters/files/load-catalogue.ts'
import { LoginThrottle } from '../../domain/auth/login-throttle.ts'
import { deleteExpiredSessionsNow } from '../../app/auth.ts'
import { createApp } from '../../http/app.ts'
import { ImportJobs } from '../../app/import-upload.ts'
import { PictureCache, keepSummaryFresh } from '../../app/dashboard-picture.ts'
import { DrillDownCache } from '../../app/drill-down-cache.ts'
import { syncPlatformTable } from '../../app/catalogue-candidates.ts'
import { extractorFromOptions } from '../extractor-from-options.ts'

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../../web/dist', import.meta.url))

interface ServeOptions extends GlobalOptions {
  port: number
  host: string
  secureCookies?: boolean
  trustProxy?: boolean
  webDist: string
  pictureTtl: number
  statementTimeout: number
}

function port(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0–65535)')
  return n
}

function seconds(value: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds')
  return n
}

export function serveCommand(): Command {
  return withDatabaseOptions(new Command('serve'))
    .description('serve the HTTP API (/api, /healthz) and the built dashboard')
    .option('--port <port>', 'port to listen on', port, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--secure-cookies', 'always mark the session cookie Secure (behind TLS)')
    .option('--trust-proxy', 'take the client address from X-Forwarded-For (only behind your own reverse proxy)')
    .option('--web-dist <dir>', 'folder of the built dashboard', DEFAULT_WEB_DIST)
    .option(
      '--picture-ttl <seconds>',
      'how long a picture may be served before it is recomputed in the background (changes through the API clear it at once)',
      seconds,
      10,
    )
    .option(
      '--statement-timeout <seconds>',
      'PostgreSQL: cancel any database statement of a request that runs longer (0: no limit); the client gets 503',
      seconds,
      15,
    )
    .action(async (opts: ServeOptions) => {
      let catalogue = catalogueFromOptions(opts)
      const conn = await openFromOptions(opts, { statementTimeoutMs: Math.round(opts.statementTimeout * 1000) })
      // mentions reference platform rows: the form and review may name any catalogue platform
      await syncPlatformTable(conn, catalogue)
      const pictures = new PictureCache(opts.pictureTtl * 1000)
      const app = createApp({
        conn,
        catalogue: () => catalogue,
        setCatalogue: (c) => {
          catalogue = c
        },
        catalogueFile: opts.catalogue ?? process.env.PLATFORMSCOPE_CATALOGUE ?? DEFAULT_CATALOGUE_PATH,
        now: () => new Date(),
        throttle: new LoginThrottle(),
        secureCookies: opts.secureCookies ?? false,
        trustProxy: opts.trustProxy ?? false,
        webDist: opts.webDist,
        pictures,
        drillDowns: new DrillDownCache(),
        imports: new ImportJobs(conn, async (c) => extractorFromOptions({}, c), () => pictures.invalidate()),
      })
      const sweep = setInterval(() => void deleteExpiredSessionsNow(conn, new Date()).catch(() => undefined), 3_600_000)
      sweep.unref()
      // error names only: a driver error's detail can hold row values
      const stopRefreshing = keepSummaryFresh(conn, 5_000, (e) =>
        process.stderr.write(`picture summary refresh failed: ${e instanceof Error ? e.name : 'error'}\n`),
      )
      await new Promise<void>((resolve) => {
        const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
          process.stderr.write(`platformscope luistert op http://${opts.host}:${info.port} (${conn.kind}: ${conn.location})\n`)
        })
        const stop = () => {
          clearInterval(sweep)
          stopRefreshing()
          server.close(() => resolve())
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await conn.close()
    })
}
