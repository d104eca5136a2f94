import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { CopyRowsBuilder, pickCopyRows, type CopyValue } from './copy-text.ts'

/** PostgreSQL's reading of one COPY text line (tab-separated, \N null, backslash escapes), all values as text. */
function readCopyLine(line: string): Array<string | null> {
  return line.split('\t').map((f) => {
    if (f === '\\N') return null
    return f.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c)
  })
}

const asText = (v: CopyValue): string | null => (v === null ? null : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v))

describe('CopyRowsBuilder', () => {
  it('writes rows PostgreSQL reads back as the same values, with the end offset of each row', () => {
    const b = new CopyRowsBuilder(8)
    b.add(['a\tb', null, 3, true, 'c\\d\ne\rf', 'ë€😀'])
    b.add(['', false, 'x'])
    const { bytes, ends } = b.finish()
    const text = Buffer.from(bytes).toString('utf8')
    assert.equal(text, 'a\\tb\t\\N\t3\tt\tc\\\\d\\ne\\rf\të€😀\n\tf\tx\n')
    assert.deepEqual([...ends], [Buffer.byteLength('a\\tb\t\\N\t3\tt\tc\\\\d\\ne\\rf\të€😀\n'), bytes.length])
  })

  it('round-trips any values, however many rows outgrow the buffer', () => {
    const value = fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.string({ maxLength: 40 }), fc.constant(null), fc.boolean(), fc.integer())
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const b = new CopyRowsBuilder(4)
        for (const r of rows) b.add(r)
        const copy = b.finish()
        const lines = Buffer.from(copy.bytes).toString('utf8').split('\n').slice(0, -1)
        assert.deepEqual(lines.map(readCopyLine), rows.map((r) => r.map(asText)))
        const picked = pickCopyRows(copy, [rows.length - 1, 0])
        assert.equal(Buffer.from(picked).toString('utf8'), `${lines[rows.length - 1]}\n${lines[0]}\n`)
      }),
      { numRuns: 500 },
    )
  })
})
