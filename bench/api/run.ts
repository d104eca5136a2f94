/**
 * bench/api: dashboard queries through the HTTP API on N synthetic registrations in PostgreSQL (default 1,000,000),
 * 50 concurrent sessions on loopback, with autocannon. Use bench/api/run.sh for a throwaway cluster, or set
 * DATABASE_URL yourself:
 *
 *   DATABASE_URL=postgres://… npx tsx bench/api/run.ts [--registrations N] [--duration S] [--connections C]
 *
 * Rows come from the picture bench's in-database generator (adapters/db/bench-rows.ts). The server runs as its own
 * process (`platformscope serve`); each autocannon connection carries its own session cookie. Scenarios:
 *   picture      GET /api/picture, rotating over period × unit × category × status filters
 *   drill-down   GET /api/registrations behind a cell (platform × year, platform × unit, category × year, role); the
 *                server keeps pages per summary stamp, so after the first request of a cell this is its cache
 *   drill-down-uncached  the same cells paged, each page asked once: every request runs its SQL
 *   detail       GET /api/registrations/:id (narrative + findings; every read audited, i.e. a hash-chained insert)
 *   mixed        the three together, in the proportions of a dashboard session (picture 2 : drill-down 2 : detail 1)
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { openDatabase } from '../../packages/engine/src/adapters/db/connect.ts'
import { countBenchRegistrations, countStoredRows, generateBenchRows } from '../../packages/engine/src/adapters/db/bench-rows.ts'
import { benchRegistrationsWithNarrative, giveBenchNarratives, vacuumAnalyze } from '../../packages/engine/src/adapters/db/bench-api-rows.ts'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { addUser, updateUser } from '../../packages/engine/src/app/users.ts'
import { login } from '../../packages/engine/src/app/auth.ts'
import { findUserByUsername } from '../../packages/engine/src/adapters/db/users.repository.ts'
import { LoginThrottle } from '../../packages/engine/src/domain/auth/login-throttle.ts'

/** A throwaway account of the benchmark database; a fresh random password each run. */
const BENCH_PASSWORD = randomBytes(18).toString('base64url')

const { values } = parseArgs({
  options: {
    registrations: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '18777' },
    only: { type: 'string', default: 'picture,drill-down,drill-down-uncached,detail,mixed' },
    'picture-filters': { type: 'string' },
  },
})
const n = Number(values.registrations)
const connections = Number(values.connections)
const duration = Number(values.duration)
const port = Number(values.port)
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) throw new Error('bench/api needs DATABASE_URL (a PostgreSQL server); see bench/api/run.sh')

const conn = await openDatabase({ databaseUrl })
const catalogue = loadCatalogue()
const t0 = performance.now()
if ((await countBenchRegistrations(conn.db)) !== n) {
  process.stderr.write(`generating ${n} registrations…\n`)
  await generateBenchRows(conn.db, catalogue, n)
}
// the generator leaves narratives empty; give the registrations the detail scenario reads a realistic one (~650 chars)
const narrative = (
  'Aangeefster verklaarde dat zij via Snapchat werd benaderd door verdachte B. Zij moest klanten ontvangen in een ' +
  'woning. Er werden foto\'s verspreid om haar onder druk te zetten. De advertenties stonden op een website. '
).repeat(3)
await giveBenchNarratives(conn.db, n, Math.max(1, Math.floor(n / 5000)), narrative)
// what autovacuum does on a live server: the visibility map lets the drill-down use index-only scans
await vacuumAnalyze(conn.db)
const seedSeconds = (performance.now() - t0) / 1000
const detailIds = await benchRegistrationsWithNarrative(conn.db, 5000)

// 50 sessions, created through the login use case (the HTTP login is rate limited per address, as it should be)
const existing = await findUserByUsername(conn.db, 'bench-analist')
if (existing) {
  // a database kept from an earlier run: this run's password replaces that run's
  await updateUser(conn, existing.id, { password: BENCH_PASSWORD }, 'bench', new Date())
} else {
  await addUser(conn, { username: 'bench-analist', password: BENCH_PASSWORD, role: 'analyst' }, 'bench', new Date())
}
const throttle = new LoginThrottle({ windowMs: 1, attemptsPerAddress: 1e9, failuresPerUsername: 1e9 })
const tokens: string[] = []
for (let i = 0; i < connections; i++) {
  const { token } = await login(conn, { username: 'bench-analist', password: BENCH_PASSWORD, address: `bench-${i}` }, { throttle, now: new Date() })
  tokens.push(token)
}
const registrations = await countBenchRegistrations(conn.db)
const stored = await countStoredRows(conn.db)
await conn.close()

// pictures are recomputed in the background after --picture-ttl; at 1M rows one picture costs seconds of CPU, so the
// bench serves them for the whole run (changes through the API would still clear them at once)
// BENCH_SERVER_NODE_ARGS: extra node flags for the server only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
const server = spawn(process.execPath, [...serverNodeArgs, 'packages/engine/bin/platformscope.js', 'serve', '--port', String(port), '--picture-ttl', '3600'], {
  env: { ...process.env, PG_POOL_MAX: '20' },
  stdio: ['ignore', 'inherit', 'pipe'],
})
await new Promise<void>((resolve, reject) => {
  server.stderr.on('data', (d: Buffer) => {
    process.stderr.write(d)
    if (d.toString().includes('luistert op')) resolve()
  })
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
})

const base = `http://127.0.0.1:${port}`
const years = ['2017', '2018', '2019', '2020']
const units = catalogue.data.police_units.slice(0, 3).map((u) => u.name)
const platforms = catalogue.platforms.slice(0, 12).map((p) => p.name)
const categories = catalogue.data.categories.map((c) => c.id)
const enc = encodeURIComponent

