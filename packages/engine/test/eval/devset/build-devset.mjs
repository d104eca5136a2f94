// Builds tune.jsonl and heldout.jsonl (and tune-2, tune-3, heldout-2, tune-4, heldout-3, tune-5, heldout-4, tune-6, heldout-5, tune-7, heldout-6, heldout-7, heldout-8, heldout-9, heldout-10, heldout-11, heldout-12, heldout-13, heldout-14, heldout-15, heldout-16, heldout-17, heldout-18) from the hand-annotated markup in source/*.txt.
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

const here = dirname(fileURLToPath(import.meta.url))

// source/tune2-*.txt is a second tuning set (DEV2-nnnn → tune-2.jsonl), written later by another annotator;
// it stays out of the original records so tune.jsonl and heldout.jsonl are unchanged.
const allFiles = readdirSync(join(here, 'source')).filter((f) => f.endsWith('.txt')).sort()
function readRecords(files, prefix) {
  const out = []
  for (const f of files) {
    const blocks = readFileSync(join(here, 'source', f), 'utf8').split(/\n(?=@)/).map((b) => b.trim()).filter((b) => b.startsWith('@'))
    for (const b of blocks) out.push(parseRecord(b, `${prefix}-${String(out.length + 1).padStart(4, '0')}`))
  }
  return out
}
// source/tune3-*.txt and source/heldout2-*.txt are a third annotator's records (DEV3-nnnn → tune-3.jsonl,
// DEV4-nnnn → heldout-2.jsonl); the annotator put every third record written into heldout2 (GUIDELINES.md).
// source/tune4-*.txt and source/heldout3-*.txt are a fourth annotator's records (DEV5-nnnn → tune-4.jsonl,
// DEV6-nnnn → heldout-3.jsonl), split the same way: every third record written went into heldout3.
// source/tune5-*.txt and source/heldout4-*.txt are a fifth annotator's records (DEV7-nnnn → tune-5.jsonl,
// DEV8-nnnn → heldout-4.jsonl), split the same way: every third record written went into heldout4.
// source/tune6-*.txt and source/heldout5-*.txt are a sixth annotator's records (DEV9-nnnn → tune-6.jsonl,
// DEV10-nnnn → heldout-5.jsonl), split the same way: every third record written went into heldout5.
// source/tune7-*.txt and source/heldout6-*.txt are a seventh annotator's records (DEV11-nnnn → tune-7.jsonl,
// DEV12-nnnn → heldout-6.jsonl), split the same way: every third record written went into heldout6.
// source/heldout7-*.txt is an eighth annotator's set (DEV13-nnnn → heldout-7.jsonl), written outside the repository
// while the rules were tuned and sealed until they were final: all of it is held out.
// source/heldout8-*.txt is a ninth annotator's set (DEV14-nnnn → heldout-8.jsonl), written and sealed the same way.
// source/heldout9-*.txt is a tenth annotator's set (DEV15-nnnn → heldout-9.jsonl), written and sealed the same way.
// source/heldout10-*.txt is an eleventh annotator's set (DEV16-nnnn → heldout-10.jsonl), written and sealed the same way.
// source/heldout11-*.txt is a twelfth annotator's set (DEV17-nnnn → heldout-11.jsonl), written and sealed the same way.
// source/heldout12-*.txt, heldout13-*.txt and heldout14-*.txt are the thirteenth to fifteenth annotators' sets (DEV18-, DEV19-,
// DEV20-), written and sealed the same way in session 9; source/heldout15-*.txt and heldout16-*.txt (DEV21-, DEV22-) too, for its
// second round; source/heldout17-*.txt and heldout18-*.txt (DEV23-, DEV24-) for its third.
const later = ['tune2-', 'tune3-', 'heldout2-', 'tune4-', 'heldout3-', 'tune5-', 'heldout4-', 'tune6-', 'heldout5-', 'tune7-', 'heldout6-', 'heldout7-', 'heldout8-', 'heldout9-', 'heldout10-', 'heldout11-', 'heldout12-', 'heldout13-', 'heldout14-', 'heldout15-', 'heldout16-', 'heldout17-', 'heldout18-']
const records = readRecords(allFiles.filter((f) => !later.some((p) => f.startsWith(p))), 'DEV')
const tune2 = readRecords(allFiles.filter((f) => f.startsWith('tune2-')), 'DEV2')
const tune3 = readRecords(allFiles.filter((f) => f.startsWith('tune3-')), 'DEV3')
const heldout2 = readRecords(allFiles.filter((f) => f.startsWith('heldout2-')), 'DEV4')
const tune4 = readRecords(allFiles.filter((f) => f.startsWith('tune4-')), 'DEV5')
const heldout3 = readRecords(allFiles.filter((f) => f.startsWith('heldout3-')), 'DEV6')
const tune5 = readRecords(allFiles.filter((f) => f.startsWith('tune5-')), 'DEV7')
const heldout4 = readRecords(allFiles.filter((f) => f.startsWith('heldout4-')), 'DEV8')
const tune6 = readRecords(allFiles.filter((f) => f.startsWith('tune6-')), 'DEV9')
const heldout5 = readRecords(allFiles.filter((f) => f.startsWith('heldout5-')), 'DEV10')
const tune7 = readRecords(allFiles.filter((f) => f.startsWith('tune7-')), 'DEV11')
const heldout6 = readRecords(allFiles.filter((f) => f.startsWith('heldout6-')), 'DEV12')
const heldout7 = readRecords(allFiles.filter((f) => f.startsWith('heldout7-')), 'DEV13')
const heldout8 = readRecords(allFiles.filter((f) => f.startsWith('heldout8-')), 'DEV14')
const heldout9 = readRecords(allFiles.filter((f) => f.startsWith('heldout9-')), 'DEV15')
const heldout10 = readRecords(allFiles.filter((f) => f.startsWith('heldout10-')), 'DEV16')
const heldout11 = readRecords(allFiles.filter((f) => f.startsWith('heldout11-')), 'DEV17')
const heldout12 = readRecords(allFiles.filter((f) => f.startsWith('heldout12-')), 'DEV18')
const heldout13 = readRecords(allFiles.filter((f) => f.startsWith('heldout13-')), 'DEV19')
const heldout14 = readRecords(allFiles.filter((f) => f.startsWith('heldout14-')), 'DEV20')
const heldout15 = readRecords(allFiles.filter((f) => f.startsWith('heldout15-')), 'DEV21')
const heldout16 = readRecords(allFiles.filter((f) => f.startsWith('heldout16-')), 'DEV22')
const heldout17 = readRecords(allFiles.filter((f) => f.startsWith('heldout17-')), 'DEV23')
const heldout18 = readRecords(allFiles.filter((f) => f.startsWith('heldout18-')), 'DEV24')

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
writeFileSync(join(here, 'tune.jsonl'), toJsonl(tune))
writeFileSync(join(here, 'heldout.jsonl'), toJsonl(heldout))
writeFileSync(join(here, 'tune-2.jsonl'), toJsonl(tune2))
writeFileSync(join(here, 'tune-3.jsonl'), toJsonl(tune3))
writeFileSync(join(here, 'heldout-2.jsonl'), toJsonl(heldout2))
writeFileSync(join(here, 'tune-4.jsonl'), toJsonl(tune4))
writeFileSync(join(here, 'heldout-3.jsonl'), toJsonl(heldout3))
writeFileSync(join(here, 'tune-5.jsonl'), toJsonl(tune5))
writeFileSync(join(here, 'heldout-4.jsonl'), toJsonl(heldout4))
writeFileSync(join(here, 'tune-6.jsonl'), toJsonl(tune6))
writeFileSync(join(here, 'heldout-5.jsonl'), toJsonl(heldout5))
writeFileSync(join(here, 'tune-7.jsonl'), toJsonl(tune7))
writeFileSync(join(here, 'heldout-6.jsonl'), toJsonl(heldout6))
writeFileSync(join(here, 'heldout-7.jsonl'), toJsonl(heldout7))
writeFileSync(join(here, 'heldout-8.jsonl'), toJsonl(heldout8))
writeFileSync(join(here, 'heldout-9.jsonl'), toJsonl(heldout9))
writeFileSync(join(here, 'heldout-10.jsonl'), toJsonl(heldout10))
writeFileSync(join(here, 'heldout-11.jsonl'), toJsonl(heldout11))
writeFileSync(join(here, 'heldout-12.jsonl'), toJsonl(heldout12))
writeFileSync(join(here, 'heldout-13.jsonl'), toJsonl(heldout13))
writeFileSync(join(here, 'heldout-14.jsonl'), toJsonl(heldout14))
writeFileSync(join(here, 'heldout-15.jsonl'), toJsonl(heldout15))
writeFileSync(join(here, 'heldout-16.jsonl'), toJsonl(heldout16))
writeFileSync(join(here, 'heldout-17.jsonl'), toJsonl(heldout17))
writeFileSync(join(here, 'heldout-18.jsonl'), toJsonl(heldout18))
console.log(
  `records ${records.length}: tune ${tune.length}, heldout ${heldout.length}; tune-2 ${tune2.length}; tune-3 ${tune3.length}, heldout-2 ${heldout2.length}; tune-4 ${tune4.length}, heldout-3 ${heldout3.length}; tune-5 ${tune5.length}, heldout-4 ${heldout4.length}; tune-6 ${tune6.length}, heldout-5 ${heldout5.length}; tune-7 ${tune7.length}, heldout-6 ${heldout6.length}; heldout-7 ${heldout7.length}; heldout-8 ${heldout8.length}; heldout-9 ${heldout9.length}; heldout-10 ${heldout10.length}; heldout-11 ${heldout11.length}; heldout-12 ${heldout12.length}; heldout-13 ${heldout13.length}; heldout-14 ${heldout14.length}; heldout-15 ${heldout15.length}; heldout-16 ${heldout16.length}; heldout-17 ${heldout17.length}; heldout-18 ${heldout18.length}`,
)
