/**
 * `npm run bench:import -- [--registrations N] [--engines pglite,postgres] [--rounds R] [--extract] [--write]`
 *
 * Generates N registrations with `platformscope generate --registrations N` (kept in the OS temp folder for
 * the next run), then imports them R times per engine (the engines alternating), each in a fresh database and a fresh
 * process (run-import.ts) whose peak RSS is the importer's alone. The table gives each engine's median run, every
 * run's rate and the highest peak RSS: on a shared machine one run moves by ±10 %. PostgreSQL: set BENCH_DATABASE_URL to a server you
 * may create databases on (a throwaway cluster; see BENCHMARKS.md). --write puts the table into BENCHMARKS.md (with
 * --extract into a table of its own).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { DEFAULT_BATCH_SIZE, DEFAULT_EXTRACTING_BATCH_SIZE } from '../../packages/engine/src/app/import-export.ts'

const root = path.resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    registrations: { type: 'string', default: '1000000' },
    engines: { type: 'string', default: 'pglite,postgres' },
    extract: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
    // default: the import's own (1,000 with extraction, 2,000 without)
    'batch-size': { type: 'string' },
  },
})
const n = Number(values.registrations)
const engines = (values.engines ?? '').split(',').filter(Boolean)

interface Result {
  engine: string
  records: number
  seconds: number
  per_second: number
  importer_cpu_seconds: number
  main_thread_cpu_seconds: number | null
  peak_rss_mb: number
  pglite_wasm_heap_mb: number | null
  /** CPU time of the server processes serving the import (its backends), when the server runs on this machine */
  server_cpu_seconds: number | null
  load_before: number
  load_after: number
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))))
  })
}

const file = path.join(tmpdir(), 'platformscope-bench', `registrations-${n}.jsonl`)
if (!existsSync(file)) {
  mkdirSync(path.dirname(file), { recursive: true })
  process.stderr.write(`generating ${n} registrations into ${file}\n`)
  await run(process.execPath, [path.join(root, 'packages/engine/bin/platformscope.js'), 'generate', '--registrations', String(n), '--output', file])
}
const sizeMb = statSync(file).size / 1e6

const importArgs = (extra: string[]) => [
  '--import', 'tsx', path.join(root, 'bench/import/run-import.ts'), file,
  ...(values['batch-size'] ? ['--batch-size', values['batch-size']] : []),
  ...(values.extract ? ['--extract'] : []), ...extra,
]

/**
 * CPU seconds of the server processes whose title names database `db` (its backends; autovacuum apart), sampled
 * from /proc every half second while `work` runs: a backend lives as long as the import's pool, so at most the
 * last half second of one that exits early is missed. null when no such process is visible (a remote server).
 */
async function serverCpu<T>(db: string, work: Promise<T>): Promise<{ result: T; seconds: number | null }> {
  const ticks = new Map<string, number>()
  const sample = (): void => {
    let pids: string[]
    try {
      pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p))
    } catch {
      return
    }
    for (const pid of pids) {
      try {
        const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        if (!title.startsWith('postgres: ') || !title.includes(` ${db} `) || title.includes('autovacuum')) continue
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
        ticks.set(`${pid}:${stat[19]}`, Number(stat[11]) + Number(stat[12])) // utime + stime, by pid and start time
      } catch {
        // gone meanwhile
      }
    }
  }
  const timer = setInterval(sample, 500)
  try {
    const result = await work
    sample()
    const total = [...ticks.values()].reduce((a, b) => a + b, 0)
    return { result, seconds: ticks.size === 0 ? null : Number((total / 100).toFixed(1)) } // USER_HZ is 100 on Linux
  } finally {
    clearInterval(timer)
  }
}

