import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../main.ts'
import { generateCalibratedCorpus } from '../../domain/corpus/calibrated-corpus.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'generate-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const run = (...args: string[]): Promise<number> => main(['node', 'platformscope', 'generate', ...args])

describe('generate command', () => {
  it('writes the calibrated corpus as JSON Lines, the same as the generator gives for the seed', async () => {
    const file = path.join(dir, 'calibrated.jsonl')
    assert.equal(await run('--calibrated', '--seed', 's1', '--output', file), 0)
    const expected = generateCalibratedCorpus('s1')
      .map((r) => JSON.stringify(r) + '\n')
      .join('')
    assert.equal(readFileSync(file, 'utf8'), expected)
  })

  it('writes N benchmark registrations', async () => {
    const file = path.join(dir, 'bench.jsonl')
    assert.equal(await run('--registrations', '25', '--output', file), 0)
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n')
    assert.equal(lines.length, 25)
    for (const line of lines) assert.ok(typeof (JSON.parse(line) as { text: unknown }).text === 'string')
  })

  it('answers a usage error (exit 2) for both modes, neither, or a count that is not a positive integer', async () => {
    const file = path.join(dir, 'x.jsonl')
    assert.equal(await run('--calibrated', '--registrations', '5', '--output', file), 2)
    assert.equal(await run('--output', file), 2)
    assert.equal(await run('--registrations', '1e3', '--output', file), 2)
    assert.equal(await run('--registrations', '0', '--output', file), 2)
    assert.equal(await run('--calibrated'), 2)
  })
})
