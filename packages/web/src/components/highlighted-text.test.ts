import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Finding } from '@platformscope/contract'
import { segments } from './highlighted-text.tsx'

function finding(id: string, start: number, end: number): Finding {
  return {
    id, registration_id: '00000000-0000-5000-8000-000000000001', start, end, surface: null, platform: 'Snapchat',
    platform_id: 'snapchat', in_catalogue: true, category: 'instant_messaging', kind: 'named', negated: false, roles: [],
    confidence: 1, status: 'suggested', origin: 'extracted', evidence: [], extractor_version: null, catalogue_version: null,
    reviewer: null, reviewed_at: null,
  }
}

describe(segments.name, () => {
  const text = 'Zij werd via Snapchat benaderd en later via WhatsApp.'

  it('cuts the narrative into plain text and finding spans that join back to the whole text', () => {
    const snap = text.indexOf('Snapchat')
    const whats = text.indexOf('WhatsApp')
    const parts = segments(text, [finding('b', whats, whats + 8), finding('a', snap, snap + 8)])
    assert.equal(parts.map((p) => p.text).join(''), text)
    assert.deepEqual(parts.filter((p) => p.finding).map((p) => p.text), ['Snapchat', 'WhatsApp'])
  })

  it('skips a span that overlaps an earlier one instead of duplicating text', () => {
    const snap = text.indexOf('Snapchat')
    const parts = segments(text, [finding('a', snap, snap + 8), finding('b', snap + 3, snap + 12)])
    assert.equal(parts.map((p) => p.text).join(''), text)
    assert.equal(parts.filter((p) => p.finding).length, 1)
  })
})
