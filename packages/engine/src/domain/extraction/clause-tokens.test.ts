import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from './clause-tokens.ts'

const sentences = (text: string): string[][] => {
  const out: string[][] = []
  for (const t of tokenize(text)) (out[t.sentence] ??= []).push(text.slice(t.start, t.end))
  return out.filter(Boolean)
}

describe(tokenize.name, () => {
  it('keeps hyphenated words, dates and apostrophes in one token and folds case and accents in norm', () => {
    const toks = tokenize("De 16-jarige stuurde foto's op 12-03-2019 aan Zoë.")
    assert.deepEqual(toks.map((t) => t.norm), ['de', '16-jarige', 'stuurde', "foto's", 'op', '12-03-2019', 'aan', 'zoe', '.'])
    assert.deepEqual(toks.map((t) => t.kind).slice(0, 2), ['word', 'word'])
  })

  it('does not end a sentence at an initial, an abbreviation or a decimal point', () => {
    assert.deepEqual(sentences('Verdachte B. stuurde o.a. berichten om 16.00 uur. Zij reageerde.').length, 2)
  })

  it('does not end a sentence at an abbreviation right after a bracket: "een man (ca. 35)"', () => {
    assert.deepEqual(sentences('Een man (ca. 35) uit Breda stuurde berichten. Zij reageerde.').length, 2)
  })

  it('ends a sentence after an initial when a capitalised word follows', () => {
    assert.deepEqual(sentences('Zij betaalde verdachte M. In een groep werden foto\'s gedeeld.').length, 2)
    assert.deepEqual(sentences('Verdachte A. B. stuurde berichten.').length, 1)
  })

  it('starts a new sentence at a line break and a new clause at a comma', () => {
    const toks = tokenize('Aangeefster, 16 jaar\nVerdachte')
    assert.deepEqual(toks.map((t) => t.sentence), [0, 0, 0, 0, 1])
    assert.deepEqual(toks.map((t) => t.clause), [0, 0, 1, 1, 2])
  })

  it('keeps surrogate pairs whole', () => {
    const text = 'a𝒳b 😀'
    for (const t of tokenize(text)) assert.ok(!/[\uD800-\uDBFF]$/.test(text.slice(t.start, t.end)))
  })
})
