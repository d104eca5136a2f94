import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { importExports } from '../../src/app/import-export.ts'
import { reextractRegistrations } from '../../src/app/extract-registrations.ts'
import { aggregatePicture, loadPictureRows } from '../../src/adapters/db/picture.repository.ts'
import { buildPicture } from '../../src/domain/picture/build-picture.ts'
import { finishPicture } from '../../src/domain/picture/finish-picture.ts'
import { defaultSelection } from '../../src/domain/picture/selection.ts'
import { createAliasExtractor } from './support/alias-extractor.ts'

// The import marks the registrations it touches for the picture itself (migration 0008: its transactions set
// platformscope.picture_marks and the triggers stand aside). The picture must still follow every import exactly:
// new registrations, changed ones, persons listed again with other details, and persons shared between batches
// that are written side by side on a server.
const catalogue = loadCatalogue()
const UNITS = ['Amsterdam', 'Rotterdam', 'Limburg', 'Den Haag']
const PLATFORMS = ['WhatsApp', 'Snapchat', 'Instagram', 'Sexjobs', 'Telegram']

interface Person { pseudonym: string; gender: 'F' | 'M'; birth_year: number; birth_country: string; resident_nl: boolean; roles: string[]; age: number }

function record(n: number, version: number): Record<string, unknown> {
  const platform = PLATFORMS[(n + version) % PLATFORMS.length] as string
  // persons recur across records (and so across batches of 3): P-0 … P-6
  const persons: Person[] = [n % 7, (n * 3 + 1) % 7].filter((p, i, all) => all.indexOf(p) === i).map((p) => ({
    pseudonym: `P-${p}`,
    // the second export lists P-2 and P-5 as male and P-5 as living abroad
    gender: version === 2 && (p === 2 || p === 5) ? 'M' : 'F',
    birth_year: 2003 - (p % 3),
    birth_country: 'Nederland',
    resident_nl: !(version === 2 && p === 5),
    roles: p % 2 === 0 ? ['slachtoffer'] : ['betrokkene'],
    age: 14 + (p % 4),
  }))
  return {
    id: `IMP-${String(n).padStart(3, '0')}`,
    text: `Aangeefster verklaarde dat zij via ${platform} werd benaderd door verdachte.` +
      (version === 2 && n % 4 === 0 ? ' Zij is eerder weggelopen van huis.' : ''),
    date: `20${17 + (n % 4)}-0${1 + (n % 9)}-1${n % 10}`,
    unit: UNITS[(n + (version === 2 && n % 5 === 0 ? 1 : 0)) % UNITS.length],
    societal_class: 'F561',
    persons,
  }
}

const exportOf = (dir: string, name: string, records: ReadonlyArray<Record<string, unknown>>): string => {
  const file = path.join(dir, name)
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
  return file
}

for (const variant of DB_VARIANTS) {
  for (const extracting of [false, true]) {
    describe(`the picture after imports on ${variant}, ${extracting ? 'with' : 'without'} extraction`, () => {
      let t: TestDatabase
      let dir: string
      const run = (file: string) =>
        importExports({
          conn: t.conn,
          catalogue,
          extractor: extracting ? createAliasExtractor(catalogue) : null,
          files: [file],
          source: 'bvh',
          onError: 'skip',
          batchSize: 3,
          rejectsPathFor: (f) => `${f}.rejects.jsonl`,
        })
      const assertPictureExact = async (step: string): Promise<void> => {
        for (const overrides of [{}, { units: ['Limburg'] }]) {
          const selection = defaultSelection(overrides)
          const actual = finishPicture(await aggregatePicture(t.conn.db, catalogue, selection), catalogue, selection)
          const expected = buildPicture(await loadPictureRows(t.conn.db), catalogue, selection)
          assert.deepEqual(actual, expected, `${step}, selection ${JSON.stringify(overrides)}`)
        }
        const dirty = await sql<{ n: string }>`select count(*) as n from picture_dirty`.execute(t.conn.db)
        assert.equal(Number(dirty.rows[0]?.n), 0, `${step}: the refresh took every mark`)
      }

      before(async () => {
        t = await createTestDatabase(variant)
        dir = mkdtempSync(path.join(tmpdir(), 'ps-import-picture-'))
      })
      after(async () => {
        await t.cleanup()
        rmSync(dir, { recursive: true, force: true })
      })

      it('counts a first import', async () => {
        const first = Array.from({ length: 20 }, (_, n) => record(n, 1))
        const [s] = await run(exportOf(dir, 'first.jsonl', first))
        assert.equal(s?.inserted, 20)
        await assertPictureExact('first import')
        const picture = finishPicture(await aggregatePicture(t.conn.db, catalogue, defaultSelection()), catalogue, defaultSelection())
        // without extraction there are no platform mentions, and the picture counts registrations with one
        assert.equal(picture.headline.registrations, extracting ? 20 : 0)
      })

      it('follows a second export that changes registrations and persons and adds registrations', async () => {
        const before = finishPicture(await aggregatePicture(t.conn.db, catalogue, defaultSelection()), catalogue, defaultSelection())
        const second = Array.from({ length: 26 }, (_, n) => record(n, 2))
        const [s] = await run(exportOf(dir, 'second.jsonl', second))
        assert.equal(s?.inserted, 6)
        assert.ok((s?.updated ?? 0) > 0, 'some registrations changed')
        await assertPictureExact('second import')
        const after = finishPicture(await aggregatePicture(t.conn.db, catalogue, defaultSelection()), catalogue, defaultSelection())
        if (extracting) assert.notDeepEqual(after, before, 'the second export changed the picture')
      })

      it('follows extract --db, which marks each page once', async () => {
        const summary = await reextractRegistrations({ conn: t.conn, catalogue, extractor: createAliasExtractor(catalogue, 'alias-test-2'), batchSize: 4 })
        assert.equal(summary.registrations, 26)
        await assertPictureExact('extract --db')
      })

      it('counts the registrations of a person who changed only in a later batch', async () => {
        // records 0 … 2 (the first batch) are unchanged; P-2 and P-5 change through later records' listings
        const [s] = await run(exportOf(dir, 'third.jsonl', [record(3, 2), record(9, 1)]))
        assert.equal(s?.recordsRead, 2)
        await assertPictureExact('a person listed again with other details')
      })
    })
  }
}
