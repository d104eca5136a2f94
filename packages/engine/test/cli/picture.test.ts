import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { insertPictureFixture } from '../support/picture-fixture.ts'
import { runCli } from '../support/run-cli.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadPictureRows } from '../../src/adapters/db/picture.repository.ts'
import { buildPicture } from '../../src/domain/picture/build-picture.ts'
import { defaultSelection } from '../../src/domain/picture/selection.ts'
import type { Picture } from '../../src/domain/picture/picture.ts'

describe('platformscope picture', () => {
  const catalogue = loadCatalogue()
  let t: TestDatabase
  let dataDir: string
  let out: string
  let expected: Picture
  before(async () => {
    t = await createTestDatabase('pglite')
    await insertPictureFixture(t.conn.db, catalogue, 'cli-picture', 150)
    expected = buildPicture(
      await loadPictureRows(t.conn.db),
      catalogue,
      defaultSelection({ units: ['Den Haag'], status: 'confirmed' }),
    )
    await t.conn.close() // the CLI opens the same folder
    dataDir = t.dataDir ?? ''
    out = mkdtempSync(path.join(tmpdir(), 'picture-out-'))
  })
  after(async () => {
    await t.cleanup().catch(() => undefined)
    rmSync(out, { recursive: true, force: true })
  })

  it('writes picture.json for the selection asked, units given by alias, and the report beside it', async () => {
    const dir = path.join(out, 'a')
    const r = await runCli([
      'picture',
      '--data-dir',
      dataDir,
      '--from',
      '2017-01-01',
      '--to',
      '2021-01-01',
      '--unit',
      'eenheid den haag',
      '--status',
      'confirmed',
      '--no-pdf',
      '--out',
      dir,
    ])
    assert.equal(r.code, 0, r.stderr)
    const picture = JSON.parse(readFileSync(path.join(dir, 'picture.json'), 'utf8')) as Picture
    assert.deepEqual(picture.selection.units, ['Den Haag'])
    assert.deepEqual(picture.headline, expected.headline)
    assert.deepEqual(picture.table2_mentions_per_police_unit, expected.table2_mentions_per_police_unit)
    assert.ok(existsSync(path.join(dir, 'picture.html')) && existsSync(path.join(dir, 'picture.xlsx')))
    assert.match(r.stdout, /picture\.html/)
  })

  it('still writes the report and says how to install Chromium when it is missing', async () => {
    const dir = path.join(out, 'b')
    const r = await runCli(['picture', '--data-dir', dataDir, '--out', dir], {
      env: { CHROMIUM_PATH: '/nonexistent/chromium' },
    })
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /apt-get install -y chromium/)
    assert.ok(existsSync(path.join(dir, 'picture.html')))
    assert.equal(existsSync(path.join(dir, 'picture.pdf')), false)
  })

  it('refuses an unknown unit or a malformed date with exit code 2, naming the option', async () => {
    const unit = await runCli(['picture', '--data-dir', dataDir, '--unit', 'Atlantis', '--out', out])
    assert.equal(unit.code, 2)
    assert.match(unit.stderr, /--unit "Atlantis"/)
    const date = await runCli(['picture', '--data-dir', dataDir, '--from', '2017-13-45', '--out', out])
    assert.equal(date.code, 2)
    assert.match(date.stderr, /--from/)
  })
})
