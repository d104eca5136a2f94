import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEFAULT_EVALUATION_PATH, loadExtractionEvaluation } from './load-extraction-evaluation.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'evaluation-'))
after(() => rmSync(dir, { recursive: true, force: true }))

function file(doc: unknown): string {
  const f = path.join(dir, `${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(f, JSON.stringify(doc))
  return f
}

const base = {
  extractor_version: 'ps-extract-9',
  measured_at: '2026-12-05',
  held_out: true,
  sets: [{ set: 'heldout-7', records: 150, fields: { roles: { tp: 80, fp: 20, fn: 20 } } }],
}

describe('loadExtractionEvaluation', () => {
  it('reads the shipped file, with or without F1 intervals, and refuses a malformed one', () => {
    assert.ok(loadExtractionEvaluation(DEFAULT_EVALUATION_PATH), 'the shipped measurement loads')
    assert.equal(loadExtractionEvaluation(file(base))?.f1_interval_95, undefined)
    assert.deepEqual(loadExtractionEvaluation(file({ ...base, f1_interval_95: { roles: [0.74, 0.85] } }))?.f1_interval_95, { roles: [0.74, 0.85] })
    assert.throws(() => loadExtractionEvaluation(file({ ...base, f1_interval_95: { roles: [0.74] } })), /not an extraction evaluation/)
    assert.throws(() => loadExtractionEvaluation(file({ ...base, held_out: false })), /held_out/)
    assert.equal(loadExtractionEvaluation(path.join(dir, 'absent.json')), null)
  })
})
