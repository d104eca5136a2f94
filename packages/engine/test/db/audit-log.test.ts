import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { recordAudit, verifyAuditLog } from '../../src/app/audit.ts'

for (const variant of DB_VARIANTS) {
  describe(`the audit log's group commit on ${variant}`, () => {
    let t: TestDatabase
    before(async () => {
      t = await createTestDatabase(variant)
    })
    after(async () => t.cleanup())

    it('chains a burst of concurrent appends in one unbroken, gapless order', async () => {
      const before = await verifyAuditLog(t.conn)
      const at = new Date('2026-12-05T08:00:00Z')
      const appended = await Promise.all(
        Array.from({ length: 1_200 }, (_, i) =>
          recordAudit(t.conn, { actor: `analist-${i % 7}`, action: 'registration_read', target: `registration:${i}` }, at),
        ),
      )
      const seqs = appended.map((e) => e.seq)
      assert.equal(new Set(seqs).size, seqs.length, 'every entry its own seq')
      // each caller gets its own entry back, linked to the entry before it in seq order
      const bySeq = [...appended].sort((a, b) => a.seq - b.seq)
      for (let i = 1; i < bySeq.length; i++) assert.equal(bySeq[i]?.prevHash, bySeq[i - 1]?.hash)
      appended.forEach((e, i) => assert.equal(e.target, `registration:${i}`))
      const after = await verifyAuditLog(t.conn)
      assert.deepEqual(
        { ok: after.ok, entries: after.entries },
        { ok: true, entries: before.entries + 1_200 },
      )
    })

    it('fails every caller of a group that could not be written, and the next group still chains on', async () => {
      const at = new Date('2026-12-05T08:01:00Z')
      // a detail jsonb cannot hold: \u0000 is refused by PostgreSQL's jsonb, so the whole group's transaction fails
      const results = await Promise.allSettled([
        recordAudit(t.conn, { actor: 'analist', action: 'registration_read', target: 'a', details: { bad: '\u0000' } }, at),
        recordAudit(t.conn, { actor: 'analist', action: 'registration_read', target: 'b' }, at),
      ])
      assert.equal(results[0]?.status, 'rejected')
      const { rows } = await sql<{ n: string }>`select count(*) as n from audit_log where target in ('a', 'b')`.execute(t.conn.db)
      const stored = Number(rows[0]?.n)
      // the second entry either shared the failed group (and failed with it) or was written on its own: never half
      assert.equal(stored, results[1]?.status === 'fulfilled' ? 1 : 0)
      await recordAudit(t.conn, { actor: 'analist', action: 'registration_read', target: 'c' }, at)
      assert.equal((await verifyAuditLog(t.conn)).ok, true)
    })
  })
}
