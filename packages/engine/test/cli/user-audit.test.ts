import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import { openDatabase } from '../../src/adapters/db/connect.ts'
import { createTestDatabase } from '../support/test-db.ts'
import { runCli } from '../support/run-cli.ts'

describe('platformscope user and audit', () => {
  let dataDir: string
  before(async () => {
    const t = await createTestDatabase('pglite')
    await t.conn.close() // the child processes open it; PGlite allows one process at a time
    dataDir = t.dataDir ?? ''
  })
  after(() => rmSync(dataDir, { recursive: true, force: true }))

  it('creates an account from a password on stdin, without echoing it, and refuses a short one', async () => {
    const ok = await runCli(['user', 'add', '--role', 'admin', '--username', 'beheer', '--password-stdin', '--data-dir', dataDir], {
      input: 'een-geheim-wachtwoord\n',
    })
    assert.equal(ok.code, 0, ok.stderr)
    assert.match(ok.stdout, /beheer \(admin\)/)
    assert.doesNotMatch(ok.stdout + ok.stderr, /een-geheim-wachtwoord/)
    const short = await runCli(['user', 'add', '--role', 'viewer', '--username', 'kort', '--password-stdin', '--data-dir', dataDir], {
      input: 'kort\n',
    })
    assert.equal(short.code, 1)
    assert.match(short.stderr, /password/)
  })

  it('verifies the audit chain and exits 1 naming the first tampered entry', async () => {
    const intact = await runCli(['audit', 'verify', '--data-dir', dataDir])
    assert.equal(intact.code, 0, intact.stderr)
    assert.match(intact.stdout, /intact: 1 regels/)
    const conn = await openDatabase({ dataDir })
    await conn.pglite?.exec(`alter table audit_log disable trigger audit_log_no_update;
      update audit_log set details = '{"username":"iemand"}' where seq = 1;
      alter table audit_log enable trigger audit_log_no_update;`)
    await conn.close()
    const tampered = await runCli(['audit', 'verify', '--data-dir', dataDir])
    assert.equal(tampered.code, 1)
    assert.match(tampered.stderr, /gewijzigd vanaf regel 1/)
  })
})
