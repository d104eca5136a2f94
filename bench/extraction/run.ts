// Extraction throughput against grep, in one run (issue 4 item 9).
// Usage: node --import tsx bench/extraction/run.ts [--registrations N] [--seed S] [--cache DIR] [--workers 2,3]
//          [--sample N] [--skip-cli] [--floor-only] [--ref REV]
//
// - generates N registrations (default 660,000: ≥ 500 MB of narrative text) once and keeps them under --cache
//   (default /tmp/ps-bench-extraction), with a text-only copy for grep (one narrative per line);
// - grep: `LC_ALL=C grep -F -i -o -f ALIASES texts.txt`, the baseline a user would reach for, with the catalogue's
//   names, aliases, domains, context aliases and the WhatsApp-verb forms, timed before and after the other runs;
// - the word-scan floor (word-scan-floor.ts): the least a JavaScript extractor that reads every word does, in process;
//   --floor-only measures grep and the floor alone;
// - engine, one thread, in process: the full analysis (mentions, negation, roles, persons, vulnerabilities) timed
//   per batch while the JSON Lines are streamed through (parsing is not timed; memory stays flat);
// - CLI end to end: `platformscope extract --input F --output /dev/null --workers W` for W = 1 and each of
//   --workers, wall time and peak RSS (JSON parsing, validation and output included), plus the peak RSS of the
//   largest W on a quarter of the input (RSS flat in input size);
// - with --ref REV: another revision's extractor against the working tree's on the first --sample registrations
//   (default 20,000), in a fresh process (compare-reference.ts), for a speed-up or a cost.
// Prints Markdown rows for BENCHMARKS.md. MB are 10^6 bytes of UTF-8 narrative text.
import { execFileSync, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { finished } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../packages/engine/src/adapters/files/load-lexicons.ts'
import type { Catalogue } from '../../packages/engine/src/domain/catalogue/catalogue.ts'
import { createExtractor, type Lexicons } from '../../packages/engine/src/domain/extraction/create-extractor.ts'
import type { Extractor } from '../../packages/engine/src/domain/extraction/extractor.ts'
import { timedBatches } from './timed-batches.ts'
import { wordScanFloor } from './word-scan-floor.ts'

const args = process.argv.slice(2)
const opt = (n: string): string | undefined => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined)
const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = path.join(root, 'packages/engine/bin/platformscope.js')
const count = Number(opt('--registrations') ?? 660_000)
const seed = opt('--seed') ?? '7'
const cache = opt('--cache') ?? path.join(tmpdir(), 'ps-bench-extraction')
const workerCounts = (opt('--workers') ?? '2').split(',').map(Number)
const sample = Number(opt('--sample') ?? 20_000)
mkdirSync(cache, { recursive: true })

interface Input {
  id: string
  text: string
  date?: string | null
}

const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' ')
const log = (s: string): void => void process.stderr.write(`${s}\n`)

/** the corpus and its text-only copy, generated once per N and seed */
async function corpus(): Promise<{ jsonl: string; texts: string; bytes: number; records: number }> {
  const jsonl = path.join(cache, `bench-${count}-${seed}.jsonl`)
  const texts = path.join(cache, `texts-${count}-${seed}.txt`)
  if (!existsSync(jsonl)) {
    log(`generating ${count} registrations → ${jsonl}`)
    execFileSync(process.execPath, [bin, 'generate', '--registrations', String(count), '--seed', seed, '--output', jsonl], { stdio: 'inherit' })
  }
  let bytes = 0
  let records = 0
  const meta = `${texts}.bytes`
  if (!existsSync(texts) || !existsSync(meta)) {
    const out = createWriteStream(texts)
    for await (const line of createInterface({ input: createReadStream(jsonl), crlfDelay: Infinity })) {
      if (!line) continue
      const t = (JSON.parse(line) as Input).text
      bytes += Buffer.byteLength(t)
      records++
      if (!out.write(`${t.replace(/[\r\n]/g, ' ')}\n`)) await once(out, 'drain')
    }
    out.end()
    await finished(out)
    writeFileSync(meta, `${bytes} ${records}\n`)
  }
  ;[bytes, records] = readFileSync(meta, 'utf8').trim().split(' ').map(Number) as [number, number]
  return { jsonl, texts, bytes, records }
}

