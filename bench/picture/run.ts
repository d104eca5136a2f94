/**
 * bench/picture: the intelligence picture over N synthetic registrations (default 1,000,000).
 *
 *   npx tsx bench/picture/run.ts [--registrations N] [--runs R] [--selection JSON] [--data-dir DIR | DATABASE_URL=…]
 *
 * Rows are generated inside the database (generate_series, deterministic), not imported: this measures the picture,
 * not the import. A database that already holds exactly N bench registrations is reused.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../../packages/engine/src/adapters/db/connect.ts'
import {
  backendPid,
  countBenchRegistrations,
  countStoredRows,
  generateBenchRows,
} from '../../packages/engine/src/adapters/db/bench-rows.ts'
import { aggregatePicture, refreshPictureSummary } from '../../packages/engine/src/adapters/db/picture.repository.ts'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { finishPicture } from '../../packages/engine/src/domain/picture/finish-picture.ts'
import { defaultSelection } from '../../packages/engine/src/domain/picture/selection.ts'
import type { PictureSelection } from '../../packages/engine/src/domain/picture/picture.ts'

const { values } = parseArgs({
  options: {
    registrations: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    'data-dir': { type: 'string' },
    // a partial PictureSelection as JSON, e.g. '{"categories":["dating"]}' (default: the report's 2017–2020)
    selection: { type: 'string', default: '{}' },
  },
})
const n = Number(values.registrations)
const runs = Number(values.runs)
const databaseUrl = process.env.DATABASE_URL || undefined
// one server connection: the cluster's CPU time during a run is the picture's (the machine is shared: wall time is not)
process.env.PG_POOL_MAX ??= '1'
const tempDir =
  databaseUrl || values['data-dir'] ? undefined : mkdtempSync(path.join(tmpdir(), 'bench-picture-'))
const conn = await openDatabase({ databaseUrl, dataDir: values['data-dir'] ?? tempDir })
const catalogue = loadCatalogue()

try {
  const t0 = performance.now()
  const existing = await countBenchRegistrations(conn.db)
  if (existing !== n) await generateBenchRows(conn.db, catalogue, n)
  const loadSeconds = (performance.now() - t0) / 1000
  // the summary of everything loaded since the last picture is brought up to date by the first picture; timed apart
  const r0 = performance.now()
  const refreshed = await refreshPictureSummary(conn.db)
  const refreshSeconds = (performance.now() - r0) / 1000
  const counts = await countStoredRows(conn.db)
  const selection = defaultSelection(JSON.parse(values.selection) as Partial<PictureSelection>)
  const timings: number[] = []
  const cpu: number[] = []
  const pid = conn.kind === 'postgres' ? await backendPid(conn.db) : undefined
  let registrations = 0
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now()
    const cpuStart = cpuMs(pid)
    const picture = finishPicture(await aggregatePicture(conn.db, catalogue, selection), catalogue, selection)
    timings.push(performance.now() - start)
    const cpuEnd = cpuMs(pid)
    if (cpuStart !== undefined && cpuEnd !== undefined) cpu.push(cpuEnd - cpuStart)
    registrations = picture.headline.registrations
  }
  cpu.shift()
  cpu.sort((a, b) => a - b)
  const [cold, ...warm] = timings
  warm.sort((a, b) => a - b)
  const median = warm[Math.floor(warm.length / 2)] ?? cold ?? 0
  const result = {
    engine: conn.kind,
    registrations_stored: counts.registrations,
    mentions_stored: counts.mentions,
    person_links_stored: counts.personLinks,
    selection: JSON.parse(values.selection) as unknown,
    picture_registrations: registrations,
    generate_seconds: existing === n ? 0 : Number(loadSeconds.toFixed(1)),
    summary_refreshed_registrations: refreshed,
    summary_refresh_seconds: Number(refreshSeconds.toFixed(1)),
    first_run_ms: Math.round(cold ?? 0),
    median_ms: Math.round(median),
    min_ms: Math.round(warm[0] ?? 0),
    max_ms: Math.round(warm[warm.length - 1] ?? 0),
    median_cpu_ms: cpu.length > 0 ? Math.round(cpu[Math.floor(cpu.length / 2)] ?? 0) : null,
    cpu_of: pid === undefined ? 'this process (PGlite runs in it)' : 'the PostgreSQL cluster (backend and parallel workers)',
    load_average_1m: Number((loadavg()[0] ?? 0).toFixed(1)),
  }
  process.stdout.write(JSON.stringify(result) + '\n')
} finally {
  await conn.close()
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
}

/**
 * CPU time (user + system) of the local PostgreSQL cluster serving `pid` — every child of its postmaster, so the
 * parallel workers of a query count too (an exited worker's time is in the postmaster's children's time) — or of
 * this process (PGlite); undefined if unreadable.
 */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  const own = stat(pid)
  if (own === undefined) return undefined
  const postmaster = own.ppid
  const master = stat(postmaster)
  if (master === undefined) return undefined
  let ticks = master.childTicks
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const s = stat(Number(entry))
    if (s?.ppid === postmaster) ticks += s.ownTicks
  }
  return ticks * 10 // clock ticks, 100 per second on Linux
}

function stat(pid: number): { ppid: number; ownTicks: number; childTicks: number } | undefined {
  const file = `/proc/${pid}/stat`
  if (!existsSync(file)) return undefined
  try {
    // fields after "(comm) ": state 0, ppid 1, utime 11, stime 12, cutime 13, cstime 14
    const f = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? []
    return { ppid: Number(f[1]), ownTicks: Number(f[11]) + Number(f[12]), childTicks: Number(f[13]) + Number(f[14]) }
  } catch {
    return undefined // the process ended while being read
  }
}
