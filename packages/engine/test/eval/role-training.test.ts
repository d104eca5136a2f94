import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { choosePerRole, parseConfig } from './role-training.ts'
import type { Counts } from './score.ts'

const c = (tp: number, fp: number, fn: number): Counts => ({ tp, fp, fn })

describe('per-role thresholds', () => {
  it('each role takes the threshold with the best pooled micro-F1; ties keep the start', () => {
    // pooled counts per threshold, per role: recruiting is best at 0.5, advertising at 0.3, the rest flat
    const counts = new Map([
      [0.3, { recruiting: c(10, 10, 0), advertising: c(10, 0, 2), relationship: c(5, 1, 1) }],
      [0.4, { recruiting: c(9, 4, 1), advertising: c(8, 0, 4), relationship: c(5, 1, 1) }],
      [0.5, { recruiting: c(9, 1, 1), advertising: c(6, 0, 6), relationship: c(5, 1, 1) }],
    ])
    const got = choosePerRole(counts, 0.4)
    assert.equal(got.thresholds.recruiting, 0.5)
    assert.equal(got.thresholds.advertising, 0.3)
    assert.equal(got.thresholds.relationship, 0.4)
    // the F1 of the pooled counts at the chosen thresholds
    const tp = 9 + 10 + 5
    const fp = 1 + 0 + 1
    const fn = 1 + 2 + 1
    assert.equal(got.f1, (2 * tp) / (2 * tp + fp + fn))
  })

  it('parses a config with one threshold or per-role', () => {
    assert.deepEqual(parseConfig('3,words,joint,0.3'), { cfg: { l2: 3, variant: 'words', combine: 'joint', threshold: 0.3 }, perRole: false })
    assert.equal(parseConfig('3,words,joint,per-role').perRole, true)
    assert.throws(() => parseConfig('3,words,joint,1.5'))
  })
})
