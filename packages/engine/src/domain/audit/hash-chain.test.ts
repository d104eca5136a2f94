import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import {
  GENESIS_HASH,
  canonicalJson,
  chainHash,
  continueChainCheck,
  startChainCheck,
  type ChainedAuditEntry,
} from './hash-chain.ts'

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

function chain(n: number): ChainedAuditEntry[] {
  const out: ChainedAuditEntry[] = []
  let prev = GENESIS_HASH
  for (let i = 1; i <= n; i++) {
    const content = { at: `2026-01-0${i}T00:00:00.000Z`, actor: 'analist', action: 'registration_read', target: `r${i}`, details: { b: i, a: [1, { y: 2, x: 1 }] } }
    const hash = chainHash(prev, content, sha256)
    out.push({ ...content, seq: i, prevHash: prev, hash })
    prev = hash
  }
  return out
}

describe(canonicalJson.name, () => {
  it('sorts keys at every level so jsonb key order does not matter', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } }), '{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}')
  })
})

describe(continueChainCheck.name, () => {
  it('accepts an intact chain checked in pages', () => {
    const entries = chain(5)
    let state = startChainCheck()
    state = continueChainCheck(state, entries.slice(0, 2), sha256)
    state = continueChainCheck(state, entries.slice(2), sha256)
    assert.equal(state.firstTampered, null)
    assert.equal(state.checked, 5)
  })

  it('names the first entry whose content was changed', () => {
    const entries = chain(5)
    entries[2] = { ...entries[2]!, actor: 'iemand anders' }
    const state = continueChainCheck(startChainCheck(), entries, sha256)
    assert.deepEqual(state.firstTampered, { seq: 3, reason: 'hash_mismatch' })
  })

  it('names the entry after a removed one', () => {
    const entries = chain(5)
    entries.splice(1, 1)
    const state = continueChainCheck(startChainCheck(), entries, sha256)
    assert.deepEqual(state.firstTampered, { seq: 3, reason: 'link_broken' })
  })
})
