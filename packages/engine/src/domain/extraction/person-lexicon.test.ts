import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parsePersonLexicon } from './person-lexicon.ts'
import { parseVulnerabilityLexicon } from './vulnerability-lexicon.ts'
import { AppError } from '../errors.ts'

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../../../data/lexicons/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>

function rejection(parse: () => unknown): AppError {
  try {
    parse()
  } catch (error) {
    assert.ok(error instanceof AppError)
    return error
  }
  assert.fail('the broken lexicon was accepted')
}

describe(parsePersonLexicon.name, () => {
  it('indexes every noun form of persons.json with its role, gender and referent', () => {
    const lex = parsePersonLexicon(read('persons.json'), 'persons.json')
    assert.deepEqual(lex.nouns.get('aangeefster'), { form: 'aangeefster', role: 'aangever', gender: 'F', referent: 'victim', relative: false, notBefore: new Set() })
    assert.equal(lex.nouns.get('verdachte')?.notBefore.has('situatie'), true)
    assert.equal(lex.nouns.get('moeder')?.referent, 'own-moeder')
  })

  it('names the file and JSON path of an entry without a note', () => {
    const raw = read('persons.json')
    const nouns = raw.nouns as Array<Record<string, unknown>>
    delete nouns[2]?.note
    const e = rejection(() => parsePersonLexicon(raw, 'persons.json'))
    assert.equal(e.code, 'lexicon_invalid')
    assert.deepEqual({ file: e.details.file, path: e.details.path }, { file: 'persons.json', path: '$.nouns[2].note' })
  })

  it('rejects an unknown person role and a form with capitals', () => {
    const raw = read('persons.json')
    ;(raw.nouns as Array<Record<string, unknown>>)[0]!.role = 'dader'
    assert.equal(rejection(() => parsePersonLexicon(raw, 'p.json')).details.path, '$.nouns[0].role')
    const raw2 = read('persons.json')
    ;(raw2.nouns as Array<Record<string, unknown>>)[1]!.forms = ['Aangever']
    assert.equal(rejection(() => parsePersonLexicon(raw2, 'p.json')).details.path, '$.nouns[1].forms[0]')
  })
})

describe(parseVulnerabilityLexicon.name, () => {
  it('rejects a factor the catalogue does not know, with its path', () => {
    const raw = read('vulnerabilities.json')
    const entries = raw.entries as Array<Record<string, unknown>>
    const known = entries.map((x) => String(x.factor))
    entries[3]!.factor = 'weglopen'
    const e = rejection(() => parseVulnerabilityLexicon(raw, 'vulnerabilities.json', known))
    assert.equal(e.code, 'lexicon_invalid')
    assert.equal(e.details.path, '$.entries[3].factor')
  })

  it('rejects malformed cue patterns: a short prefix, a leading gap, accents', () => {
    for (const cue of ['dr*', '_ drugs', 'drugsgebruik é']) {
      const raw = read('vulnerabilities.json')
      ;(raw.entries as Array<Record<string, unknown>>)[0]!.cues = [cue]
      assert.equal(rejection(() => parseVulnerabilityLexicon(raw, 'v.json')).details.path, '$.entries[0].cues[0]', cue)
    }
  })

  it('rejects a non-object', () => {
    assert.equal(rejection(() => parseVulnerabilityLexicon([], 'v.json')).details.path, '$')
  })
})
