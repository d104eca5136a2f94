import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { pgTextArrayLiteral } from './pg-array.ts'

/** PostgreSQL's reading of a literal whose elements are all double-quoted (array_in): backslash takes the next character. */
function readQuotedArray(literal: string): string[] {
  assert.ok(literal.startsWith('{') && literal.endsWith('}'))
  const out: string[] = []
  let i = 1
  while (i < literal.length - 1) {
    assert.equal(literal[i], '"', `element at ${i} not quoted`)
    let v = ''
    for (i++; literal[i] !== '"'; i++) v += literal[i] === '\\' ? (literal[++i] as string) : literal[i]
    out.push(v)
    i++
    if (literal[i] === ',') i++
  }
  return out
}

describe('pgTextArrayLiteral', () => {
  it('writes every element quoted and escaped, so PostgreSQL reads back the same values', () => {
    assert.equal(pgTextArrayLiteral([]), '{}')
    assert.equal(pgTextArrayLiteral(['slachtoffer', 'aangever']), '{"slachtoffer","aangever"}')
    assert.equal(pgTextArrayLiteral(['a"b', 'c\\d', 'NULL', '', 'x,y}']), '{"a\\"b","c\\\\d","NULL","","x,y}"}')
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 6 }), (values) => {
        assert.deepEqual(readQuotedArray(pgTextArrayLiteral(values)), values)
      }),
      { numRuns: 2000 },
    )
  })
})
