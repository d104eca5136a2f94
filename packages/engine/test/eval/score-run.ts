// Scores the extractor against annotated JSON Lines (`gold` or `truth` key). Usage:
//   node --import tsx packages/engine/test/eval/score-run.ts [--set tune|heldout|tune-2|tune-3|heldout-2|all] [--file F.jsonl] [--errors]
// --errors lists disagreements, and refuses to for the held-out sets (never tune on them).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { toExtractOutput } from '../../src/domain/extraction/extractor.ts'
import { createExtractor } from '../../src/domain/extraction/create-extractor.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { emptyScores, formatScores, scoreRecord, type GoldRecord } from './score.ts'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const devset = (n: string): string => fileURLToPath(new URL(`./devset/${n}.jsonl`, import.meta.url))
const set = opt('--set') ?? 'tune'
const file = opt('--file')
const showErrors = args.includes('--errors')
const HELDOUT_SETS = new Set(['heldout', 'heldout-2'])
const files: Array<[string, string]> = file
  ? [[file, file]]
  : set === 'all'
    ? [['tune', devset('tune')], ['heldout', devset('heldout')]]
    : [[set, devset(set)]]

const catalogue = loadCatalogue()
const extractor = createExtractor(catalogue, loadLexicons(catalogue))
for (const [label, path] of files) {
  const scores = emptyScores()
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '')
  for (const line of lines) {
    const rec = JSON.parse(line) as { id: string; text: string; date?: string; gold?: GoldRecord; truth?: GoldRecord }
    const gold = rec.gold ?? rec.truth
    if (!gold) continue
    const out = toExtractOutput(rec.id, extractor.extract({ id: rec.id, text: rec.text, date: rec.date }))
    const issues = scoreRecord(scores, { ...gold, id: rec.id }, out)
    if (showErrors && !HELDOUT_SETS.has(label) && issues.length > 0) {
      process.stdout.write(`${rec.id}: ${rec.text}\n${issues.map((i) => `   ${i}`).join('\n')}\n`)
    }
  }
  process.stdout.write(`${formatScores(`${label} (${lines.length} records, extractor ${extractor.version})`, scores)}\n\n`)
}
