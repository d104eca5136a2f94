import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { countStored } from '../../src/adapters/db/status.repository.ts'
import { openDatabase } from '../../src/adapters/db/connect.ts'
import { registrationId } from '../../src/domain/registration/registration-id.ts'
import { markPictureDirty, takeOverPictureMarks } from '../../src/adapters/db/picture-marks.ts'

for (const variant of DB_VARIANTS) {
  describe(`schema on ${variant}`, () => {
    let t: TestDatabase
    before(async () => {
      t = await createTestDatabase(variant)
    })
    after(async () => t.cleanup())

    it('creates every table of the data model', async () => {
      const { rows } = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public' order by 1`.execute(t.conn.db)
      const names = rows.map((r) => r.table_name)
      for (const table of [
        'registration', 'person', 'registration_person', 'platform', 'mention',
        'vulnerability', 'import_batch', 'audit_log', 'users',
      ]) {
        assert.ok(names.includes(table), `missing table ${table}`)
      }
    })

    it('cancels a statement that runs past the connection\'s statement timeout (PostgreSQL)', { skip: variant !== 'postgres' }, async () => {
      const limited = await openDatabase({ databaseUrl: t.env.DATABASE_URL, statementTimeoutMs: 100 })
      try {
        await assert.rejects(sql`select pg_sleep(2)`.execute(limited.db), (e: { code?: string }) => e.code === '57014')
        const { rows } = await sql<{ one: number }>`select 1 as one`.execute(limited.db)
        assert.equal(rows[0]?.one, 1, 'the connection is still usable after a cancelled statement')
      } finally {
        await limited.close()
      }
    })

    it('refuses a second registration with the same (source, source_ref): its id is derived from the pair', async () => {
      // no separate unique index (migration 0007): the primary key on the UUIDv5 of (source, source_ref) is the guarantee
      const row = {
        source: 'bvh', source_ref: 'R-1', reg_date: '2019-03-01', narrative: 'x', content_hash: 'h',
        police_unit: null, societal_class: null, exploitation_form: null, scope: null, import_batch_id: null, extracted_at: null,
      }
      const id = registrationId(row.source, row.source_ref)
      assert.notEqual(id, registrationId(row.source, 'R-2'))
      assert.notEqual(id, registrationId('lms', row.source_ref))
      await t.conn.db.insertInto('registration').values({ ...row, id }).execute()
      await assert.rejects(t.conn.db.insertInto('registration').values({ ...row, id, narrative: 'y' }).execute())
      const counts = await countStored(t.conn.db)
      assert.equal(counts.registrations, 1)
    })

    it('keeps every person link tied to a stored registration (checked per statement, migration 0009)', async () => {
      const reg = (ref: string) => ({
        id: registrationId('links', ref), source: 'links', source_ref: ref, reg_date: '2019-03-01', narrative: 'x', content_hash: 'h',
        police_unit: null, societal_class: null, exploitation_form: null, scope: null, import_batch_id: null, extracted_at: null,
      })
      const person = '6f1c1a52-0d8e-5f0c-9a41-3c7d2b9e0a11'
      const link = (ref: string) => ({ registration_id: registrationId('links', ref), person_id: person, roles: ['slachtoffer'], age: 15, origin: 'registered' })
      await t.conn.db.insertInto('registration').values([reg('L-1'), reg('L-2'), reg('L-3')]).execute()
      await t.conn.db.insertInto('registration_person').values([link('L-1'), link('L-2'), link('L-3')]).execute()
      const linked = async () => (await t.conn.db.selectFrom('registration_person').select('registration_id').where('person_id', '=', person).execute()).length

      // a link to a registration that is not stored: the whole statement fails, as a foreign key's would
      await assert.rejects(
        t.conn.db.insertInto('registration_person').values([{ ...link('L-1'), person_id: '0b5d7e8f-1a2b-5c3d-8e4f-5a6b7c8d9e0f' }, link('L-404')]).execute(),
        (e: { code?: string; message?: string }) => e.code === '23503' && /registration/.test(e.message ?? ''),
      )
      await assert.rejects(
        t.conn.db.updateTable('registration_person').set({ registration_id: registrationId('links', 'L-405') })
          .where('registration_id', '=', registrationId('links', 'L-3')).execute(),
        (e: { code?: string }) => e.code === '23503',
      )
      assert.equal(await linked(), 3, 'nothing of the failed statements stayed')

      // deleting a registration deletes its links
      await t.conn.db.deleteFrom('registration').where('id', '=', registrationId('links', 'L-1')).execute()
      assert.equal(await linked(), 2)
      await t.conn.db.deleteFrom('registration').where('source', '=', 'links').execute()
      assert.equal(await linked(), 0)
    })

    it('empties the person links with registration, alone or in one TRUNCATE with them (migrations 0009, 0012)', async () => {
      const reg = (ref: string) => ({
        id: registrationId('trunc', ref), source: 'trunc', source_ref: ref, reg_date: '2019-03-01', narrative: 'x', content_hash: 'h',
        police_unit: null, societal_class: null, exploitation_form: null, scope: null, import_batch_id: null, extracted_at: null,
      })
      const fill = async () => {
        await t.conn.db.insertInto('registration').values([reg('T-1'), reg('T-2')]).execute()
        await t.conn.db.insertInto('registration_person').values(['T-1', 'T-2'].map((ref) => ({
          registration_id: registrationId('trunc', ref), person_id: '6f1c1a52-0d8e-5f0c-9a41-3c7d2b9e0a12', roles: [], age: 15, origin: 'registered',
        }))).execute()
      }
      const links = async () => (await sql<{ n: number }>`select count(*)::int as n from registration_person`.execute(t.conn.db)).rows[0]?.n
      await fill()
      await sql`truncate registration, mention, registration_person, person, vulnerability cascade`.execute(t.conn.db)
      assert.equal(await links(), 0)
      await fill()
      await sql`truncate registration cascade`.execute(t.conn.db)
      assert.equal(await links(), 0)
    })

    it('leaves the picture marks to a writer that takes them over, for its own transaction only (migration 0008)', async () => {
      const row = (ref: string) => ({
        id: registrationId('marks', ref), source: 'marks', source_ref: ref, reg_date: '2019-03-01', narrative: 'x', content_hash: 'h',
        police_unit: null, societal_class: null, exploitation_form: null, scope: null, import_batch_id: null, extracted_at: null,
      })
      const marked = async (ref: string) =>
        (await sql<{ n: number }>`select count(*)::int as n from picture_dirty where registration_id = ${registrationId('marks', ref)}`.execute(t.conn.db)).rows[0]?.n
      await t.conn.db.transaction().execute(async (trx) => {
        await takeOverPictureMarks(trx)
        await trx.insertInto('registration').values([row('M-1'), row('M-2')]).execute()
        await markPictureDirty(trx, [registrationId('marks', 'M-2')])
      })
      assert.equal(await marked('M-1'), 0, 'the triggers stood aside')
      assert.equal(await marked('M-2'), 1, 'the writer marked what it chose')
      // the next transaction is marked by the triggers again
      await t.conn.db.insertInto('registration').values(row('M-3')).execute()
      assert.equal(await marked('M-3'), 1)
    })

    it('keeps the marks of a writer that commits during a refresh for the next refresh (migration 0011)', { skip: variant !== 'postgres' }, async () => {
      const row = (ref: string) => ({
        id: registrationId('log', ref), source: 'log', source_ref: ref, reg_date: '2019-03-01', narrative: 'x', content_hash: 'h',
        police_unit: null, societal_class: null, exploitation_form: null, scope: null, import_batch_id: null, extracted_at: null,
      })
      await t.conn.db.insertInto('registration').values([row('L-1'), row('L-2')]).execute()
      // a registration marked twice is one registration to refresh
      await t.conn.db.updateTable('registration').set({ police_unit: 'Limburg' }).where('source', '=', 'log').execute()
      const marks = async () => (await sql<{ n: number }>`select count(*)::int as n from picture_dirty`.execute(t.conn.db)).rows[0]?.n
      assert.ok((await marks() ?? 0) >= 4)
      const writer = await openDatabase({ databaseUrl: t.env.DATABASE_URL })
      try {
        let release = (): void => undefined
        const held = new Promise<void>((r) => { release = r })
        let entered = (): void => undefined
        const inside = new Promise<void>((r) => { entered = r })
        const writing = writer.db.transaction().execute(async (trx) => {
          await trx.updateTable('registration').set({ police_unit: 'Rotterdam' }).where('id', '=', registrationId('log', 'L-1')).execute()
          entered()
          await held
        })
        await inside
        const taken = await sql<{ n: string }>`select picture_refresh() as n`.execute(t.conn.db)
        assert.ok(Number(taken.rows[0]?.n) >= 2, 'the committed marks, each registration once')
        assert.equal(await marks(), 0, 'the uncommitted writer\'s mark is not visible yet')
        release()
        await writing
        assert.equal(await marks(), 1, 'and is there for the next refresh once it commits')
        const { rows } = await sql<{ unit: string }>`select police_unit as unit from picture_registration
          where registration_id = ${registrationId('log', 'L-1')}`.execute(t.conn.db)
        assert.equal(rows[0]?.unit, 'Limburg', 'summarised before the writer committed')
        await sql`select picture_refresh()`.execute(t.conn.db)
        const after = await sql<{ unit: string }>`select police_unit as unit from picture_registration
          where registration_id = ${registrationId('log', 'L-1')}`.execute(t.conn.db)
        assert.equal(after.rows[0]?.unit, 'Rotterdam')
        assert.equal(await marks(), 0)
      } finally {
        await writer.close()
      }
    })

    it('keeps the audit log append-only', async () => {
      await t.conn.db
        .insertInto('audit_log')
        .values({ at: new Date(), actor: 'test', action: 'login', target: null, details: '{}', prev_hash: '0', hash: '1' })
        .execute()
      await assert.rejects(t.conn.db.updateTable('audit_log').set({ actor: 'x' }).execute(), /append-only/)
      await assert.rejects(t.conn.db.deleteFrom('audit_log').execute(), /append-only/)
    })

    it('is reported as the engine it runs on', async () => {
      assert.equal(t.conn.kind, variant)
    })
  })
}
