import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ExtractOutput } from '@platformscope/contract'
import { alignMentions, emptyScores, prf, scoreRecord, type GoldRecord, type RoleCounts } from './score.ts'

type Pm = ExtractOutput['mentions'][number]
const m = (start: number, end: number, over: Partial<Pm> = {}): Pm => ({
  start,
  end,
  surface: 'x'.repeat(end - start),
  platform: 'Snapchat',
  in_catalogue: true,
  kind: 'named',
  negated: false,
  roles: [],
  confidence: 1,
  ...over,
})

describe(scoreRecord.name, () => {
  it('matches by span overlap and counts a wrong platform as both a miss and an extra', () => {
    const gold: GoldRecord = {
      id: 'r',
      mentions: [m(0, 8, { roles: ['recruiting'] }), m(20, 28, { platform: 'WhatsApp' }), m(40, 47, { kind: 'generic', platform: null, in_catalogue: false, negated: true })],
      persons: [{ age: 16 }, { age: null }],
    }
    const pred: ExtractOutput = {
      id: 'r',
      mentions: [m(0, 14, { roles: ['recruiting', 'relationship'] }), m(20, 28, { platform: 'Instagram' }), m(60, 65)],
      persons: [{ age: 16, gender: 'F', roles: [] }],
      vulnerabilities: [],
    }
    const s = emptyScores()
    scoreRecord(s, gold, pred)
    assert.deepEqual(s.named, { tp: 1, fp: 2, fn: 1 })
    assert.deepEqual(s.generic, { tp: 0, fp: 0, fn: 1 })
    assert.deepEqual(s.negation, { tp: 0, fp: 0, fn: 1 })
    assert.deepEqual(s.roles, { tp: 1, fp: 1, fn: 0 })
    assert.deepEqual(s.platform_sets, { tp: 1, fp: 1, fn: 1 })
    assert.deepEqual(s.person_ages, { tp: 1, fp: 0, fn: 0 })
  })

  it('splits the roles field per role, unaligned predicted roles counting as extras', () => {
    const gold: GoldRecord = { id: 'r', mentions: [m(0, 8, { roles: ['recruiting', 'image_distribution'] }), m(20, 28, { roles: ['advertising'] })] }
    const pred: ExtractOutput = {
      id: 'r',
      mentions: [m(0, 8, { roles: ['recruiting', 'relationship'] }), m(40, 48, { roles: ['advertising'] })],
      persons: [],
      vulnerabilities: [],
    }
    const s = emptyScores()
    const byRole: RoleCounts = {}
    scoreRecord(s, gold, pred, byRole)
    assert.deepEqual(byRole, {
      recruiting: { tp: 1, fp: 0, fn: 0 },
      image_distribution: { tp: 0, fp: 0, fn: 1 },
      relationship: { tp: 0, fp: 1, fn: 0 },
      advertising: { tp: 0, fp: 1, fn: 1 },
    })
    // the per-role counts add up to the roles field
    const sum = Object.values(byRole).reduce((t, c) => ({ tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })
    assert.deepEqual(sum, s.roles)
  })

  it('pairs each mention at most once, largest overlap first', () => {
    assert.deepEqual(alignMentions([m(0, 10), m(10, 20)], [m(5, 15), m(12, 20)]), [
      [1, 1],
      [0, 0],
    ])
  })

  it('computes precision, recall and F1, with empty sides counting as perfect', () => {
    assert.deepEqual(prf({ tp: 3, fp: 1, fn: 0 }), { p: 0.75, r: 1, f1: 6 / 7 })
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { p: 1, r: 1, f1: 1 })
  })
})
