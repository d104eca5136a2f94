import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { insertPictureFixture } from '../support/picture-fixture.ts'
import { PICTURE_PERSON_ROLES, aggregatePicture, loadPictureRows } from '../../src/adapters/db/picture.repository.ts'
import { readFileSync } from 'node:fs'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { syncCataloguePlatforms } from '../../src/adapters/db/platform.repository.ts'
import { createCatalogue, type Catalogue } from '../../src/domain/catalogue/catalogue.ts'
import { sql } from 'kysely'
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
  // whole months come from the monthly facts, the days around them from the per-registration summary
  ['a period starting and ending mid-month', { from: '2018-03-15', to_exclusive: '2019-07-10' }],
  ['a period inside one month', { from: '2019-05-03', to_exclusive: '2019-05-20', status: 'confirmed' }],
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

// The picture reads a summary kept per registration (migration 0003); every kind of change must reach it.
const changes: Array<[string, (db: TestDatabase['conn']['db']) => Promise<unknown>]> = [
  ['reviewers confirm and reject findings', (db) =>
    sql`update mention set status = case when status = 'suggested' then 'confirmed' else 'rejected' end
        where ('x' || substr(id::text, 34, 3))::bit(12)::int % 3 = 0`.execute(db)],
  ['a finding is corrected to another platform and its roles', (db) =>
    sql`update mention set platform_id = ${platforms[5]!.id}, platform_name = ${platforms[5]!.name},
        roles = '{advertising}', status = 'corrected' where kind = 'named' and ('x' || substr(id::text, 34, 3))::bit(12)::int % 7 = 1`.execute(db)],
  ['mentions are deleted', (db) =>
    sql`delete from mention where ('x' || substr(id::text, 34, 3))::bit(12)::int % 11 = 2`.execute(db)],
  ['a person record changes gender, birth country and residence', (db) =>
    sql`update person set gender = 'M', birth_country = 'Polen', resident_nl = (pseudonym <> 'P-3')
        where pseudonym in ('P-1', 'P-2', 'P-3', 'P-4')`.execute(db)],
  ['person links change age and roles', (db) =>
    sql`update registration_person set age = 12, roles = '{slachtoffer,getuige}'
        where ('x' || substr(person_id::text, 34, 3))::bit(12)::int % 5 = 0`.execute(db)],
  ['registrations move date and unit', (db) =>
    sql`update registration set reg_date = reg_date - 400, police_unit = 'Limburg'
        where ('x' || substr(id::text, 34, 3))::bit(12)::int % 4 = 0`.execute(db)],
  ['vulnerability factors are reviewed and added', async (db) => {
    await sql`update vulnerability set status = 'rejected' where factor = 'care_involvement'`.execute(db)
    await sql`insert into vulnerability (registration_id, factor, status, origin)
      select id, 'running_away', 'confirmed', 'manual' from registration where source_ref like 'R-1%'
      on conflict do nothing`.execute(db)
  }],
  ['a registration is deleted with everything linked to it', (db) =>
    sql`delete from registration where source_ref in ('R-7', 'R-8', 'R-9')`.execute(db)],
]

for (const variant of DB_VARIANTS) {
  describe(`the picture summary on ${variant} follows every change`, () => {
    let t: TestDatabase
    before(async () => {
      t = await createTestDatabase(variant)
      await insertPictureFixture(t.conn.db, catalogue, 'picture-summary-changes', 300)
      await aggregatePicture(t.conn.db, catalogue, defaultSelection())
    })
    after(async () => t.cleanup())

    const assertSame = async (cat: Catalogue, step: string): Promise<void> => {
      for (const overrides of [
        {},
        { status: 'confirmed' as const },
        { categories: ['instant_messaging' as const] },
        { from: '2017-02-11', to_exclusive: '2020-11-30', units: ['Limburg', 'Rotterdam'] },
      ]) {
        const selection = defaultSelection(overrides)
        const expected = buildPicture(await loadPictureRows(t.conn.db), cat, selection)
        const actual = finishPicture(await aggregatePicture(t.conn.db, cat, selection), cat, selection)
        assert.deepEqual(actual, expected, `${step}, selection ${JSON.stringify(overrides)}`)
      }
    }

    for (const [name, change] of changes) {
      it(`when ${name}`, async () => {
        await change(t.conn.db)
        await assertSame(catalogue, name)
      })
    }

    it('when an analyst adds a platform found in text to the catalogue', async () => {
      const template = catalogue.data.platforms[0]!
      const extended = createCatalogue(
        {
          ...catalogue.data,
          platforms: [...catalogue.data.platforms, { ...template, id: 'nieuwchat', name: 'Nieuwchat', aliases: [], domains: [] }],
        },
        'test-extended',
      )
      await syncCataloguePlatforms(t.conn.db, extended)
      await assertSame(extended, 'catalogue extended')
      await syncCataloguePlatforms(t.conn.db, catalogue)
      await assertSame(catalogue, 'catalogue restored')
    })
  })
}

describe('the person roles the picture summary counts', () => {
  it('are the catalogue\'s, in the same order in the migration and in the query', () => {
    assert.deepEqual([...PICTURE_PERSON_ROLES].sort(), catalogue.data.person_roles.map((r) => r.id).sort())
    const migration = readFileSync(new URL('../../src/adapters/db/migrations/0003-picture-summary.ts', import.meta.url), 'utf8')
    const lists = [...migration.matchAll(/ARRAY\[('aangever'[^\]]*)\]/g)].map((m) => m[1])
    assert.ok(lists.length >= 3)
    for (const list of lists) assert.equal(list, PICTURE_PERSON_ROLES.map((r) => `'${r}'`).join(', '))
  })
})
