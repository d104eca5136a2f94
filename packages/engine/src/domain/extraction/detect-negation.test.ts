import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildNegationDetector } from './detect-negation.ts'
import { mentionsOf } from '../../../test/support/extractor.ts'

const negated = (text: string): Array<[string | null, boolean]> => mentionsOf(text).map((m) => [m.platform, m.negated])

describe(buildNegationDetector.name, () => {
  it('negates a proposal only when it is refused, in its sentence or the next', () => {
    assert.deepEqual(negated('Verdachte stelde voor om via Telegram af te spreken. Zij weigerde.'), [['Telegram', true]])
    assert.deepEqual(negated('Verdachte stelde voor om via Telegram af te spreken, maar zij wilde niet.'), [['Telegram', true]])
    assert.deepEqual(negated('Hij stelde voor om over te stappen op Viber, waar hij haar opdrachten gaf.'), [['Viber', false]])
  })

  it('negates a search without result and an inline question answered no', () => {
    assert.deepEqual(negated('Ook op Sexjobs.nl is gezocht, zonder resultaat.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Gevraagd of zij via Snapchat was benaderd, antwoordde zij: "Nee, dat ging via Insta."'), [
      ['Snapchat', true],
      ['Instagram', false],
    ])
  })

  it('reads a conditional threat as hypothetical, someone not knowing as no denial', () => {
    assert.deepEqual(negated('Hij zei dat hij haar foto’s op Facebook zou zetten als zij wegging.'), [['Facebook', true]])
    assert.deepEqual(negated('Zij had een eigen Snapchataccount waarvan hij niet wist.'), [['Snapchat', false]])
  })
})
