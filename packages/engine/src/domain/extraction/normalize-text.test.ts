import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { foldString, foldText, originalSpan } from './normalize-text.ts'
import { mentionsOf, testExtractor } from '../../../test/support/extractor.ts'

const aliases = ['Snapchat', 'WhatsApp', 'Ínstagram', 'sexjobs.nl', 'kik', 'appte', 'www.kinky.nl', 'Grindr', 'internet', 'TikTok']
/** text that mixes Dutch words, platform names, punctuation and arbitrary Unicode */
const narrative = fc
  .array(
    fc.oneof(
      fc.constantFrom(...aliases, 'via', 'op', 'geen', 'benaderd', 'een website', '.', ',', ' ', '\n', 'é', 'ĳ', '\u0301', '😀', 'İ', 'ß'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '))

describe(foldText.name, () => {
  it('folding is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldString(foldString(s)) === foldString(s)), { numRuns: 500 })
  })

  it('folds every code point to a fixed point (the property above found U+FE31 → — → - once)', () => {
    const moving: string[] = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const once = foldString(String.fromCodePoint(cp))
      if (foldString(once) !== once) moving.push(cp.toString(16))
    }
    assert.deepEqual(moving, [])
  })

  it('maps every folded span back to a valid span of the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (s, x, y) => {
        const f = foldText(s)
        if (f.folded.length === 0) return true
        const a = x % f.folded.length
        const b = a + 1 + (y % (f.folded.length - a))
        const [start, end] = originalSpan(f, a, b)
        return start >= 0 && start <= end && end <= s.length
      }),
      { numRuns: 500 },
    )
  })

  it('folds case and diacritics', () => {
    assert.equal(foldText('ÉÉN Snapchat’s').folded, "een snapchat's")
  })
})

describe('extraction on arbitrary input', () => {
  it('never crashes and every mention slices back to its surface', () => {
    fc.assert(
      fc.property(narrative, (text) => {
        for (const m of mentionsOf(text)) {
          if (text.slice(m.start, m.end) !== m.surface || m.start >= m.end) return false
          for (const e of m.evidence) if (text.slice(e.start, e.end) !== e.surface) return false
        }
        return true
      }),
      { numRuns: 300 },
    )
  })

  it('finds the same platforms whatever the case', () => {
    fc.assert(
      fc.property(fc.constantFrom('Snapchat', 'WhatsApp', 'Instagram', 'Sexjobs.nl'), fc.boolean(), (name, upper) => {
        const written = upper ? name.toUpperCase() : name.toLowerCase()
        const ms = testExtractor().extract({ id: 'x', text: `Zij werd via ${written} benaderd.` }).mentions
        return ms.length === 1 && ms[0]?.platform === name
      }),
    )
  })
})
