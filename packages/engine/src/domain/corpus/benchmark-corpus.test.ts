import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { benchmarkRecords } from './benchmark-corpus.ts'
import { loadCatalogue } from '../../adapters/files/load-catalogue.ts'
import type { CorpusRecord } from './corpus-record.ts'

const catalogue = loadCatalogue()
const units = catalogue.data.police_units.map((u) => ({ name: u.name, aliases: u.aliases }))
const categoryOf = (name: string) => catalogue.platformByName(name)?.category
const sample = (n: number, seed = 'test'): CorpusRecord[] => [...benchmarkRecords(n, seed, units, categoryOf)]
const records = sample(3000)

describe(benchmarkRecords.name, () => {
  it('is lazy: the first records of a billion come at once', () => {
    const it = benchmarkRecords(1_000_000_000, 'lazy', units, categoryOf)
    const first = it.next()
    assert.equal(first.done, false)
  })

  it('is the same for the same seed and different for another', () => {
    assert.equal(JSON.stringify(sample(200)), JSON.stringify(records.slice(0, 200)))
    assert.notEqual(JSON.stringify(sample(50, 'other')), JSON.stringify(records.slice(0, 50)))
  })

  it('gives unique ids and spans that slice to their surface', () => {
    assert.equal(new Set(records.map((r) => r.id)).size, records.length)
    for (const r of records) {
      for (const m of r.truth.mentions) assert.equal(r.text.slice(m.start, m.end), m.surface, r.id)
    }
  })

  it('covers 2015–2024, every police unit, other classes than F561 and adults, so selection matters', () => {
    const years = new Set(records.map((r) => r.date.slice(0, 4)))
    assert.deepEqual([...years].sort(), [
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ])
    const seen = new Set(records.map((r) => (r.unit === null ? null : catalogue.unitByName(r.unit)?.name)))
    for (const u of catalogue.data.police_units) assert.ok(seen.has(u.name), `unit ${u.name} never used`)
    assert.ok(seen.has(null))
    assert.ok(records.some((r) => r.societal_class !== 'F561'))
    assert.ok(records.some((r) => (r.persons[0]?.age ?? 0) >= 18))
    assert.ok(records.some((r) => r.persons[0]?.resident_nl === false))
  })

  it('lets the platform mix drift: TikTok only from 2018, no Speurders.nl after its closure, Facebook fading', () => {
    const named = (r: CorpusRecord, p: string): boolean =>
      r.truth.mentions.some((m) => m.platform === p && m.kind === 'named' && !m.negated)
    assert.ok(!records.some((r) => r.date < '2018-01-01' && named(r, 'TikTok')))
    assert.ok(records.some((r) => named(r, 'TikTok')))
    assert.ok(!records.some((r) => r.date >= '2020-11-01' && named(r, 'Speurders.nl')))
    const share = (from: string, to: string): number => {
      const inPeriod = records.filter((r) => r.date >= from && r.date < to)
      return inPeriod.filter((r) => named(r, 'Facebook')).length / inPeriod.length
    }
    assert.ok(share('2015-01-01', '2017-01-01') > 2 * share('2023-01-01', '2025-01-01'))
  })

  it('has a long-tailed narrative length', () => {
    const lengths = records.map((r) => r.text.length).sort((a, b) => a - b)
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0
    const max = lengths[lengths.length - 1] ?? 0
    assert.ok(median > 400 && median < 1200, `median ${median}`)
    assert.ok(max > 4 * median, `max ${max}`)
  })

  it('writes no digit sequence that could be a real phone number', () => {
    for (const r of records) {
      const stripped = r.text.replace(/\b\d{2}-\d{2}-\d{4}\b/g, '').replace(/\b06-00000\d{3}\b/g, '')
      assert.doesNotMatch(stripped, /\d(?:[\s.-]?\d){7,}/, r.id)
    }
  })
})
