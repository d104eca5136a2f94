// Scores the extractor against annotated JSON Lines (`gold` or `truth` key). Usage:
//   node --import tsx packages/engine/test/eval/score-run.ts [--set tune,heldout-8,…|all] [--file F.jsonl] [--errors]
// --set names dev sets (devset/*.jsonl), comma-separated; `all` is every set but the sealed ones. With more than one
// set a pooled block follows (tp, fp and fn summed over the sets).
// --errors lists disagreements, and refuses to for sealed sets (never tune on them).
// --by-role splits the roles field per role (each set, and pooled).
// --ci adds each field's 95 % bootstrap interval of F1 (records resampled, bootstrap.ts).
// --write-quality FILE records the scores (per set and field) with the extractor version, and the F1 intervals of the
// sets pooled, for the report's method section (data/evaluation/extraction-quality.json;
// adapters/files/load-extraction-evaluation.ts reads it).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ROLE_IDS } from '@platformscope/contract'
import { toExtractOutput } from '../../src/domain/extraction/extractor.ts'
import { createExtractor } from '../../src/domain/extraction/create-extractor.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { bootstrapF1Intervals } from './bootstrap.ts'
import { FIELDS, addCounts, addScores, emptyScores, formatRoleScores, formatScores, scoreRecord, type GoldRecord, type RoleCounts, type Scores } from './score.ts'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const devset = (n: string): string => fileURLToPath(new URL(`./devset/${n}.jsonl`, import.meta.url))
const set = opt('--set') ?? 'tune'
const file = opt('--file')
const showErrors = args.includes('--errors')
// Sets never tuned on. Each session's honest number comes from a new annotator's set, written outside the repository
// while the rules are tuned and scored once they are final. heldout … heldout-11 are tuning data (heldout-11 was scored
// in session 8); heldout-12, heldout-13 and heldout-14 were session 9's first sealed sets, scored once after its first tuning
// round (22:11 UTC) and tuning data for its second round; heldout-15 and heldout-16 are the sealed sets of that second round.
// heldout-15 and heldout-16 were scored at 22:37 UTC (heldout-16 then served the third round as a check, by its scores);
// heldout-17 and heldout-18, the sealed sets of that third round, were scored at 23:11 UTC and are tuning data from session
// 10 on. heldout-19, heldout-20 and heldout-21, session 10's first sealed sets, were scored once at 00:25 UTC and are
// tuning data for its second round. heldout-22, heldout-23 and heldout-24, that round's sealed sets, were scored once at
// 01:02 UTC and are tuning data for its third round. heldout-25, heldout-26 and heldout-27, that round's sealed sets, were
// scored once at 01:35 UTC and are tuning data from session 11 on. heldout-28, heldout-29 and heldout-30 are session 11's
// sealed sets (added to the repository only once its tuning is final).
const SEALED_SETS = new Set<string>(['heldout-28', 'heldout-29', 'heldout-30'])
const files: Array<[string, string]> = file
  ? [[file, file]]
  : set === 'all'
    ? tuningSets().map((n): [string, string] => [n, devset(n)])
    : set.split(',').map((s): [string, string] => [s, devset(s)])

/** every dev set but the sealed ones, by annotator: tune, heldout, tune-2, tune-3, heldout-2, … */
function tuningSets(): string[] {
  const order = (n: string): [number, number] => {
    const [kind, k] = n.split('-') as [string, string | undefined]
    // tune and heldout, then tune-N with heldout-(N-1) (the same annotator, from tune-3 on); tune-2 stands alone
    return kind === 'tune' ? [Number(k ?? 1), 0] : [k === undefined ? 1 : Number(k) + 1, 1]
  }
  return readdirSync(fileURLToPath(new URL('./devset/', import.meta.url)))
    .filter((f) => /^(?:tune|heldout)(?:-\d+)?\.jsonl$/.test(f))
    .map((f) => f.replace(/\.jsonl$/, ''))
    .filter((n) => !SEALED_SETS.has(n))
    .sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1])
}

const catalogue = loadCatalogue()
const extractor = createExtractor(catalogue, loadLexicons(catalogue))
const written: Array<{ set: string; records: number; fields: Record<string, { tp: number; fp: number; fn: number }> }> = []
const showIntervals = args.includes('--ci')
// --by-role: the roles field split per role, for every set and pooled
const showByRole = args.includes('--by-role')
const pooledByRole: RoleCounts = {}
const addRoleCounts = (into: RoleCounts, from: RoleCounts): void => {
  for (const [role, c] of Object.entries(from)) addCounts((into[role] ??= { tp: 0, fp: 0, fn: 0 }), c)
}
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
  process.stdout.write(`${formatScores(`${label} (${lines.length} records, extractor ${extractor.version})`, scores)}\n\n`)
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
