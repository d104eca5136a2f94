// Agreement between two annotators: a second annotator's markup (devset/source format) of texts from a dev set,
// scored against that set's gold with the extractor's scorer, as if the second annotation were the extractor's output.
// It bounds what any extractor can score against one annotator's labels. Usage:
//   node --import tsx packages/engine/test/eval/agreement.ts --gold tune-5,tune-6 --markup FILE [--errors]
// Records are matched to gold by their text; a text found in no gold set is an error (the second annotator changed it).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ExtractOutputSchema } from '@platformscope/contract'
import { emptyScores, formatScores, scoreRecord, type GoldRecord } from './score.ts'
// @ts-expect-error a plain .mjs module of the dev-set scripts, without types
import { parseRecord } from './devset/markup.mjs'

interface MarkupRecord {
  text: string
  gold: {
    mentions: GoldRecord['mentions']
    persons: Array<{ age: number | null; gender: string | null; roles: string[] }>
    vulnerabilities: string[]
  }
}

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const goldSets = (opt('--gold') ?? '').split(',').filter(Boolean)
const markupFile = opt('--markup')
if (goldSets.length === 0 || !markupFile) throw new Error('usage: agreement.ts --gold SET[,SET] --markup FILE [--errors]')

const goldByText = new Map<string, GoldRecord>()
for (const set of goldSets) {
  const path = fileURLToPath(new URL(`./devset/${set}.jsonl`, import.meta.url))
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const rec = JSON.parse(line) as { id: string; text: string; gold: Omit<GoldRecord, 'id'> }
    goldByText.set(rec.text, { ...rec.gold, id: rec.id })
  }
}

const blocks = readFileSync(markupFile, 'utf8').split(/\n(?=@)/).map((b) => b.trim()).filter((b) => b.startsWith('@'))
const scores = emptyScores()
for (const [i, block] of blocks.entries()) {
  const second = parseRecord(block, `markup-${i + 1}`) as MarkupRecord
  const gold = goldByText.get(second.text)
  if (!gold) throw new Error(`record ${i + 1} of ${markupFile}: its text is in none of ${goldSets.join(', ')}`)
  // the second annotation as an extractor's output line, checked against the contract
  const asOutput = ExtractOutputSchema.parse({
    id: gold.id,
    mentions: second.gold.mentions.map((m) => ({ ...m, confidence: 1 })),
    persons: second.gold.persons,
    vulnerabilities: second.gold.vulnerabilities,
  })
  const issues = scoreRecord(scores, gold, asOutput)
  if (args.includes('--errors') && issues.length > 0) process.stdout.write(`${gold.id}\n${issues.map((x) => `   ${x}`).join('\n')}\n`)
}
process.stdout.write(`${formatScores(`second annotator against ${goldSets.join(', ')} (${blocks.length} records)`, scores)}\n`)
