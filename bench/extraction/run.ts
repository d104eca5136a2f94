// Extraction throughput on generated narratives, single thread, in process (no JSON output cost).
// Usage: node --import tsx bench/extraction/run.ts [--registrations N] [--file F.jsonl]
// Without --file it generates N registrations (default 20000) with `platformscope generate --registrations`.
import { execFileSync } from 'node:child_process'
import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../packages/engine/src/adapters/files/load-lexicons.ts'
import { createExtractor } from '../../packages/engine/src/domain/extraction/create-extractor.ts'
import { extractPersons } from '../../packages/engine/src/domain/extraction/extract-persons.ts'
import { extractVulnerabilities } from '../../packages/engine/src/domain/extraction/extract-vulnerabilities.ts'
import { writeFileSync } from 'node:fs'

const args = process.argv.slice(2)
const opt = (n: string): string | undefined => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined)
const bin = fileURLToPath(new URL('../../packages/engine/bin/platformscope.js', import.meta.url))
let file = opt('--file')
let tmp: string | undefined
if (!file) {
  tmp = mkdtempSync(path.join(tmpdir(), 'ps-bench-'))
  file = path.join(tmp, 'bench.jsonl')
  execFileSync(process.execPath, [bin, 'generate', '--registrations', opt('--registrations') ?? '20000', '--output', file])
}

const catalogue = loadCatalogue()
const lexicons = loadLexicons(catalogue)
const extractor = createExtractor(catalogue, lexicons)
// read all texts first so that only extraction is timed
const texts: string[] = []
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line) texts.push((JSON.parse(line) as { text: string }).text)
}
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
const mb = bytes / 1e6
for (const t of texts.slice(0, 500)) extractor.extract({ id: 'w', text: t })
const timed = (f: (t: string) => void): number => {
  const t0 = performance.now()
  for (const t of texts) f(t)
  return (performance.now() - t0) / 1000
}
let mentions = 0
const full = timed((t) => (mentions += extractor.extract({ id: 'x', text: t }).mentions.length))
const others = timed((t) => {
  extractPersons(t, '2020-06-30', lexicons.persons)
  extractVulnerabilities(t, lexicons.vulnerabilities)
})

// the baseline a user would reach for: grep with the same alias list over the same text, in the same run
const dir = tmp ?? mkdtempSync(path.join(tmpdir(), 'ps-bench-'))
const textFile = path.join(dir, 'texts.txt')
const aliasFile = path.join(dir, 'aliases.txt')
writeFileSync(textFile, texts.map((t) => t.replace(/\n/g, ' ')).join('\n') + '\n')
const aliases = new Set<string>()
for (const p of catalogue.platforms) for (const a of [p.name, ...p.aliases, ...p.domains, ...(p.context_aliases ?? []).map((c) => c.alias)]) aliases.add(a.toLowerCase())
for (const e of lexicons.mentions.platformVerbs.entries) for (const f of e.forms) aliases.add(f.toLowerCase())
writeFileSync(aliasFile, [...aliases].join('\n') + '\n')
const g0 = performance.now()
const grepOut = execFileSync('sh', ['-c', `LC_ALL=C grep -F -i -o -f '${aliasFile}' '${textFile}' | wc -l`]).toString().trim()
const grepS = (performance.now() - g0) / 1000

const rate = (s: number): string => `${(mb / s).toFixed(2)} MB/s`
process.stdout.write(
  [
    `${texts.length} registrations, ${mb.toFixed(1)} MB of narrative text, ${mentions} mentions, ${aliases.size} aliases`,
    `full extraction (mentions, roles, negation, persons, vulnerabilities): ${full.toFixed(2)} s → ${rate(full)}, ${Math.round(texts.length / full)} registrations/s`,
    `  of which persons + vulnerabilities: ${others.toFixed(2)} s; mentions alone ≈ ${rate(Math.max(full - others, 1e-9))}`,
    `grep -F -i -o (LC_ALL=C, same aliases, same text): ${grepS.toFixed(2)} s → ${rate(grepS)} (${grepOut} matches)`,
    `ratio full extraction / grep: ${(grepS / full).toFixed(3)}×; mentions alone / grep: ${(grepS / Math.max(full - others, 1e-9)).toFixed(3)}×`,
  ].join('\n') + '\n',
)
rmSync(dir, { recursive: true, force: true })
