// Leave-one-annotator-out evaluation of the learned role scorer. For each annotator group: choose the
// hyperparameters by an inner leave-one-annotator-out over the other annotators (pooled role micro-F1; the left-out group is
// never looked at for that), train on them, and score the left-out group with the full extractor, rules only and
// with the model, on every field. Usage:
//   node --import tsx packages/engine/test/eval/loao-roles.ts [--fixed l2,variant,combine,threshold] [--markdown]
import { performance } from 'node:perf_hooks'
import { ROLE_IDS } from '@platformscope/contract'
import { toExtractOutput } from '../../src/domain/extraction/extractor.ts'
import { createExtractor, createRoleExampleReader, type Lexicons } from '../../src/domain/extraction/create-extractor.ts'
import type { FeatureVariant } from '../../src/domain/extraction/role-features.ts'
import type { RoleModelData } from '../../src/domain/extraction/role-model.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { FIELDS, addCounts, emptyScores, prf, scoreRecord, type Counts, type Scores } from './score.ts'
import { CALIBRATED_GROUP, chooseConfig, parseConfig, readAnnotatorGroups, recordExamples, roleCounts, trainModel, type DevRecord, type GroupExamples, type RecordExamples } from './role-training.ts'
import { GRID, perRoleGrid, type Config } from './role-config.ts'

const args = process.argv.slice(2)
const fixedArg = args.includes('--fixed') ? args[args.indexOf('--fixed') + 1] : undefined
const markdown = args.includes('--markdown')

const catalogue = loadCatalogue()
const lexicons = loadLexicons(catalogue)
// the rules alone: the committed model file (if any) is left out here
const rulesOnly: Lexicons = { ...lexicons, roleModel: undefined }
// the held-out sets were never used to tune the rules: only there does 'rules only' score what it scores on new text
const groups = readAnnotatorGroups()
const parsed = fixedArg ? parseConfig(fixedArg) : undefined
// threshold 'per-role': the config's training is fixed, each role's threshold chosen by the inner folds
const fixed: Config | undefined = parsed && !parsed.perRole ? parsed.cfg : undefined
const fixedGrid: Config[] | undefined = parsed?.perRole ? perRoleGrid(parsed.cfg) : undefined
const variants: FeatureVariant[] = [...new Set((fixed ? [fixed] : (fixedGrid ?? GRID)).map((c) => c.variant))]
const examples = new Map<FeatureVariant, GroupExamples[]>()
for (const v of variants) {
  const read = createRoleExampleReader(catalogue, rulesOnly, v)
  examples.set(v, groups.map((g) => ({ name: g.name, sets: g.sets, held: g.held, records: recordExamples(read, g.records) })))
}
const ex = (v: FeatureVariant, i: number): RecordExamples[] => examples.get(v)?.[i]?.records ?? []

function train(cfg: Config, idx: number[], name: string): RoleModelData {
  const all = examples.get(cfg.variant) ?? []
  return trainModel(idx.map((i) => all[i] as GroupExamples), cfg, name, 'leave-one-annotator-out fold', true)
}

/** every field on the whole group and on its held-out sets alone */
function scoreGroup(records: readonly DevRecord[], held: readonly boolean[], model: RoleModelData | undefined): { all: Scores; held: Scores } {
  const x = createExtractor(catalogue, { ...lexicons, roleModel: model })
  const all = emptyScores()
  const h = emptyScores()
  records.forEach((r, k) => {
    const out = toExtractOutput(r.id, x.extract({ id: r.id, text: r.text, date: r.date }))
    scoreRecord(all, r.gold, out)
    if (held[k]) scoreRecord(h, r.gold, out)
  })
  return { all, held: h }
}

const t0 = performance.now()
interface Row {
  name: string
  cfg: Config
  inner: number
  rules: { all: Scores; held: Scores }
  model: { all: Scores; held: Scores }
  check: Counts
}
const rows: Row[] = []
groups.forEach((g, i) => {
  // the calibrated corpus is training text in every fold, never a left-out annotator
  if (g.name === CALIBRATED_GROUP) return
  const pool = groups.map((_, j) => j).filter((j) => j !== i)
  const chosen = fixed ? { cfg: fixed, f1: NaN } : fixedGrid ? chooseConfig(examples, pool, fixedGrid, true) : chooseConfig(examples, pool)
  const m = train(chosen.cfg, pool, `loao-${g.name}`)
  const rules = scoreGroup(g.records, g.held, undefined)
  const model = scoreGroup(g.records, g.held, m)
  rows.push({ name: g.name, cfg: chosen.cfg, inner: chosen.f1, rules, model, check: roleCounts(ex(chosen.cfg.variant, i), m) })
  process.stderr.write(`${g.name} done (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`)
})

