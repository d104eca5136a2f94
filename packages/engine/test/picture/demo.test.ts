import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { testExtractor } from '../support/extractor.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { countStored } from '../../src/adapters/db/status.repository.ts'
import { runDemo, type DemoResult } from '../../src/app/run-demo.ts'

describe(runDemo.name, () => {
  let t: TestDatabase
  let out: string
  let first: DemoResult
  let second: DemoResult
  before(async () => {
    t = await createTestDatabase('pglite')
    out = mkdtempSync(path.join(tmpdir(), 'demo-out-'))
    const options = {
      conn: t.conn,
      catalogue: loadCatalogue(),
      extractor: testExtractor(),
      outDir: out,
      lang: 'nl' as const,
      pdf: false,
      now: () => new Date('2026-01-01T12:00:00Z'),
    }
    first = await runDemo(options)
    second = await runDemo(options)
  })
  after(async () => {
    await t.cleanup()
    rmSync(out, { recursive: true, force: true })
  })

  it('imports the 210 calibrated registrations once and changes nothing when run again', async () => {
    assert.equal(first.imported.inserted, 210)
    assert.deepEqual(second.imported, { inserted: 0, updated: 0, unchanged: 210 })
    assert.equal((await countStored(t.conn.db)).registrations, 210)
    assert.deepEqual(second.picture.headline, first.picture.headline)
  })

  it('writes picture.json with the 2017–2020 picture and the report files beside it', () => {
    const json = JSON.parse(readFileSync(path.join(out, 'picture.json'), 'utf8')) as typeof first.picture
    assert.deepEqual(json.years, ['2017', '2018', '2019', '2020'])
    assert.equal(json.headline.distinct_platforms, 39)
    assert.equal(json.versions.generated_at, '2026-01-01T12:00:00.000Z')
    for (const f of ['picture.html', 'picture.xlsx', 'tabel-1-top-10-platformen.csv']) {
      assert.ok(existsSync(path.join(out, f)), `missing ${f}`)
    }
  })

  it('states the extraction quality measured against the corpus ground truth', () => {
    const q = first.picture.extraction_quality
    assert.ok(q !== null)
    assert.ok(q.precision > 0.9 && q.recall > 0.9, JSON.stringify(q))
    assert.match(q.measured_on, /210 registraties/)
  })
})
