// The floor under any extractor written in JavaScript that reads every word: one pass over the text that folds case,
// hashes each word and looks it up in an open-addressing table of grep's aliases, and does nothing else — no
// offsets kept, no sentences, no rules. The full analysis can only be slower than this, so its ratio to grep bounds
// what the engine could reach on this machine (issue 4 item 9). Streamed like the engine's run; only the scan is timed.
import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { isWordCode } from '../../packages/engine/src/domain/extraction/normalize-text.ts'
import { timedBatches } from './timed-batches.ts'

const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 16777619

/** per UTF-16 code unit: its lower-case form (one unit), and whether it is a word character */
const FOLD = new Uint16Array(0x10000)
const WORD = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) {
  const lower = String.fromCharCode(c).toLowerCase()
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c
  WORD[c] = c >= 0xd800 && c <= 0xdfff ? 0 : isWordCode(c) ? 1 : 0
}

function hash(word: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (FOLD[word.charCodeAt(i)] ?? 0), FNV_PRIME)
  return h
}

/** open addressing on the hash alone: a floor may count a rare false hit, it must not do extra work */
function aliasTable(aliases: readonly string[]): { hashes: Int32Array; used: Uint8Array; mask: number } {
  let size = 1024
  while (size < aliases.length * 4) size *= 2
  const hashes = new Int32Array(size)
  const used = new Uint8Array(size)
  const mask = size - 1
  for (const a of aliases) {
    const h = hash(a)
    let i = h & mask
    while (used[i] === 1 && hashes[i] !== h) i = (i + 1) & mask
    used[i] = 1
    hashes[i] = h
  }
  return { hashes, used, mask }
}

/** words and hits of one text */
function scan(text: string, t: ReturnType<typeof aliasTable>, counts: { words: number; hits: number }): void {
  let h = FNV_OFFSET
  let inWord = false
  const n = text.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32
    if (WORD[c] === 1) {
      h = Math.imul(h ^ (FOLD[c] ?? 0), FNV_PRIME)
      inWord = true
    } else if (inWord) {
      counts.words++
      let k = h & t.mask
      while (t.used[k] === 1) {
        if (t.hashes[k] === h) {
          counts.hits++
          break
        }
        k = (k + 1) & t.mask
      }
      h = FNV_OFFSET
      inWord = false
    }
  }
}

/** the scan over a text file (one narrative per line) with the alias file grep gets; wall and CPU seconds */
export async function wordScanFloor(textsFile: string, aliasesFile: string): Promise<{ seconds: number; cpu: number; words: number; hits: number }> {
  const table = aliasTable(readFileSync(aliasesFile, 'utf8').split('\n').filter((a) => a !== ''))
  const counts = { words: 0, hits: 0 }
  const timer = timedBatches<string>((batch) => {
    for (const text of batch) scan(text, table, counts)
  })
  for await (const line of createInterface({ input: createReadStream(textsFile), crlfDelay: Infinity })) timer.push(line)
  return { ...timer.done(), ...counts }
}
