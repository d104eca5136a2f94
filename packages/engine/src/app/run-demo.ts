import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { loadPictureRows } from '../adapters/db/picture.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { generateCalibratedCorpus } from '../domain/corpus/calibrated-corpus.ts'
import type { CorpusRecord } from '../domain/corpus/corpus-record.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import { pairQuality } from '../domain/picture/extraction-quality.ts'
import type { ExtractionQuality, Picture } from '../domain/picture/picture.ts'
import { countMentions } from '../domain/picture/picture-aggregates.ts'
import { defaultSelection } from '../domain/picture/selection.ts'
import { registrationId } from '../domain/registration/registration-id.ts'
import { writeJsonLines } from './generate-corpus.ts'
import { importExports } from './import-export.ts'
import { buildPictureFromDatabase, writePicture, type WrittenPicture } from './build-picture.ts'

export interface DemoOptions {
  conn: DatabaseConnection
  catalogue: Catalogue
  extractor: Extractor
  outDir: string
  lang: 'nl' | 'en'
  /** write picture.pdf (default true) */
  pdf?: boolean
  now: () => Date
  /** one line per step, for the terminal */
  onStep?: (message: string) => void
}

export interface DemoResult {
  picture: Picture
  files: WrittenPicture
  imported: { inserted: number; updated: number; unchanged: number }
  seconds: number
}

/**
 * `platformscope demo`: generate the calibrated corpus, import it (which extracts), build the 2017–2020 picture
 * and write it. Idempotent: registration ids are UUIDv5 of (source, source_ref), so a second run changes nothing
 * and duplicates nothing. The picture is limited to the corpus's source, so other data in the same database does
 * not mix in. The ground truth is read only to measure extraction quality for the method section.
 */
export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const started = o.now().getTime()
  const step = o.onStep ?? (() => undefined)
  const records = [...generateCalibratedCorpus()]
  const source = records[0]?.source ?? 'calibrated'
  const work = mkdtempSync(path.join(tmpdir(), 'platformscope-demo-'))
  try {
    const file = path.join(work, 'calibrated-corpus.jsonl')
    await writeJsonLines(file, records)
    step(`kalibratiecorpus gegenereerd: ${records.length} registraties`)
    const [summary] = await importExports({
      conn: o.conn,
      catalogue: o.catalogue,
      extractor: o.extractor,
      files: [file],
      source,
      rejectsPathFor: () => path.join(work, 'rejects.jsonl'),
      now: o.now,
    })
    const imported = {
      inserted: summary?.inserted ?? 0,
      updated: summary?.updated ?? 0,
      unchanged: summary?.unchanged ?? 0,
    }
    step(
      `geïmporteerd en geëxtraheerd: ${imported.inserted} nieuw, ${imported.updated} gewijzigd, ${imported.unchanged} ongewijzigd`,
    )
    const selection = defaultSelection({ sources: [source] })
    const quality = await measureQuality(o, records, o.lang)
    const picture = await buildPictureFromDatabase(o.conn, o.catalogue, selection, {
      now: o.now(),
      extractionQuality: quality,
    })
    step(
      `beeld 2017–2020: ${picture.headline.registrations} registraties, ${picture.headline.named_platform_mentions} vermeldingen van ${picture.headline.distinct_platforms} platformen`,
    )
    const files = await writePicture(picture, o.catalogue, o.outDir, { lang: o.lang, pdf: o.pdf ?? true })
    return { picture, files, imported, seconds: (o.now().getTime() - started) / 1000 }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Extraction quality on the corpus just imported: found (registration, platform) pairs against the ground truth. */
async function measureQuality(
  o: DemoOptions,
  records: readonly CorpusRecord[],
  lang: 'nl' | 'en',
): Promise<ExtractionQuality> {
  const expected = new Set<string>()
  for (const r of records) {
    const id = registrationId(r.source, r.id)
    for (const m of r.truth.mentions) {
      if (m.kind === 'named' && m.in_catalogue && !m.negated && m.platform !== null)
        expected.add(`${id}|${m.platform}`)
    }
  }
  const sources = [...new Set(records.map((r) => r.source))]
  const rows = await loadPictureRows(o.conn.db, sources)
  const { counted } = countMentions(rows, o.catalogue, defaultSelection({ sources }))
  const found = new Set<string>()
  for (const [regId, platforms] of counted) for (const p of platforms.keys()) found.add(`${regId}|${p}`)
  const measuredOn =
    lang === 'nl'
      ? `het synthetische kalibratiecorpus (${records.length} registraties, per registratie en platform)`
      : `the synthetic calibrated corpus (${records.length} registrations, per registration and platform)`
  return pairQuality(expected, found, measuredOn)
}
