import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { PREPARED } from '../../src/adapters/db/prepared-statements.ts'

for (const variant of DB_VARIANTS) {
  describe(`statements marked PREPARED on ${variant}`, () => {
    let t: TestDatabase
    before(async () => {
      t = await createTestDatabase(variant)
    })
    after(async () => t.cleanup())

    it('give the same answers, and on a server are prepared once per connection and reused', async () => {
      await t.conn.db.connection().execute(async (c) => {
        const answers = []
        for (const n of [1, 2, 2]) {
          const { rows } = await sql<{ n: number }>`${PREPARED}select ${n}::int + 1 as n`.execute(c)
          answers.push(rows[0]?.n)
        }
        assert.deepEqual(answers, [2, 3, 3])
        const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(c)
        const prepared = rows.filter((r) => r.statement.startsWith('/* prepared */'))
        // PGlite runs them unprepared (its socket adapter is one connection shared by everything)
        assert.equal(prepared.length, variant === 'postgres' ? 1 : 0)
      })
    })
  })
}
