import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { VENDORED_FIGURES_PATH, figuresJsonPath } from './source-report.ts'

describe('vendored figures.json', () => {
  it('equals the shared source report copy when that is present', (t) => {
    const shared = figuresJsonPath()
    if (shared === VENDORED_FIGURES_PATH) {
      t.skip('no ../shared next to this checkout; the vendored copy is used')
      return
    }
    assert.equal(readFileSync(VENDORED_FIGURES_PATH, 'utf8'), readFileSync(shared, 'utf8'))
  })
})
