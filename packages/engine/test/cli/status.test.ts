import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { StatusSchema } from '@platformscope/contract'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { runCli } from '../support/run-cli.ts'
import { DEFAULT_CATALOGUE_PATH } from '../../src/adapters/files/load-catalogue.ts'

describe('platformscope CLI basics', () => {
  let scratch: string
  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'platformscope-cli-'))
  })
  after(() => rmSync(scratch, { recursive: true, force: true }))

  it('prints help for the program and for every command', async () => {
    const top = await runCli(['--help'])
    assert.equal(top.code, 0)
    const commandSection = top.stdout.split('Commands:')[1] ?? ''
    const commands = [...commandSection.matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1]).filter((c) => c !== 'help')
    assert.ok(commands.includes('status'))
    for (const command of commands) {
      const r = await runCli([String(command), '--help'])
      assert.equal(r.code, 0, `${command} --help`)
      assert.match(r.stdout, new RegExp(`Usage: platformscope ${command}`))
    }
  })

  it('exits 2 on an unknown command or option', async () => {
    assert.equal((await runCli(['frobnicate'])).code, 2)
    assert.equal((await runCli(['status', '--no-such-option'])).code, 2)
  })

  it('rejects a broken catalogue with exit 1 and names the JSON path', async () => {
    const raw = JSON.parse(readFileSync(DEFAULT_CATALOGUE_PATH, 'utf8')) as { platforms: Array<Record<string, unknown>> }
    raw.platforms[3]!.category = 'chatbox'
    const broken = path.join(scratch, 'broken-catalogue.json')
    writeFileSync(broken, JSON.stringify(raw))
    const r = await runCli(['status', '--catalogue', broken, '--data-dir', path.join(scratch, 'db')])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /broken-catalogue\.json/)
    assert.match(r.stderr, /\$\.platforms\[3\]\.category/)
  })

  for (const variant of DB_VARIANTS) {
    describe(`status --json on ${variant}`, () => {
      let t: TestDatabase
      before(async () => {
        t = await createTestDatabase(variant)
        await t.conn.close() // the child process opens it; PGlite allows one process at a time
      })
      after(async () => {
        if (t.dataDir) rmSync(t.dataDir, { recursive: true, force: true })
        else await t.cleanup().catch(() => undefined)
      })

      it('reports counts, catalogue version and the database kind', async () => {
        const args = ['status', '--json', ...(t.dataDir ? ['--data-dir', t.dataDir] : [])]
        const r = await runCli(args, { env: t.env })
        assert.equal(r.code, 0, r.stderr)
        const status = StatusSchema.parse(JSON.parse(r.stdout))
        assert.equal(status.database.kind, variant)
        assert.equal(status.registrations, 0)
        assert.match(status.catalogue_version, /^[0-9a-f]{12}$/)
      })
    })
  }

  it('prefers DATABASE_URL over --data-dir', async (t) => {
    if (!process.env.TEST_DATABASE_URL) {
      t.skip('no PostgreSQL server in this run (TEST_DATABASE_URL unset)')
      return
    }
    const dataDir = path.join(scratch, 'unused-embedded')
    const r = await runCli(['status', '--json', '--data-dir', dataDir], { env: { DATABASE_URL: process.env.TEST_DATABASE_URL } })
    assert.equal(r.code, 0, r.stderr)
    assert.equal(JSON.parse(r.stdout).database.kind, 'postgres')
  })
})
