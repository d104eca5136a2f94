import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { bootstrapF1Intervals } from './bootstrap.ts'
import { emptyScores, prf, type Scores } from './score.ts'

function recordWith(named: { tp: number; fp: number; fn: number }): Scores {
  const s = emptyScores()
  s.named = { ...named }
  return s
}

describe('bootstrapF1Intervals', () => {
  it('holds the pooled F1, is deterministic, and narrows as records are added', () => {
    const mixed = [recordWith({ tp: 3, fp: 0, fn: 0 }), recordWith({ tp: 1, fp: 1, fn: 1 }), recordWith({ tp: 2, fp: 0, fn: 1 })]
    const few = Array.from({ length: 10 }, (_, i) => mixed[i % 3] as Scores)
    const many = Array.from({ length: 400 }, (_, i) => mixed[i % 3] as Scores)
    const pooled = prf({ tp: 6, fp: 1, fn: 2 }).f1
    const a = bootstrapF1Intervals(few)
    const [lo, hi] = a.named as [number, number]
    assert.ok(lo < pooled && pooled < hi, `${lo} < ${pooled} < ${hi}`)
    assert.deepEqual(bootstrapF1Intervals(few), a)
    const [lo2, hi2] = bootstrapF1Intervals(many).named as [number, number]
    assert.ok(hi2 - lo2 < (hi - lo) / 3, `400 records: ${hi2 - lo2}, 10 records: ${hi - lo}`)
    assert.ok(lo2 < pooled && pooled < hi2)
  })

  it('gives a point interval when every record scores alike, and none for a field nothing has', () => {
    const same = Array.from({ length: 20 }, () => recordWith({ tp: 2, fp: 0, fn: 0 }))
    const out = bootstrapF1Intervals(same)
    assert.deepEqual(out.named, [1, 1])
    assert.equal(out.unclear, null)
  })
})
