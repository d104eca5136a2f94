// Builds every dev set of sets.mjs (tune.jsonl, heldout.jsonl, tune-2.jsonl, …) from the hand-annotated markup in source/*.txt.
// Markup per record (records separated by a line starting with "@"):
//   @ YYYY-MM-DD | Unit
//   P <age|-> <F|M|-> <person role> [<person role>…]     (zero or more)
//   V <vulnerability id> […]                               (optional)
//   text lines; a mention is written [[surface|platform|flags|roles]]
//     platform: canonical or proper name, empty for null; flags: n|g|u (kind) plus ! for negated;
//     roles: comma-separated short ids (rec adv acq meet rel img).
// The split into tune/heldout is a fixed seeded shuffle, decided once before any tuning.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseRecord } from './markup.mjs'
import { mulberry32 } from './seeded-random.mjs'
import { FIRST_ANNOTATOR, LATER_SETS } from './sets.mjs'

const here = dirname(fileURLToPath(import.meta.url))

const allFiles = readdirSync(join(here, 'source')).filter((f) => f.endsWith('.txt')).sort()
function readRecords(files, prefix) {
  const out = []
  for (const f of files) {
    const blocks = readFileSync(join(here, 'source', f), 'utf8').split(/\n(?=@)/).map((b) => b.trim()).filter((b) => b.startsWith('@'))
    for (const b of blocks) out.push(parseRecord(b, `${prefix}-${String(out.length + 1).padStart(4, '0')}`))
  }
  return out
}
const records = readRecords(allFiles.filter((f) => !LATER_SETS.some((s) => f.startsWith(s.source))), FIRST_ANNOTATOR.idPrefix)
const later = LATER_SETS.map((s) => ({ name: s.name, records: readRecords(allFiles.filter((f) => f.startsWith(s.source)), s.idPrefix) }))

// Fixed assignment: a seeded shuffle of the 210 planned ids; the first 70 are held out.
const rand = mulberry32(20261128)
const planned = Array.from({ length: 210 }, (_, i) => i + 1)
for (let i = planned.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1))
  ;[planned[i], planned[j]] = [planned[j], planned[i]]
}
const heldoutIds = new Set(planned.slice(0, 70).map((n) => `DEV-${String(n).padStart(4, '0')}`))
const tune = records.filter((r) => !heldoutIds.has(r.id))
const heldout = records.filter((r) => heldoutIds.has(r.id))
const toJsonl = (rs) => rs.map((r) => JSON.stringify(r)).join('\n') + (rs.length ? '\n' : '')
writeFileSync(join(here, `${FIRST_ANNOTATOR.tune}.jsonl`), toJsonl(tune))
writeFileSync(join(here, `${FIRST_ANNOTATOR.heldout}.jsonl`), toJsonl(heldout))
for (const set of later) writeFileSync(join(here, `${set.name}.jsonl`), toJsonl(set.records))
console.log(
  `records ${records.length}: tune ${tune.length}, heldout ${heldout.length}; ${later.map((s) => `${s.name} ${s.records.length}`).join('; ')}`,
)
