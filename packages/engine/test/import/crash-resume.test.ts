import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { DB_VARIANTS, createTestDatabase } from '../support/test-db.ts'
import { openDatabase, type DatabaseConnection } from '../../src/adapters/db/connect.ts'

const BIN = path.join(import.meta.dirname, '../../bin/platformscope.js')
const N = 3_000
const BAD_LINE = 401 // after four batches of 100: its reject is the signal that batches have been committed

function runImport(file: string, env: Record<string, string>, dataDir: string | undefined, killWhen?: () => boolean) {
  const args = [BIN, 'import', file, '--no-extract', '--on-error', 'skip', '--batch-size', '100', '--source', 'crash']
  if (dataDir) args.push('--data-dir', dataDir)
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    const timer = killWhen
      ? setInterval(() => {
          if (killWhen()) {
            clearInterval(timer)
            child.kill('SIGKILL')
          }
        }, 10)
      : undefined
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer)
      resolve({ code, signal, stderr })
    })
  })
}

async function counts(conn: DatabaseConnection) {
  const { rows } = await sql<{ n: string; d: string; b: string; running: string }>`
    select (select count(*) from registration where source = 'crash') as n,
           (select count(distinct source_ref) from registration where source = 'crash') as d,
           (select count(*) from import_batch where source = 'crash') as b,
           (select count(*) from import_batch where source = 'crash' and status = 'running') as running`.execute(conn.db)
  const r = rows[0]
  return { n: Number(r?.n), distinct: Number(r?.d), batches: Number(r?.b), running: Number(r?.running) }
}

for (const variant of DB_VARIANTS) {
  describe(`import killed with SIGKILL on ${variant}`, () => {
    it('loses nothing and duplicates nothing when run again', { timeout: 600_000 }, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ps-crash-'))
      const file = path.join(dir, 'registrations.jsonl')
      const lines: string[] = []
      for (let i = 1; i <= N; i++) {
        const rec =
          i === BAD_LINE
            ? { id: `C-${i}`, text: 'Ongeldige datum.', date: '31-02-2019' }
            : { id: `C-${i}`, text: `Registratie ${i}: zij werd via een website benaderd.`, date: '2019-03-01', unit: 'Rotterdam' }
        lines.push(JSON.stringify(rec))
      }
      writeFileSync(file, lines.join('\n') + '\n')
      const rejects = `${file}.rejects.jsonl`

      const t = await createTestDatabase(variant)
      if (variant === 'pglite') await t.conn.close() // one process at a time on an embedded database
      const reopen = async (): Promise<DatabaseConnection> => {
        if (variant !== 'pglite') return t.conn
        try {
          return await openDatabase({ dataDir: t.dataDir })
        } catch (e) {
          // say why the embedded database did not come back after the kill
          throw new Error(`reopening after SIGKILL failed: ${String((e as Error).cause ?? e)}`, { cause: e })
        }
      }
      try {
        const killed = await runImport(file, t.env, t.dataDir, () => existsSync(rejects))
        assert.equal(killed.signal, 'SIGKILL', killed.stderr)

        const rerun = await runImport(file, t.env, t.dataDir)
        assert.equal(rerun.code, 0, rerun.stderr)
        const conn = await reopen()
        const end = await counts(conn)
        assert.deepEqual([end.n, end.distinct, end.batches, end.running], [N - 1, N - 1, 2, 1])
        // what the killed run committed, the re-run found unchanged: the kill really came mid-import
        const last = await conn.db.selectFrom('import_batch').selectAll().where('source', '=', 'crash').where('status', '=', 'completed').executeTakeFirstOrThrow()
        const killedRun = await conn.db.selectFrom('import_batch').selectAll().where('source', '=', 'crash').where('status', '=', 'running').executeTakeFirstOrThrow()
        assert.ok(last.unchanged >= BAD_LINE - 1 - 100 && last.unchanged < N - 1, `killed mid-import, ${last.unchanged} committed before the kill`)
        assert.equal(killedRun.inserted, last.unchanged, 'the killed batch row counts exactly what it committed')
        assert.equal(last.inserted + last.unchanged, N - 1)
        assert.equal(last.rejected, 1)
        if (variant === 'pglite') await conn.close()
      } finally {
        if (variant === 'pglite') rmSync(t.dataDir ?? dir, { recursive: true, force: true })
        else await t.cleanup()
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })
}
