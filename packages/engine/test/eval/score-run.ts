// Scores the extractor against annotated JSON Lines (`gold` or `truth` key). Usage:
//   node --import tsx packages/engine/test/eval/score-run.ts [--set tune,heldout-8,…|all] [--file F.jsonl] [--errors]
// --set names dev sets (devset/*.jsonl), comma-separated; `all` is every set but the sealed ones. With more than one
// set a pooled block follows (tp, fp and fn summed over the sets).
// --errors lists disagreements, and refuses to for sealed sets (never tune on them).
// --by-role splits the roles field per role (each set, and pooled).
// --rules scores the rules alone, with the learned role scorer left out (for work on the rules while it is on).
// --ci adds each field's 95 % bootstrap interval of F1 (records resampled, bootstrap.ts).
// --write-quality FILE records the scores (per set and field) with the extractor version, and the F1 intervals of the
// sets pooled, for the report's method section (data/evaluation/extraction-quality.json;
// adapters/files/load-extraction-evaluation.ts reads it).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ROLE_IDS } from '@platformscope/contract'
import { toExtractOutput } from '../../src/domain/extraction/extractor.ts'
import { createExtractor } from '../../src/domain/extraction/create-extractor.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { bootstrapF1Intervals } from './bootstrap.ts'
import { SEALED_SETS as SEALED, annotatorGroups } from './devset/sets.mjs'
import { FIELDS, addCounts, addRoleCounts, addScores, emptyScores, formatRoleScores, formatScores, scoreRecord, type GoldRecord, type RoleCounts, type Scores } from './score.ts'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const devset = (n: string): string => fileURLToPath(new URL(`./devset/${n}.jsonl`, import.meta.url))
const set = opt('--set') ?? 'tune'
const file = opt('--file')
const showErrors = args.includes('--errors')
// Sets never tuned on (devset/sets.mjs): each session's honest number comes from new annotators' sets, written outside
// the repository while the rules are tuned and scored once they are final.
const SEALED_SETS = new Set<string>(SEALED)
const files: Array<[string, string]> = file
  ? [[file, file]]
  : set === 'all'
    ? tuningSets().map((n): [string, string] => [n, devset(n)])
    : set.split(',').map((s): [string, string] => [s, devset(s)])

/** every dev set but the sealed ones, by annotator: tune, heldout, tune-2, tune-3, heldout-2, … */
function tuningSets(): string[] {
  return annotatorGroups()
    .flatMap((g) => g.sets)
    .filter((n) => !SEALED_SETS.has(n))
}

const catalogue = loadCatalogue()
const shipped = loadLexicons(catalogue)
const { roleModel: _scorer, ...rulesAlone } = shipped
const rulesOnly = args.includes('--rules')
if (rulesOnly && opt('--write-quality')) throw new Error('--write-quality records the extractor as shipped: leave out --rules')
const extractor = createExtractor(catalogue, rulesOnly ? rulesAlone : shipped)
const written: Array<{ set: string; records: number; fields: Record<string, { tp: number; fp: number; fn: number }> }> = []
const showIntervals = args.includes('--ci')
// --by-role: the roles field split per role, for every set and pooled
const showByRole = args.includes('--by-role')
const pooledByRole: RoleCounts = {}
/** every scored record's own counts, all sets: for the bootstrap intervals */
const pooledRecords: Scores[] = []
const formatIntervals = (records: readonly Scores[]): string =>
  ['F1 95 % interval (records resampled)']
    .concat(Object.entries(bootstrapF1Intervals(records)).map(([f, iv]) => `${f.padEnd(14)} ${iv ? `${iv[0].toFixed(3)}–${iv[1].toFixed(3)}` : '—'}`))
    .join('\n')
for (const [label, path] of files) {
  const scores = emptyScores()
  const byRole: RoleCounts = {}
  const setRecords: Scores[] = []
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '')
  for (const line of lines) {
    const rec = JSON.parse(line) as { id: string; text: string; date?: string; gold?: GoldRecord; truth?: GoldRecord }
    const gold = rec.gold ?? rec.truth
    if (!gold) continue
    const out = toExtractOutput(rec.id, extractor.extract({ id: rec.id, text: rec.text, date: rec.date }))
    const own = emptyScores()
    const issues = scoreRecord(own, { ...gold, id: rec.id }, out, byRole)
    addScores(scores, own)
    setRecords.push(own)
    if (showErrors && !SEALED_SETS.has(label) && issues.length > 0) {
      process.stdout.write(`${rec.id}: ${rec.text}\n${issues.map((i) => `   ${i}`).join('\n')}\n`)
    }
  }
  process.stdout.write(`${formatScores(`${label} (${lines.length} records, extractor ${extractor.version}${rulesOnly ? ', rules alone' : ''})`, scores)}\n\n`)
  if (showByRole) process.stdout.write(`${formatRoleScores(byRole, ROLE_IDS)}\n\n`)
  if (showIntervals) process.stdout.write(`${formatIntervals(setRecords)}\n\n`)
  addRoleCounts(pooledByRole, byRole)
  pooledRecords.push(...setRecords)
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { tp: scores[f].tp, fp: scores[f].fp, fn: scores[f].fn }]))
  written.push({ set: label, records: lines.length, fields })
}
if (written.length > 1) {
  const pooled = emptyScores()
  for (const w of written) for (const f of FIELDS) addCounts(pooled[f], w.fields[f] ?? { tp: 0, fp: 0, fn: 0 })
  process.stdout.write(`${formatScores(`pooled (${written.length} sets, ${pooledRecords.length} records)`, pooled)}\n\n`)
  if (showByRole) process.stdout.write(`${formatRoleScores(pooledByRole, ROLE_IDS)}\n\n`)
  if (showIntervals) process.stdout.write(`${formatIntervals(pooledRecords)}\n\n`)
}
const qualityFile = opt('--write-quality')
if (qualityFile) {
  const heldOut = written.every((w) => SEALED_SETS.has(w.set))
  const doc = {
    extractor_version: extractor.version,
    measured_at: new Date().toISOString().slice(0, 10),
    // sealed sets: written by annotators who never saw the rules, and never used for tuning
    held_out: heldOut,
    sets: written,
    // the sets pooled, as the report pools them
    f1_interval_95: Object.fromEntries(
      Object.entries(bootstrapF1Intervals(pooledRecords)).filter((e): e is [string, [number, number]] => e[1] !== null)
        .map(([f, [lo, hi]]) => [f, [Number(lo.toFixed(4)), Number(hi.toFixed(4))]]),
    ),
  }
  writeFileSync(qualityFile, JSON.stringify(doc, null, 2) + '\n')
  process.stdout.write(`written: ${qualityFile}\n`)
}
