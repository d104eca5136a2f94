// What the learned role scorer costs: CPU-µs per registration in process, rules only against rules + the model
// (data/lexicons/role-model.json, switched on here whatever its `enabled` says), in one process, rounds interleaved.
// Usage: node --import tsx bench/extraction/role-model-cost.ts [--input F.jsonl] [--rounds 7]
// (generate the input with `platformscope generate --registrations 2000 --output F.jsonl`)
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { loadLexicons, loadRoleModel } from '../../packages/engine/src/adapters/files/load-lexicons.ts'
import { createExtractor } from '../../packages/engine/src/domain/extraction/create-extractor.ts'
import type { Extractor } from '../../packages/engine/src/domain/extraction/extractor.ts'

const args = process.argv.slice(2)
const opt = (n: string): string | undefined => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined)
const input = opt('--input') ?? '/tmp/rm.jsonl'
const rounds = Number(opt('--rounds') ?? 7)

const records = readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; text: string; date?: string | null })
const catalogue = loadCatalogue()
const lexicons = loadLexicons(catalogue)
const roleModel = loadRoleModel()
if (!roleModel) throw new Error('no data/lexicons/role-model.json: run npm run train:roles')
const rules = createExtractor(catalogue, { ...lexicons, roleModel: undefined })
const model = createExtractor(catalogue, { ...lexicons, roleModel: { ...roleModel, enabled: true } })

function cpuPerRecord(x: Extractor): number {
  const t = process.cpuUsage()
  for (const r of records) x.extract({ id: r.id, text: r.text, date: r.date ?? undefined })
  const d = process.cpuUsage(t)
  return (d.user + d.system) / records.length
}

// warm up both, then alternate which goes first
cpuPerRecord(rules)
cpuPerRecord(model)
const a: number[] = []
const b: number[] = []
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) {
    a.push(cpuPerRecord(rules))
    b.push(cpuPerRecord(model))
  } else {
    b.push(cpuPerRecord(model))
    a.push(cpuPerRecord(rules))
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN
const ra = median(a)
const rb = median(b)
process.stdout.write(
  `${records.length} registrations, ${rounds} rounds, ${cpus()[0]?.model ?? '?'} ×${cpus().length}, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n` +
    `rules only:        ${ra.toFixed(1)} CPU-µs/registration (rounds ${a.map((x) => x.toFixed(0)).join(' ')})\n` +
    `rules + ${roleModel.model} (${roleModel.variant}): ${rb.toFixed(1)} CPU-µs/registration (rounds ${b.map((x) => x.toFixed(0)).join(' ')})\n` +
    `added: ${(rb - ra).toFixed(1)} µs (${(((rb - ra) / ra) * 100).toFixed(1)} %)\n`,
)
