import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { comparableFigures, diffFigures, expectedReportFigures } from '../support/report-figures.ts'
import { rowsFromTruth } from '../support/picture-figures.ts'
import { testExtractor } from '../support/extractor.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { aggregatePicture } from '../../src/adapters/db/picture.repository.ts'
import { generateCalibratedCorpus } from '../../src/domain/corpus/calibrated-corpus.ts'
import { buildPicture } from '../../src/domain/picture/build-picture.ts'
import { finishPicture } from '../../src/domain/picture/finish-picture.ts'
import { defaultSelection } from '../../src/domain/picture/selection.ts'
import { writeJsonLines } from '../../src/app/generate-corpus.ts'
import { importExports } from '../../src/app/import-export.ts'

const catalogue = loadCatalogue()
const records = [...generateCalibratedCorpus()]
const expected = expectedReportFigures()

function assertNoDifferences(diffs: string[], what: string): void {
  assert.equal(
    diffs.length,
    0,
    `${what}: ${diffs.length} cells differ from figures.json\n  ${diffs.join('\n  ')}`,
  )
}

describe('the picture of the calibrated corpus', () => {
  it('built from the ground truth equals figures.json cell by cell (errata applied)', () => {
    const picture = buildPicture(rowsFromTruth(records), catalogue, defaultSelection())
    assertNoDifferences(diffFigures(expected, comparableFigures(picture)), 'ground truth')
  })

  for (const variant of DB_VARIANTS) {
    describe(`from narratives through import and extraction on ${variant}`, () => {
      let t: TestDatabase
      let dir: string
      before(async () => {
        t = await createTestDatabase(variant)
        dir = mkdtempSync(path.join(tmpdir(), 'golden-'))
        const file = path.join(dir, 'calibrated.jsonl')
        // narratives and registered fields only: the import never reads `truth`
        await writeJsonLines(file, records)
        await importExports({
          conn: t.conn,
          catalogue,
          extractor: testExtractor(),
          files: [file],
          source: 'calibrated',
        })
      })
      after(async () => {
        await t.cleanup()
        rmSync(dir, { recursive: true, force: true })
      })

      it('equals figures.json cell by cell (errata applied)', async () => {
        const selection = defaultSelection()
        const picture = finishPicture(
          await aggregatePicture(t.conn.db, catalogue, selection),
          catalogue,
          selection,
        )
        assertNoDifferences(diffFigures(expected, comparableFigures(picture)), 'extraction pipeline')
      })
    })
  }
})
