import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ExtractOutputSchema } from '@platformscope/contract'
import { runCli } from '../support/run-cli.ts'

const line = (id: string, text: string): string => JSON.stringify({ id, text, date: '2019-05-14' })

describe('platformscope extract', () => {
  it('turns JSON Lines into contract output whose offsets slice back to the surface', async () => {
    const texts = ['Aangeefster (16) werd via Snapchat benaderd door verdachte.', 'Er was geen contact via Facebook.']
    const r = await runCli(['extract'], { input: texts.map((t, i) => line(`R${i}`, t)).join('\n') + '\n' })
    assert.equal(r.code, 0, r.stderr)
    const out = r.stdout.trim().split('\n').map((l) => ExtractOutputSchema.parse(JSON.parse(l)))
    assert.deepEqual(out.map((o) => o.id), ['R0', 'R1'])
    assert.deepEqual(out[0]?.mentions.map((m) => [m.platform, m.roles]), [['Snapchat', ['recruiting']]])
    assert.equal(out[1]?.mentions[0]?.negated, true)
    out.forEach((o, i) => o.mentions.forEach((m) => assert.equal(texts[i]?.slice(m.start, m.end), m.surface)))
  })

  it('stops with exit code 1 and names the line of bad JSON', async () => {
    const r = await runCli(['extract'], { input: `${line('A', 'via Kik')}\n{"id": "B", "text": \n` })
    assert.equal(r.code, 1)
    assert.match(r.stderr, /regel 2/)
    assert.doesNotMatch(r.stderr, /via Kik/)
  })

  it('explains each finding with its rule and evidence', async () => {
    const r = await runCli(['extract', '--explain'], { input: line('E', 'Verdachte plaatste een advertentie op sexjobs.nl.') })
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /"sexjobs\.nl" \[\d+–\d+\] → Sexjobs\.nl/)
    // the learned role scorer decides roles and names its strongest span-bearing feature
    assert.match(r.stdout, /rol advertising ← role-model:[\w-]+ "plaatste een advertentie" \[\d+–\d+\], kenmerk \S+/)
  })

  it('--workers 2 writes what one thread writes', async () => {
    const texts = ['Aangeefster (16) werd via Snapchat benaderd.', 'Er was geen contact via Facebook.', 'Hij appte haar.', '']
    const input = texts.map((t, i) => line(`W${i}`, t)).join('\n') + '\n'
    const one = await runCli(['extract'], { input })
    const two = await runCli(['extract', '--workers', '2'], { input })
    assert.equal(two.code, 0, two.stderr)
    assert.equal(two.stdout, one.stdout)
    assert.equal(two.stdout.trim().split('\n').length, 4)
  })

  it('refuses a --workers that is not a whole number from 1', async () => {
    const r = await runCli(['extract', '--workers', '0'], { input: '' })
    assert.equal(r.code, 2)
    assert.match(r.stderr, /--workers/)
  })
})
