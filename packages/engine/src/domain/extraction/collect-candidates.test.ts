import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { collectPlatformCandidates } from './collect-candidates.ts'
import { testExtractor } from '../../../test/support/extractor.ts'

describe(collectPlatformCandidates.name, () => {
  it('counts registrations per year for platforms outside the catalogue, not negated ones', () => {
    const x = testExtractor()
    const records = [
      { date: '2019-03-01', text: 'Zij werd via TikTok benaderd. Later weer via TikTok.' },
      { date: '2020-07-01', text: 'Contact liep via Tiktok en Snapchat.' },
      { date: '2020-08-01', text: 'Zij zat op Discord.' },
      { date: '2020-09-01', text: 'Zij ontkent Discord te gebruiken.' },
    ].map((r, i) => ({ date: r.date, findings: x.extract({ id: String(i), text: r.text }) }))
    assert.deepEqual(collectPlatformCandidates(records), [
      { name: 'TikTok', registrations: 2, perPeriod: { '2019': 1, '2020': 1 } },
      { name: 'Discord', registrations: 1, perPeriod: { '2020': 1 } },
    ])
  })
})