const picturePaths: string[] = []
for (const status of ['suggested', 'confirmed']) {
  picturePaths.push(`/api/picture?status=${status}`)
  for (const y of years) picturePaths.push(`/api/picture?from=${y}-01-01&to=${Number(y) + 1}-01-01&status=${status}`)
  for (const u of units) picturePaths.push(`/api/picture?unit=${enc(u)}&status=${status}`)
  for (const c of categories) picturePaths.push(`/api/picture?category=${c}&status=${status}`)
}
if (values['picture-filters']) picturePaths.splice(Number(values['picture-filters']))
const drillPaths: string[] = []
for (const p of platforms) {
  for (const y of years) drillPaths.push(`/api/registrations?platform=${enc(p)}&year=${y}`)
  drillPaths.push(`/api/registrations?platform=${enc(p)}&unit=${enc(units[0] ?? '')}`)
  drillPaths.push(`/api/registrations?platform=${enc(p)}&role=recruiting&page=3`)
}
for (const c of categories) for (const y of years) drillPaths.push(`/api/registrations?category=${c}&year=${y}&status=confirmed`)
const detailPaths = detailIds.map((id) => `/api/registrations/${id}`)
// the drill-down cells again, paged (pages 1–20 of 49 and of 40 rows): every request a different page, so none is served
// from the server's drill-down cache and each runs its SQL
const uncachedDrillPaths = drillPaths.flatMap((p) =>
  [49, 40].flatMap((size) => Array.from({ length: 20 }, (_, i) => `${p.replace(/&page=\d+/, '')}&page=${i + 1}&page_size=${size}`)),
)

/** First request of each path, one at a time: the cost of a cache miss (the SQL behind it). */
async function firstRequests(paths: string[]): Promise<number[]> {
  const times: number[] = []
  for (const p of paths) {
    const start = performance.now()
    const res = await fetch(base + p, { headers: { cookie: `platformscope_session=${tokens[0]}` } })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${p}: ${res.status}`)
    times.push(performance.now() - start)
  }
  return times
}

/**
 * CPU seconds (user + system) of the server process and of every PostgreSQL backend. The machine is shared, so
 * wall-clock latency mostly measures the queue for a core; CPU per request is what the API itself costs.
 */
function cpuSeconds(): { server: number; postgres: number } {
  const ticks = (pid: number) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      return { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) }
    } catch {
      return { ppid: -1, cpu: 0 }
    }
  }
  const postmaster = Number(readFileSync(`${process.env.PGDATA_DIR ?? ''}/postmaster.pid`, 'utf8').split('\n')[0])
  let postgres = ticks(postmaster).cpu
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const t = ticks(Number(name))
    if (t.ppid === postmaster) postgres += t.cpu
  }
  return { server: ticks(server.pid ?? 0).cpu / 100, postgres: postgres / 100 }
}

/** autocannon on `paths` in turn; with `once`, each path is asked exactly once (no repeats to be served from a cache) */
async function load(name: string, paths: string[], once = false): Promise<Record<string, number | string>> {
  const cpuBefore = process.env.PGDATA_DIR ? cpuSeconds() : undefined
  let conn = 0
  let i = 0
  const result = await autocannon({
    url: base,
    connections,
    ...(once ? { amount: paths.length } : { duration }),
    requests: [
      {
        setupRequest: (req) => {
          const path = paths[i++ % paths.length] ?? '/healthz'
          return { ...req, method: 'GET', path }
        },
      },
    ],
    setupClient: (client) => {
      client.setHeaders({ cookie: `platformscope_session=${tokens[conn++ % tokens.length]}` })
    },
  })
  const cpuAfter = cpuBefore ? cpuSeconds() : undefined
  const perRequestMs = (a: number, b: number) => Math.round(((b - a) * 1000 * 100) / Math.max(1, result.requests.total)) / 100
  return {
    scenario: name,
    ...(cpuBefore && cpuAfter
      ? {
          'server CPU ms/req': perRequestMs(cpuBefore.server, cpuAfter.server),
          'postgres CPU ms/req': perRequestMs(cpuBefore.postgres, cpuAfter.postgres),
        }
      : {}),
    requests: result.requests.total,
    'req/s': Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0)
}

try {
  const only = new Set(values.only.split(','))
  const cold = only.has('picture') || only.has('mixed') ? await firstRequests(picturePaths) : []
  const coldDrill = only.has('drill-down') ? await firstRequests(drillPaths) : []
  const mixed = [...picturePaths, ...picturePaths, ...drillPaths.slice(0, picturePaths.length * 2), ...detailPaths.slice(0, picturePaths.length)]
  const scenarios: Array<[string, string[]]> = [
    ['picture', picturePaths],
    ['drill-down', drillPaths],
    ['detail', detailPaths],
    ['mixed', mixed],
  ]
  const rows = []
  for (const [name, paths] of scenarios) if (only.has(name)) rows.push(await load(name, paths))
  if (only.has('drill-down-uncached')) rows.push(await load('drill-down-uncached', uncachedDrillPaths, true))
  const summary = {
    registrations,
    mentions: stored.mentions,
    seed_seconds: Math.round(seedSeconds),
    connections,
    duration_s: duration,
    cold_picture_ms: cold.length ? { filters: cold.length, p50: pct(cold, 50), max: Math.round(Math.max(...cold)) } : null,
    cold_drill_down_ms: coldDrill.length
      ? { cells: coldDrill.length, p50: pct(coldDrill, 50), p99: pct(coldDrill, 99), max: Math.round(Math.max(...coldDrill)) }
      : null,
    scenarios: rows,
  }
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
} finally {
  server.kill('SIGTERM')
}