const rounds = Math.max(1, Number(values.rounds))
const results: Result[] = []
for (let round = 0; round < rounds; round++) for (const engine of engines) {
  const loadBefore = loadavg()[0] ?? 0
  let line: string
  let serverSeconds: number | null = null
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'platformscope-bench-db-'))
    try {
      line = await run(process.execPath, importArgs(['--data-dir', dir]), { DATABASE_URL: '' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  } else if (engine === 'postgres') {
    const server = process.env.BENCH_DATABASE_URL
    if (!server) {
      process.stderr.write('postgres skipped: set BENCH_DATABASE_URL to a throwaway server\n')
      continue
    }
    const name = `ps_bench_${Date.now()}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    // every run starts right after a checkpoint, so one run does not pay for the previous one's dirty pages
    await admin.query('CHECKPOINT').catch(() => process.stderr.write('no CHECKPOINT (not a superuser): runs may pay for earlier ones\n'))
    const url = new URL(server)
    url.pathname = `/${name}`
    try {
      const measured = await serverCpu(name, run(process.execPath, importArgs([]), { DATABASE_URL: url.toString() }))
      line = measured.result
      serverSeconds = measured.seconds
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  } else throw new Error(`unknown engine ${engine}`)
  const r: Result = {
    ...(JSON.parse(line) as Omit<Result, 'server_cpu_seconds' | 'load_before' | 'load_after'>),
    server_cpu_seconds: serverSeconds,
    load_before: loadBefore,
    load_after: loadavg()[0] ?? 0,
  }
  results.push(r)
  process.stdout.write(JSON.stringify(r) + '\n')
}

const TARGET: Record<string, number> = { postgres: 20_000, pglite: 5_000 }
const fmt = (x: number) => x.toLocaleString('en-US')
/** each engine's runs, slowest first; the median run (the slower middle one of an even number) stands for it */
const byEngine = engines
  .map((engine) => results.filter((r) => r.engine === engine).sort((a, b) => a.per_second - b.per_second))
  .filter((runs) => runs.length > 0)
const table = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${fmt(n)} generated registrations ` +
    `(${sizeMb.toFixed(0)} MB JSONL), batch ${values['batch-size'] ?? (values.extract ? DEFAULT_EXTRACTING_BATCH_SIZE : DEFAULT_BATCH_SIZE)}, extraction ${values.extract ? 'on' : 'off (--no-extract)'}` +
    `${rounds > 1 ? `; ${rounds} runs per engine, the engines alternating, each row the median run` : ''}.`,
  '',
  `| engine | registrations/s (wall) | target | ratio |${rounds > 1 ? ' every run (registrations/s) |' : ''} wall | importer CPU (main thread) | registrations per importer CPU-second | server backends CPU | importer peak RSS${rounds > 1 ? ' (highest run)' : ''} | PGlite WASM heap | load avg before → after |`,
  `|---|---|---|---|${rounds > 1 ? '---|' : ''}---|---|---|---|---|---|---|`,
  ...byEngine.map((runs) => {
    const r = runs[Math.floor((runs.length - 1) / 2)] as Result
    const rss = Math.max(...runs.map((x) => x.peak_rss_mb))
    // the issue's targets are for storing registrations; with extraction the figures show what a default import costs
    const target = values.extract ? undefined : TARGET[r.engine]
    const against = target === undefined ? '— | —' : `≥ ${fmt(target)} | ${(r.per_second / target).toFixed(2)}`
    const every = rounds > 1 ? ` ${results.filter((x) => x.engine === r.engine).map((x) => fmt(x.per_second)).join(', ')} |` : ''
    return `| ${r.engine} | ${fmt(r.per_second)} | ${against} |${every} ${r.seconds} s | ${r.importer_cpu_seconds} s (${r.main_thread_cpu_seconds ?? '?'} s) | ${fmt(Math.round(r.records / r.importer_cpu_seconds))} | ${r.server_cpu_seconds === null ? '—' : `${r.server_cpu_seconds} s`} | ${rss} MB${r.engine === 'postgres' ? ' (target < 400 MB)' : ''} | ${r.pglite_wasm_heap_mb === null ? '—' : `${r.pglite_wasm_heap_mb} MB`} | ${r.load_before.toFixed(1)} → ${r.load_after.toFixed(1)} |`
  }),
].join('\n')
process.stdout.write('\n' + table + '\n')

if (values.write) {
  const file = path.join(root, 'BENCHMARKS.md')
  // with and without extraction are separate tables
  const marker = values.extract ? 'bench:import-extract' : 'bench:import'
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const text = readFileSync(file, 'utf8')
  const block = `${start}\n${table}\n${end}`
  const next = text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${text.trimEnd()}\n\n${block}\n`
  writeFileSync(file, next)
}
