import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const BIN = path.join(import.meta.dirname, '../../bin/platformscope.js')
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/exports', name)
const dir = mkdtempSync(path.join(tmpdir(), 'ps-import-cli-'))
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, timeout: 180_000 })

describe('platformscope import', () => {
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('exits 2 on a usage error', () => {
    const r = cli('import', fixture('semicolon-delimited.csv'), '--on-error', 'maybe', '--data-dir', path.join(dir, 'db'))
    assert.equal(r.status, 2, r.stderr)
  })

  it('exits 1 on bad input with a message naming file, line and field, and imports nothing from that file', () => {
    const r = cli('import', fixture('missing-column.csv'), '--no-extract', '--data-dir', path.join(dir, 'db'))
    assert.equal(r.status, 1, r.stderr)
    assert.match(r.stderr, /Kolom 'narrative' ontbreekt \(bestand .*missing-column\.csv, regel 1, veld 'narrative'\)/)
    assert.match(r.stderr, /omschrijving \/ tekst \/ relaas/)
  })
})
