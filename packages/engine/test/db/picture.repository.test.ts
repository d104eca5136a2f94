import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { insertPictureFixture } from '../support/picture-fixture.ts'
import { aggregatePicture, loadPictureRows } from '../../src/adapters/db/picture.repository.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { buildPicture } from '../../src/domain/picture/build-picture.ts'
import { finishPicture } from '../../src/domain/picture/finish-picture.ts'
import { defaultSelection } from '../../src/domain/picture/selection.ts'
import type { PictureSelection } from '../../src/domain/picture/picture.ts'

const catalogue = loadCatalogue()
const platforms = catalogue.platforms

const selections: Array<[string, Partial<PictureSelection>]> = [
  ['the report selection', {}],
  ['confirmed findings only', { status: 'confirmed' }],
  ['a unit selected by canonical name', { units: ['Den Haag', 'Rotterdam'] }],
  ['a category', { categories: ['instant_messaging', 'dating'] }],
  ['platforms by name in any case', { platforms: [platforms[0]!.name.toLowerCase(), platforms[3]!.name] }],
  [
    'a source and an exploitation form',
    { sources: ['bvh'], exploitation_forms: ['binnenlandse seksuele uitbuiting'] },
  ],
  ['a single year', { from: '2019-01-01', to_exclusive: '2020-01-01' }],
]

for (const variant of DB_VARIANTS) {
  describe(`aggregatePicture on ${variant}`, () => {
    let t: TestDatabase
    before(async () => {
      t = await createTestDatabase(variant)
      await insertPictureFixture(t.conn.db, catalogue, 'picture-differential', 400)
    })
    after(async () => t.cleanup())

    for (const [name, overrides] of selections) {
      it(`gives the same picture as the in-memory path for ${name}`, async () => {
        const selection = defaultSelection(overrides)
        const expected = buildPicture(await loadPictureRows(t.conn.db), catalogue, selection)
        const actual = finishPicture(
          await aggregatePicture(t.conn.db, catalogue, selection),
          catalogue,
          selection,
        )
        assert.ok(
          expected.headline.registrations > 0 || name === 'a category',
          'the fixture selects something',
        )
        assert.deepEqual(actual, expected)
      })
    }
  })
}
