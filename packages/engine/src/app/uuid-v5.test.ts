import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { personId, personIdName, registrationId, registrationIdName } from '../domain/registration/registration-id.ts'
import { uuidV5 } from './uuid-v5.ts'

describe('uuidV5', () => {
  it('makes the ids registration-id.ts makes, for any text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('', 'REG-2019-00000001', 'é€😀', 'x'.repeat(2000)))
    fc.assert(
      fc.property(text, text, (source, ref) => {
        assert.equal(uuidV5(registrationIdName(source, ref)), registrationId(source, ref))
        assert.equal(uuidV5(personIdName(ref)), personId(ref))
      }),
      { numRuns: 2000 },
    )
  })
})
