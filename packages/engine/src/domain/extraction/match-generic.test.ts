import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildGenericMatcher } from './match-generic.ts'
import { mentionsOf } from '../../../test/support/extractor.ts'

const kinds = (text: string): Array<[string, string]> => mentionsOf(text).map((m) => [m.surface, m.kind])

describe(buildGenericMatcher.name, () => {
  it('reads the type word asked about as the unclear mention when no type word came before', () => {
    assert.deepEqual(kinds('Zij weet niet via welke site haar advertentie was geplaatst.'), [['site', 'unclear']])
    // the type word before is the mention; the question about it is none
    assert.deepEqual(kinds('Hij zette haar op een site; welke site wilde hij niet zeggen.'), [['site', 'unclear']])
    // a question is no statement that it is unknown
    assert.deepEqual(kinds('V: Via welke app nam hij contact op? A: Via Snapchat.'), [['Snapchat', 'named']])
  })

  it('reads "een andere chatapp" as generic and leaves tracking apps out', () => {
    assert.deepEqual(kinds('Zij had Kik en een andere chatapp geïnstalleerd.'), [
      ['Kik', 'named'],
      ['chatapp', 'generic'],
    ])
    assert.deepEqual(kinds('Hij installeerde een volg-app op haar telefoon.'), [])
  })
})
