import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AppError } from '../errors.ts'
import { NegationSchema, RoleCuesSchema } from './lexicon-schemas.ts'
import { parseLexiconFile } from './parse-lexicons.ts'

const fails = (fn: () => unknown): AppError => {
  try {
    fn()
  } catch (e) {
    assert.ok(e instanceof AppError)
    return e
  }
  assert.fail('expected an error')
}

describe(parseLexiconFile.name, () => {
  it('names the file and the JSON path of the first problem', () => {
    const text = JSON.stringify({ note: 'rollen', entries: [{ role: 'recruiting', pattern: 'benaderd', note: 'benaderen' }, { role: 'pimping', pattern: 'x', note: 'fout' }], references: [], category_overrides: [] })
    const e = fails(() => parseLexiconFile(RoleCuesSchema, text, 'role-cues.json'))
    assert.equal(e.code, 'lexicon_invalid')
    assert.equal(e.details.file, 'role-cues.json')
    assert.equal(e.details.path, '$.entries[1].role')
  })

  it('requires a note on every entry', () => {
    const text = JSON.stringify({ note: 'ontkenning', entries: [{ pattern: 'geen', kind: 'negation' }] })
    assert.equal(fails(() => parseLexiconFile(NegationSchema, text, 'negation.json')).details.path, '$.entries[0].note')
  })

  it('reports unreadable JSON at the root', () => {
    const e = fails(() => parseLexiconFile(NegationSchema, '{"note": ', 'negation.json'))
    assert.deepEqual([e.code, e.details.path], ['lexicon_invalid', '$'])
  })
})
