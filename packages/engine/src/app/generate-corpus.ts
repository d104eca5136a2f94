import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { generateCalibratedCorpus } from '../domain/corpus/calibrated-corpus.ts'
import type { CorpusRecord } from '../domain/corpus/corpus-record.ts'
import { benchmarkRecords } from '../domain/corpus/benchmark-corpus.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'

export interface GenerateResult {
  records: number
  bytes: number
  file: string
}

/** Writes JSON Lines with backpressure, in ~256 KB chunks, so memory stays flat whatever the record count. */
export async function writeJsonLines(
  file: string,
  records: Iterable<CorpusRecord>,
  onProgress?: (written: number) => void,
): Promise<GenerateResult> {
  const toStdout = file === '-'
  const out: Writable = toStdout ? process.stdout : createWriteStream(file, { encoding: 'utf8' })
  let chunk = ''
  let count = 0
  let bytes = 0
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return
    bytes += Buffer.byteLength(chunk)
    const ok = out.write(chunk)
    chunk = ''
    if (!ok) await once(out, 'drain')
  }
  for (const r of records) {
    chunk += JSON.stringify(r) + '\n'
    count++
    if (chunk.length >= 262_144) {
      await flush()
      if (onProgress && count % 10_000 < 200) onProgress(count)
    }
  }
  await flush()
  if (!toStdout) {
    out.end()
    await once(out, 'finish')
  }
  return { records: count, bytes, file }
}

export async function generateCalibratedFile(file: string, seed?: string): Promise<GenerateResult> {
  return writeJsonLines(file, generateCalibratedCorpus(seed))
}

/** N benchmark registrations, streamed: units and platform categories come from the catalogue. */
export async function generateBenchmarkFile(
  file: string,
  count: number,
  seed: string,
  catalogue: Catalogue,
  onProgress?: (written: number) => void,
): Promise<GenerateResult> {
  const units = catalogue.data.police_units.map((u) => ({ name: u.name, aliases: u.aliases }))
  const records = benchmarkRecords(count, seed, units, (name) => catalogue.platformByName(name)?.category)
  return writeJsonLines(file, records, onProgress)
}
