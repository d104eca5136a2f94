import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import type { ApiEnv } from './api-env.ts'

const NOT_BUILT = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>platformscope</title></head>
<body>
<h1>platformscope</h1>
<p>De API draait (<a href="/healthz">/healthz</a>, <code>/api/…</code>), maar het dashboard is nog niet gebouwd.</p>
<p>Bouw het met <code>npm run build -w @platformscope/web</code> en start <code>platformscope serve</code> opnieuw.</p>
<p lang="en">The dashboard is not built yet: run <code>npm run build -w @platformscope/web</code> and restart the server.</p>
</body></html>`

/** Serves the built dashboard with a single-page fallback, or a page saying how to build it. */
export function mountWeb(app: Hono<ApiEnv>, webDist: string | undefined): void {
  const index = webDist ? path.join(webDist, 'index.html') : undefined
  if (!webDist || !index || !existsSync(index)) {
    app.get('*', (c) => c.html(NOT_BUILT))
    return
  }
  const root = path.relative(process.cwd(), webDist) || '.'
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.use('*', serveStatic({ root }))
  app.get('*', (c) => c.html(readFileSync(index, 'utf8')))
}
