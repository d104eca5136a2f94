/**
 * One measured import, in its own process so its peak RSS is the importer's alone:
 *   node --import tsx bench/import/run-import.ts FILE [--data-dir DIR] [--extract] [--batch-size N]
 * (DATABASE_URL selects PostgreSQL). Prints one JSON line: records, seconds, rate, peak RSS, PGlite WASM heap.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { openDatabase } from '../../packages/engine/src/adapters/db/connect.ts'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { bulkImportBufferMb, importExports } from '../../packages/engine/src/app/import-export.ts'
import { extractorFromOptions } from '../../packages/engine/src/cli/extractor-from-options.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    extract: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
  },
})
const file = positionals[0]
if (!file) throw new Error('usage: run-import.ts FILE [--data-dir DIR] [--extract] [--batch-size N]')

const catalogue = loadCatalogue()
const extractor = values.extract ? extractorFromOptions({}, catalogue) : null
// opened as `platformscope import` opens it (a bigger PGlite buffer pool for a big file)
const conn = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: values['data-dir'] ?? 'memory://',
  pgliteBufferMb: bulkImportBufferMb([file]),
})
let wasmHeapPeak = 0
const sampleHeap = (): void => {
  // the WASM linear memory only grows, so its current size is its peak
  const memory = (conn.pglite?.Module as { wasmMemory?: { buffer: ArrayBuffer } } | undefined)?.wasmMemory
  const bytes = memory?.buffer.byteLength ?? 0
  if (bytes > wasmHeapPeak) wasmHeapPeak = bytes
}
const started = performance.now()
const cpuStart = process.cpuUsage()
const ticksAtStart = threadTicks()
const [summary] = await importExports({
  conn,
  catalogue,
  extractor,
  files: [file],
  source: 'bench',
  onError: 'skip',
  ...(values['batch-size'] ? { batchSize: Number(values['batch-size']) } : {}),
  onProgress: sampleHeap,
})
const seconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuStart)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const mainShare = mainThreadShare(ticksAtStart)
sampleHeap()
await conn.close()
const records = (summary?.inserted ?? 0) + (summary?.updated ?? 0) + (summary?.unchanged ?? 0)
process.stdout.write(
  JSON.stringify({
    engine: conn.kind,
    records,
    inserted: summary?.inserted,
    unchanged: summary?.unchanged,
    rejected: summary?.rejected,
    extracted: summary?.extracted,
    mentions: summary?.mentions,
    seconds: Number(seconds.toFixed(1)),
    per_second: Math.round(records / seconds),
    importer_cpu_seconds: Number(cpuSeconds.toFixed(1)),
    // the main thread writes (and runs PGlite); the reader thread and V8's helpers make up the rest
    main_thread_cpu_seconds: mainShare === null ? null : Number((cpuSeconds * mainShare).toFixed(1)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    pglite_wasm_heap_mb: conn.kind === 'pglite' ? Math.round(wasmHeapPeak / 1024 / 1024) : null,
  }) + '\n',
)

/** CPU ticks of the main thread (the one whose id is the pid) and of the whole process, from /proc (Linux). */
function threadTicks(): { main: number; all: number } | null {
  const ticks = (file: string): number => {
    const fields = readFileSync(file, 'utf8').replace(/^.*\) /, '').split(' ')
    return Number(fields[11]) + Number(fields[12]) // utime, stime
  }
  try {
    return { main: ticks(`/proc/self/task/${process.pid}/stat`), all: ticks('/proc/self/stat') }
  } catch {
    return null
  }
}

/** The main thread's share of the process's CPU time since `start`. */
function mainThreadShare(start: { main: number; all: number } | null): number | null {
  const end = threadTicks()
  if (!start || !end || end.all === start.all) return null
  return (end.main - start.main) / (end.all - start.all)
}
