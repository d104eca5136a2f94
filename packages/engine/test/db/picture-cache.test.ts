import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { insertPictureFixture } from '../support/picture-fixture.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { PictureCache, keepSummaryFresh } from '../../src/app/dashboard-picture.ts'
import { defaultSelection } from '../../src/domain/picture/selection.ts'
import type { Picture } from '../../src/domain/picture/picture.ts'

const catalogue = loadCatalogue()
const selection = defaultSelection()
const TTL = 1_000

for (const variant of DB_VARIANTS) {
  describe(`the dashboard's picture cache on ${variant}`, () => {
    let t: TestDatabase
    before(async () => {
      t = await createTestDatabase(variant)
      await insertPictureFixture(t.conn.db, catalogue, 'picture-cache', 200)
    })
    after(async () => t.cleanup())

    /** Asks until the cache hands out another picture than `held` (a background revalidation finished) or gives up. */
    const nextPicture = async (cache: PictureCache, held: Picture, at: number): Promise<Picture> => {
      for (let i = 0; i < 100; i++) {
        const p = await cache.get(t.conn, catalogue, selection, new Date(at))
        if (p !== held) return p
        await sleep(50)
      }
      return held
    }

    it('keeps a picture past its TTL without recomputing while nothing changed, and recomputes after a change', async () => {
      const cache = new PictureCache(TTL)
      const t0 = Date.parse('2026-12-05T10:00:00Z')
      const first = await cache.get(t.conn, catalogue, selection, new Date(t0))
      assert.equal(await cache.get(t.conn, catalogue, selection, new Date(t0 + 10)), first, 'within the TTL')
      // past the TTL: served at once, revalidated in the background, kept because the data did not change
      assert.equal(await cache.get(t.conn, catalogue, selection, new Date(t0 + TTL + 1)), first)
      assert.equal(await nextPicture(cache, first, t0 + TTL + 2), first, 'an unchanged database costs no recomputation')

      // a change by someone else (another process, plain SQL): noticed at the next revalidation
      await sql`update mention set status = 'rejected' where kind = 'named'
        and registration_id in (select id from registration where source_ref in ('R-1', 'R-2', 'R-3', 'R-4', 'R-5'))`.execute(t.conn.db)
      const t1 = t0 + 3 * TTL
      assert.equal(await cache.get(t.conn, catalogue, selection, new Date(t1)), first, 'stale while revalidating')
      const fresh = await nextPicture(cache, first, t1 + 1)
      assert.notEqual(fresh, first, 'recomputed after the change')
      assert.ok(fresh.headline.named_platform_mentions < first.headline.named_platform_mentions)
    })

    it('recomputes at once after invalidate()', async () => {
      const cache = new PictureCache(TTL)
      const now = new Date('2026-12-05T11:00:00Z')
      const first = await cache.get(t.conn, catalogue, selection, now)
      cache.invalidate()
      assert.notEqual(await cache.get(t.conn, catalogue, selection, now), first)
    })

    it('brings the summary up to date in the background after a write by someone else', async () => {
      const dirty = async () =>
        Number((await sql<{ n: string }>`select count(*) as n from picture_dirty`.execute(t.conn.db)).rows[0]?.n)
      await sql`update registration set police_unit = police_unit where id in (select id from registration limit 5)`.execute(t.conn.db)
      assert.equal(await dirty(), 5)
      const errors: unknown[] = []
      const stop = keepSummaryFresh(t.conn, 20, (e) => errors.push(e))
      try {
        for (let i = 0; i < 100 && (await dirty()) > 0; i++) await sleep(20)
      } finally {
        stop()
      }
      assert.equal(await dirty(), 0)
      assert.deepEqual(errors, [])
    })
  })
}
