import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateCalibratedCorpus } from './calibrated-corpus.ts'
import { loadCatalogue } from '../../adapters/files/load-catalogue.ts'
import { figuresFromTruth } from '../../../test/support/corpus-truth-figures.ts'
import { diffFigures, expectedReportFigures } from '../../../test/support/report-figures.ts'

const catalogue = loadCatalogue()
const corpus = generateCalibratedCorpus()

describe(generateCalibratedCorpus.name, () => {
  it('reproduces every figure of the source report cell by cell (errata applied in report-figures.ts)', () => {
    const diffs = diffFigures(expectedReportFigures(), figuresFromTruth(corpus, catalogue))
    assert.deepEqual(diffs, [], `differing cells:\n${diffs.join('\n')}`)
  })

  it('reproduces them for another seed too, with different text', () => {
    const other = generateCalibratedCorpus('another seed')
    const diffs = diffFigures(expectedReportFigures(), figuresFromTruth(other, catalogue))
    assert.deepEqual(diffs, [], `differing cells:\n${diffs.join('\n')}`)
    assert.notEqual(other[0]?.text, corpus[0]?.text)
  })

  it('is the same corpus for the same seed', () => {
    assert.equal(JSON.stringify(generateCalibratedCorpus()), JSON.stringify(corpus))
  })

  it('gives spans that slice to their surface, in order and without overlap', () => {
    for (const r of corpus) {
      let end = 0
      for (const m of r.truth.mentions) {
        assert.equal(r.text.slice(m.start, m.end), m.surface, `${r.id} ${m.start}-${m.end}`)
        assert.ok(m.start >= end, `${r.id}: overlapping mentions at ${m.start}`)
        end = m.end
      }
    }
  })

  it('names catalogue platforms by their canonical name and never counts platforms outside it', () => {
    for (const r of corpus) {
      for (const m of r.truth.mentions) {
        if (m.kind !== 'named') {
          assert.equal(m.platform, null)
          continue
        }
        const known = catalogue.platformByName(m.platform ?? '')
        assert.equal(m.in_catalogue, known !== undefined, `${r.id}: ${m.platform}`)
        if (known) assert.equal(known.name, m.platform)
        if (m.negated) assert.deepEqual(m.roles, [])
      }
    }
    const outside = corpus
      .flatMap((r) => r.truth.mentions)
      .filter((m) => m.kind === 'named' && !m.in_catalogue)
    assert.ok(outside.length >= 10, `only ${outside.length} mentions outside the catalogue`)
  })

  it('gives every counted platform a role and denies only platforms the registration does not count', () => {
    for (const r of corpus) {
      const counted = r.truth.mentions.filter((m) => m.kind === 'named' && m.in_catalogue && !m.negated)
      for (const name of new Set(counted.map((m) => m.platform))) {
        assert.ok(
          counted.some((m) => m.platform === name && m.roles.length > 0),
          `${r.id}: ${name} is named without any role`,
        )
      }
      for (const m of r.truth.mentions.filter((x) => x.negated)) {
        assert.ok(
          !counted.some((c) => c.platform === m.platform),
          `${r.id}: ${m.platform} both denied and counted`,
        )
      }
    }
  })

  it('exercises extraction: misspellings, verbs, compounds, URLs, repeats, denials and role-less mentions', () => {
    const mentions = corpus.flatMap((r) => r.truth.mentions)
    const surfaces = new Set(mentions.map((m) => m.surface))
    for (const s of [
      'Whatsap',
      'Snapcaht',
      'Instagramm',
      'sexjob.nl',
      'geappt',
      'appte',
      'appen',
      'groepsapp',
    ]) {
      assert.ok(surfaces.has(s), `no mention written as ${s}`)
    }
    const named = mentions.filter((m) => m.kind === 'named' && m.platform !== null)
    assert.ok(
      named.filter((m) => m.surface !== m.platform).length > named.length / 5,
      'too few variant spellings',
    )
    assert.ok(
      corpus.some((r) =>
        /\b(Snapchat|WhatsApp|Instagram)-?(account|groep|gesprekken|berichten)/i.test(r.text),
      ),
    )
    assert.ok(
      named.some((m) => /\.(nl|com|me)\//.test(m.surface)),
      'no URL mentions',
    )
    assert.ok(mentions.filter((m) => m.negated).length >= 30)
    assert.ok(named.filter((m) => !m.negated && m.roles.length === 0).length >= 30)
    const repeated = corpus.filter((r) => {
      const names = r.truth.mentions.filter((m) => m.kind === 'named' && !m.negated).map((m) => m.platform)
      return new Set(names).size < names.length
    })
    assert.ok(repeated.length >= 40, `only ${repeated.length} registrations name a platform twice`)
  })

  it('keeps persons consistent: ages in the text, birth years that fit, vulnerabilities from the catalogue', () => {
    const vulnerabilityIds = new Set(catalogue.data.vulnerability_factors.map((v) => v.id))
    for (const r of corpus) {
      const year = Number(r.date.slice(0, 4))
      for (const p of r.persons) {
        assert.match(
          r.text,
          new RegExp(`\\(${p.age}\\)|\\b${p.age}-jarig|\\b${p.age} jaar`),
          `${r.id}: age ${p.age} not in the text`,
        )
        assert.ok(
          year - p.birth_year - p.age === 0 || year - p.birth_year - p.age === 1,
          `${r.id}: birth year`,
        )
        assert.match(p.pseudonym, /^P-\d{5}$/)
      }
      const primary = r.persons[0]
      if (primary?.roles.includes('aangever'))
        assert.match(r.text, primary.gender === 'F' ? /aangeefster/i : /aangever/i)
      if (primary?.gender === 'M')
        assert.doesNotMatch(r.text, /\b[Zz]ij\b/, `${r.id}: a boy referred to as "zij"`)
      for (const v of r.truth.vulnerabilities)
        assert.ok(vulnerabilityIds.has(v), `${r.id}: vulnerability ${v}`)
    }
  })

  it('writes no digit sequence that could be a real phone number', () => {
    for (const r of corpus) {
      const stripped = r.text.replace(/\b\d{2}-\d{2}-\d{4}\b/g, '').replace(/\b06-00000\d{3}\b/g, '')
      assert.doesNotMatch(stripped, /\d(?:[\s.-]?\d){7,}/, r.id)
      assert.doesNotMatch(stripped, /\+\d/, r.id)
    }
  })
})