const fmt = (x: number): string => x.toFixed(3)
const line = (cells: string[]): string => (markdown ? `| ${cells.join(' | ')} |` : cells.join('\t'))
const header = (cells: string[]): void => {
  process.stdout.write(line(cells) + '\n')
  if (markdown) process.stdout.write(`|${' --- |'.repeat(cells.length)}\n`)
}

for (const part of ['all', 'held'] as const) {
  process.stdout.write(part === 'all' ? '\nRoles, whole left-out group (the rules were tuned on its tune set: optimistic for the rules)\n' : '\nRoles, the left-out group\'s held-out sets only (never tuned on)\n')
  header(['left out', 'records', 'chosen (l2, variant, combine, threshold)', 'inner F1', 'rules P', 'rules R', 'rules F1', 'model P', 'model R', 'model F1'])
  const mean = [0, 0, 0, 0, 0, 0]
  let n = 0
  const pooled = [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }]
  for (const r of rows) {
    const g = groups.find((x) => x.name === r.name)
    const records = part === 'all' ? (g?.records.length ?? 0) : (g?.held.filter(Boolean).length ?? 0)
    if (records === 0) continue
    const rc = r.rules[part].roles
    const mc = r.model[part].roles
    const a = prf(rc)
    const b = prf(mc)
    ;[a.p, a.r, a.f1, b.p, b.r, b.f1].forEach((v, k) => (mean[k] = (mean[k] ?? 0) + v))
    n++
    addCounts(pooled[0] as Counts, rc)
    addCounts(pooled[1] as Counts, mc)
    process.stdout.write(
      line([r.name, String(records), `${r.cfg.l2}, ${r.cfg.variant}, ${r.cfg.combine}, ${r.cfg.thresholds ? ROLE_IDS.map((x) => r.cfg.thresholds?.[x]).join('/') : r.cfg.threshold}`, Number.isNaN(r.inner) ? '–' : fmt(r.inner), fmt(a.p), fmt(a.r), fmt(a.f1), fmt(b.p), fmt(b.r), fmt(b.f1)]) + '\n',
    )
  }
  process.stdout.write(line(['mean', '', '', '', ...mean.map((v) => fmt(v / n))]) + '\n')
  const pa = prf(pooled[0] as Counts)
  const pb = prf(pooled[1] as Counts)
  process.stdout.write(line(['pooled', '', '', '', fmt(pa.p), fmt(pa.r), fmt(pa.f1), fmt(pb.p), fmt(pb.r), fmt(pb.f1)]) + '\n')
}

for (const r of rows) {
  // the example-level count must be what the extractor gives
  const c = r.model.all.roles
  if (r.check.tp !== c.tp || r.check.fp !== c.fp || r.check.fn !== c.fn) {
    process.stderr.write(`${r.name}: example counts ${JSON.stringify(r.check)} differ from the extractor's ${JSON.stringify(c)}\n`)
  }
}
process.stdout.write('\nEvery field, pooled over the left-out groups (whole groups)\n')
header(['field', 'rules tp/fp/fn', 'rules F1', 'model tp/fp/fn', 'model F1'])
for (const f of FIELDS) {
  const a = { tp: 0, fp: 0, fn: 0 }
  const b = { tp: 0, fp: 0, fn: 0 }
  for (const r of rows) {
    addCounts(a, r.rules.all[f])
    addCounts(b, r.model.all[f])
  }
  process.stdout.write(line([f, `${a.tp}/${a.fp}/${a.fn}`, fmt(prf(a).f1), `${b.tp}/${b.fp}/${b.fn}`, fmt(prf(b).f1)]) + '\n')
}
process.stderr.write(`total ${((performance.now() - t0) / 1000).toFixed(0)} s\n`)
