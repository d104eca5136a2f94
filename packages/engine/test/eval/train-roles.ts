// Rebuilds data/lexicons/role-model.json, the learned role scorer's weights, from the annotator groups' dev sets
// (role-training.ts) and the calibrated corpus: chooses the config of the grid (role-config.ts) by leave-one-annotator-out
// over the annotators (pooled role micro-F1 on the held-out sets), then trains on all of them. Deterministic: the same dev sets, lexicons and catalogue
// give the same file byte for byte. Usage (npm run train:roles):
//   node --import tsx packages/engine/test/eval/train-roles.ts [--out FILE] [--config l2,variant,combine,threshold]
//     (threshold 'per-role': each role's threshold chosen by leave-one-annotator-out for that config)
//     [--hold-out SET,SET…]   leaves out every annotator group that wrote one of these sets (neither chosen on nor
//                             trained on), so that they can be scored as text of annotators the model never saw
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createRoleExampleReader } from '../../src/domain/extraction/create-extractor.ts'
import type { FeatureVariant } from '../../src/domain/extraction/role-features.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { DEFAULT_LEXICON_DIR, ROLE_MODEL_FILE, loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { GRID, MODEL_NAME, SHIP_ENABLED, perRoleGrid, type Config } from './role-config.ts'
import { chooseConfig, parseConfig, readAnnotatorGroups, recordExamples, trainModel, type GroupExamples } from './role-training.ts'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const out = opt('--out') ?? path.join(DEFAULT_LEXICON_DIR, ROLE_MODEL_FILE)
const given = opt('--config')

const catalogue = loadCatalogue()
// the features read the rules' roles, never an earlier model's (whose file may be of an older feature set)
const lexicons = loadLexicons(catalogue, undefined, { roleModel: false })
const holdOut = (opt('--hold-out') ?? '').split(',').filter((x) => x !== '')
const allGroups = readAnnotatorGroups()
for (const s of holdOut) if (!allGroups.some((g) => g.sets.includes(s))) throw new Error(`--hold-out: no annotator group wrote ${s}`)
const groups = allGroups.filter((g) => !g.sets.some((s) => holdOut.includes(s)))
if (holdOut.length > 0) process.stderr.write(`held out: ${allGroups.filter((g) => !groups.includes(g)).map((g) => g.name).join(', ')}\n`)
const parsed = given ? parseConfig(given) : undefined
const fixed: Config | undefined = parsed?.cfg
const byVariant = new Map<FeatureVariant, GroupExamples[]>()
for (const v of fixed ? [fixed.variant] : [...new Set(GRID.map((c) => c.variant))]) {
  const read = createRoleExampleReader(catalogue, lexicons, v)
  byVariant.set(v, groups.map((g) => ({ name: g.name, sets: g.sets, held: g.held, records: recordExamples(read, g.records) })))
}
const pool = groups.map((_, i) => i)
const chosen = !fixed
  ? chooseConfig(byVariant, pool)
  : parsed?.perRole
    ? chooseConfig(byVariant, pool, perRoleGrid(fixed), true)
    : { cfg: fixed, f1: NaN, global: NaN }
const inner = Number.isNaN(chosen.f1) ? '' : `, leave-one-annotator-out role F1 on held-out sets ${chosen.f1.toFixed(3)} (one threshold for all roles: ${chosen.global.toFixed(3)})`
process.stderr.write(`config ${JSON.stringify(chosen.cfg)}${inner}\n`)
const note =
  'Learned role scorer: one logistic regression per role over the cue hits around a mention (family, clause/sentence/' +
  'neighbouring sentence, before/after, distance, whether another platform is closer, whether the cue holds), the ' +
  "rules' own roles, platform, category, mention kind and the words around it. Every role it gives keeps the span of " +
  'its strongest span-bearing feature as evidence. Rebuilt by `npm run train:roles` from the annotator groups listed in ' +
  'training_sets; see BENCHMARKS.md (Learned role scorer) for its leave-one-annotator-out scores.'
const model = trainModel(byVariant.get(chosen.cfg.variant) ?? [], chosen.cfg, MODEL_NAME, note, SHIP_ENABLED)
writeFileSync(out, JSON.stringify(model, null, 1) + '\n')
process.stderr.write(`written: ${out} (${Object.values(model.roles).reduce((n, r) => n + Object.keys(r.weights).length, 0)} weights)\n`)