function aliasFile(catalogue: Catalogue, lexicons: Lexicons): { file: string; count: number } {
  const aliases = new Set<string>()
  for (const p of catalogue.platforms) {
    for (const a of [p.name, ...p.aliases, ...p.domains, ...(p.context_aliases ?? []).map((c) => c.alias)]) aliases.add(a.toLowerCase())
  }
  for (const e of lexicons.mentions.platformVerbs.entries) for (const f of e.forms) aliases.add(f.toLowerCase())
  const file = path.join(cache, 'aliases.txt')
  writeFileSync(file, [...aliases].join('\n') + '\n')
  return { file, count: aliases.size }
}

/** wall and CPU seconds (user + system, children included) of a shell command, and its output */
function timed(cmd: string): { seconds: number; cpu: number; rssKb: number; out: string } {
  const report = path.join(cache, 'time.txt')
  const r = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', 'bash', '-c', cmd], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`)
  const [seconds, user, sys, rssKb] = readFileSync(report, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? []
  return { seconds: seconds ?? NaN, cpu: (user ?? NaN) + (sys ?? NaN), rssKb: rssKb ?? NaN, out: r.stdout.trim() }
}

function grep(aliases: string, texts: string): { seconds: number; cpu: number; matches: number } {
  const r = timed(`LC_ALL=C grep -F -i -o -f '${aliases}' '${texts}' | wc -l`)
  return { seconds: r.seconds, cpu: r.cpu, matches: Number(r.out) }
}

/** the full analysis on one thread: streamed, only extract() timed (wall and CPU) */
async function engine(
  x: Extractor,
  jsonl: string,
  limit = Infinity,
): Promise<{ seconds: number; cpu: number; bytes: number; records: number; mentions: number }> {
  let bytes = 0
  let records = 0
  let mentions = 0
  const timer = timedBatches<Input>((batch) => {
    for (const i of batch) mentions += x.extract(i).mentions.length
  })
  for await (const line of createInterface({ input: createReadStream(jsonl), crlfDelay: Infinity })) {
    if (!line) continue
    if (records >= limit) break
    const r = JSON.parse(line) as Input
    timer.push({ id: r.id, text: r.text, date: r.date ?? null })
    bytes += Buffer.byteLength(r.text)
    records++
  }
  return { ...timer.done(), bytes, records, mentions }
}

/** `platformscope extract` end to end: wall and CPU seconds and peak RSS (KB) */
function cli(jsonl: string, workers: number, head?: number): { seconds: number; cpu: number; rssKb: number } {
  const input = head ? `<(head -n ${head} '${jsonl}')` : `'${jsonl}'`
  const r = timed(`'${process.execPath}' '${bin}' extract --workers ${workers} --input ${input} --output /dev/null`)
  return { seconds: r.seconds, cpu: r.cpu, rssKb: r.rssKb }
}

/** the working tree's extractor against revision `ref`'s, in a fresh process (compare-reference.ts) */
function speedup(jsonl: string, ref: string): { revision: string; before: number; after: number; medianRatio: number } {
  const script = path.join(root, 'bench/extraction/compare-reference.ts')
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--ref', ref, '--file', jsonl, '--sample', String(sample)], { cwd: root })
  return JSON.parse(out.toString()) as { revision: string; before: number; after: number; medianRatio: number }
}

const mbps = (bytes: number, s: number): string => `${(bytes / 1e6 / s).toFixed(1)}`
const ratio = (grepS: number, s: number): string => `${(grepS / s).toFixed(3)}×`

async function main(): Promise<void> {
  const c = await corpus()
  const catalogue = loadCatalogue()
  const lexicons = loadLexicons(catalogue)
  const aliases = aliasFile(catalogue, lexicons)
  const mb = c.bytes / 1e6
  if (mb < 500) log(`note: ${mb.toFixed(0)} MB of narrative text, less than the 500 MB of the target`)
  const started = new Date().toISOString()
  const loadBefore = load()
  log(`grep …`)
  const g1 = grep(aliases.file, c.texts)
  log(`word-scan floor …`)
  const floor = await wordScanFloor(c.texts, aliases.file)
  const floorOnly = args.includes('--floor-only')
  log(floorOnly ? 'grep again …' : `engine, one thread, in process …`)
  const e = floorOnly ? undefined : await engine(createExtractor(catalogue, lexicons), c.jsonl)
  const runs: Array<{ workers: number; seconds: number; cpu: number; rssKb: number }> = []
  if (!args.includes('--skip-cli') && !floorOnly) {
    for (const w of [1, ...workerCounts]) {
      log(`CLI --workers ${w} …`)
      runs.push({ workers: w, ...cli(c.jsonl, w) })
    }
  }
  const g2 = grep(aliases.file, c.texts)
  const loadAfter = load()
  const wMax = Math.max(1, ...workerCounts)
  const quarter = args.includes('--skip-cli') || floorOnly ? undefined : cli(c.jsonl, wMax, Math.floor(c.records / 4))
  const ref = opt('--ref')
  if (ref && !floorOnly) log(`revision ${ref}'s extractor on ${sample} …`)
  const s = ref && sample > 0 && !floorOnly ? speedup(c.jsonl, ref) : undefined
  const grepS = (g1.seconds + g2.seconds) / 2
  const grepCpu = (g1.cpu + g2.cpu) / 2
  // grep ran over the whole input: a run over part of it has no ratio to it
  const row = (name: string, r: { seconds: number; cpu: number }, bytes: number, records: number | null, rss: string, part = false): string =>
    `| ${name} | ${r.seconds.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${mbps(bytes, r.seconds)} | ${mbps(bytes, r.cpu)} | ${
      records === null ? '—' : Math.round(records / r.seconds).toLocaleString('en')
    } | ${part ? '— | —' : `${ratio(grepS, r.seconds)} | ${ratio(grepCpu, r.cpu)}`} | ${rss} |`

  const lines = [
    `extraction benchmark ${started}; machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; load average before ${loadBefore}, after ${loadAfter}`,
    `input: ${c.records.toLocaleString('en')} generated registrations (--seed ${seed}), ${mb.toFixed(1)} MB narrative text, ${(statSync(c.jsonl).size / 1e6).toFixed(0)} MB JSON Lines; ${aliases.count} aliases for grep (${g1.matches.toLocaleString('en')} matches)`,
    '',
    '| run | wall | CPU | MB/s wall | MB per CPU-s | registrations/s | × grep (wall) | × grep (CPU) | peak RSS |',
    '|---|---|---|---|---|---|---|---|---|',
    row('grep -F -i -o (LC_ALL=C), before', g1, c.bytes, null, '—'),
    row('grep, after', g2, c.bytes, null, '—'),
    row(`word-scan floor, 1 thread, in process (${floor.words.toLocaleString('en')} words; no analysis)`, floor, c.bytes, c.records, '—'),
    ...(e ? [row(`engine, 1 thread, in process (${e.mentions.toLocaleString('en')} mentions)`, e, e.bytes, e.records, '—')] : []),
    ...runs.map((r) => row(`CLI extract --workers ${r.workers}, JSON Lines in and out`, r, c.bytes, c.records, `${(r.rssKb / 1024).toFixed(0)} MB`)),
    ...(quarter ? [row(`CLI extract --workers ${wMax}, first quarter of the input`, quarter, c.bytes / 4, Math.floor(c.records / 4), `${(quarter.rssKb / 1024).toFixed(0)} MB`, true)] : []),
    '',
    s
      ? `against revision ${s.revision} (compare-reference.ts, its own rules and data), first ${sample.toLocaleString('en')} registrations: ${s.before.toFixed(1)} → ${s.after.toFixed(1)} CPU-s, ${(s.before / s.after).toFixed(2)}× as fast (median chunk ${s.medianRatio.toFixed(2)}×)`
      : '',
  ]
  process.stdout.write(lines.join('\n') + '\n')
}

await main()
