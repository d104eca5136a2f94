import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { insertPictureFixture } from '../support/picture-fixture.ts'
import { aggregatePicture, refreshPictureSummary } from '../../src/adapters/db/picture.repository.ts'
import { countDrillDown, listRegistrations } from '../../src/adapters/db/registration-query.repository.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { defaultSelection } from '../../src/domain/picture/selection.ts'
import { DrillDownCache } from '../../src/app/drill-down-cache.ts'
import { sql } from 'kysely'

const catalogue = loadCatalogue()

for (const variant of DB_VARIANTS) {
  describe(`the drill-down behind a platform's number on ${variant}`, () => {
    let t: TestDatabase
    before(async () => {
      t = await createTestDatabase(variant)
      await insertPictureFixture(t.conn.db, catalogue, 'drill-down', 300)
      // the drill-down reads the summary as it stands (its callers refresh it)
      await refreshPictureSummary(t.conn.db)
    })
    after(async () => t.cleanup())

    for (const status of ['suggested', 'confirmed'] as const) {
      it(`lists exactly the registrations each platform × year cell counts (${status})`, async () => {
        const agg = await aggregatePicture(t.conn.db, catalogue, defaultSelection({ status }))
        const cells = new Map<string, number>()
        for (const p of agg.pairs) cells.set(`${p.platform}|${p.year}`, (cells.get(`${p.platform}|${p.year}`) ?? 0) + p.count)
        assert.ok(cells.size > 10, 'the fixture fills cells')
        for (const [key, count] of cells) {
          const [name = '', year = ''] = key.split('|')
          const platform = catalogue.platformByName(name)
          assert.ok(platform)
          const list = await listRegistrations(t.conn.db, {
            platformIds: [platform.id],
            from: `${year}-01-01`,
            toExclusive: `${Number(year) + 1}-01-01`,
            kind: 'named',
            status,
            offset: 0,
            limit: 500,
          })
          assert.equal(list.total, count, key)
          assert.equal(list.items.length, count, key)
          const dates = list.items.map((i) => i.date)
          assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first')
          assert.ok(list.items.every((i) => i.platforms.includes(name)), `${key}: every listed registration names it`)
        }
      })
    }

    it('lists the registrations behind a category × year number (several platforms, each registration once)', async () => {
      const ids = catalogue.platforms.filter((p) => p.category === 'instant_messaging').map((p) => p.id)
      for (const status of ['suggested', 'confirmed'] as const) {
        const selection = defaultSelection({ categories: ['instant_messaging'], from: '2019-01-01', to_exclusive: '2020-01-01', status })
        const agg = await aggregatePicture(t.conn.db, catalogue, selection)
        assert.ok(agg.registrations > 5, 'the fixture fills the category')
        const list = await listRegistrations(t.conn.db, {
          platformIds: ids, from: '2019-01-01', toExclusive: '2020-01-01', kind: 'named', status, offset: 0, limit: 500,
        })
        assert.equal(list.total, agg.registrations, status)
        assert.equal(new Set(list.items.map((i) => i.id)).size, list.items.length, 'no registration twice')
      }
    })

    it('pages through a category the same as listing it whole, with and without a role', async () => {
      const ids = catalogue.platforms.filter((p) => p.category === 'instant_messaging').map((p) => p.id)
      for (const role of [undefined, 'relationship']) {
        const f = { platformIds: ids, role, kind: 'named', status: 'suggested' as const, offset: 0, limit: 500 }
        const whole = await listRegistrations(t.conn.db, f)
        assert.ok(whole.items.length > 14, 'enough for several pages')
        assert.equal(await countDrillDown(t.conn.db, f), whole.counted, 'the count alone')
        const paged = []
        for (let offset = 0; offset < whole.items.length; offset += 7) {
          const page = await listRegistrations(t.conn.db, { ...f, offset, limit: 7 })
          // a page read with the cell's count known (the server's cache) is the same page with the same total
          const known = await listRegistrations(t.conn.db, { ...f, offset, limit: 7 }, whole.counted)
          assert.deepEqual(known, page)
          paged.push(...page.items)
        }
        assert.deepEqual(paged.map((i) => i.id), whole.items.map((i) => i.id), `role ${role ?? 'any'}`)
      }
    })

    it('serves a held page until a write anywhere changes the summary stamp', async () => {
      const cache = new DrillDownCache<string>()
      let reads = 0
      const read = async () => `read ${++reads}`
      assert.equal(await cache.get(t.conn, 'k', read), 'read 1')
      assert.equal(await cache.get(t.conn, 'k', read), 'read 1', 'held')
      assert.equal(await cache.get(t.conn, 'other', read), 'read 2', 'another key is another page')
      // a write behind the server's back (plain SQL, as an import in another process would write)
      await sql`update registration set police_unit = police_unit where id = (select min(id::text)::uuid from registration)`.execute(t.conn.db)
      assert.equal(await cache.get(t.conn, 'k', read), 'read 3', 'read again after the write')
      assert.equal(await cache.get(t.conn, 'k', read), 'read 3')
      // a registration marked by a writer is summarised first: the page is read under the new stamp
      await sql`insert into picture_dirty select id from registration limit 1`.execute(t.conn.db)
      assert.equal(await cache.get(t.conn, 'k', read), 'read 4')
    })

    it('lists the registrations behind a role cell of table 3', async () => {
      const agg = await aggregatePicture(t.conn.db, catalogue, defaultSelection())
      const cell = agg.roles.find((r) => r.count > 0)
      assert.ok(cell)
      const platform = catalogue.platformByName(cell.platform)
      assert.ok(platform)
      const list = await listRegistrations(t.conn.db, {
        platformIds: [platform.id],
        role: cell.role,
        from: '2017-01-01',
        toExclusive: '2021-01-01',
        kind: 'named',
        status: 'suggested',
        offset: 0,
        limit: 500,
      })
      assert.equal(list.total, cell.count)
    })
  })
}
