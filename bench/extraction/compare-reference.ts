// The working tree's extractor against another revision's (reference-extractor.ts), on the same texts in one fresh
// process: both warmed up on the first 2,000 texts, then timed in alternating chunks of 50 texts by CPU time, so
// that other processes taking turns on the cores bend neither side more than the other.
// Usage: node --import tsx bench/extraction/compare-reference.ts --ref REV --file F.jsonl [--sample N]
// Prints one JSON line: { records, revision, before, after } (CPU seconds summed over the chunks; before = REV) and
// the median chunk ratio.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../packages/engine/src/adapters/files/load-lexicons.ts'
import { createExtractor } from '../../packages/engine/src/domain/extraction/create-extractor.ts'
import type { Extractor } from '../../packages/engine/src/domain/extraction/extractor.ts'
import { referenceExtractor } from './reference-extractor.ts'

interface Input {
  id: string
  text: string
  date?: string | null
}

const args = process.argv.slice(2)
const opt = (n: string): string | undefined => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined)
const file = opt('--file')
const ref = opt('--ref')
if (!file || !ref) throw new Error('--ref REV and --file F.jsonl are required')
const sample = Number(opt('--sample') ?? 20_000)

const inputs: Input[] = []
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (inputs.length >= sample) break
  if (!line) continue
  const r = JSON.parse(line) as Input
  inputs.push({ id: r.id, text: r.text, date: r.date ?? null })
}
const catalogue = loadCatalogue()
const after = createExtractor(catalogue, loadLexicons(catalogue))
const { extractor: before, revision } = await referenceExtractor(ref)
for (const i of inputs.slice(0, 2000)) {
  after.extract(i)
  before.extract(i)
}
const time = (x: Extractor, from: number, to: number): number => {
  const u0 = process.cpuUsage()
  for (let k = from; k < to; k++) x.extract(inputs[k] as Input)
  const u = process.cpuUsage(u0)
  return (u.user + u.system) / 1e6
}
const a: number[] = []
const b: number[] = []
for (let k = 0; k < inputs.length; k += 50) {
  const to = Math.min(inputs.length, k + 50)
  if ((k / 50) % 2) {
    a.push(time(before, k, to))
    b.push(time(after, k, to))
  } else {
    b.push(time(after, k, to))
    a.push(time(before, k, to))
  }
}
const sum = (v: number[]): number => v.reduce((s, x) => s + x, 0)
const ratios = a.map((x, i) => x / (b[i] || Number.MIN_VALUE)).sort((x, y) => x - y)
process.stdout.write(
  `${JSON.stringify({ records: inputs.length, revision, before: sum(a), after: sum(b), medianRatio: ratios[ratios.length >> 1] ?? NaN })}\n`,
)
