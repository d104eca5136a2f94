import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ageOn, parseDutchNumber, parseJarig, parseNumericDate } from './dutch-ages.ts'

describe(parseDutchNumber.name, () => {
  it('reads digits and Dutch number words from 1 to 99', () => {
    assert.equal(parseDutchNumber('16'), 16)
    assert.equal(parseDutchNumber('zestien'), 16)
    assert.equal(parseDutchNumber('elf'), 11)
    assert.equal(parseDutchNumber('eenentwintig'), 21)
    assert.equal(parseDutchNumber('tweeentwintig'), 22)
    assert.equal(parseDutchNumber('negenennegentig'), 99)
  })

  it('rejects zero, three digits and ordinary words', () => {
    for (const w of ['0', '100', '2003', 'meer', 'en', 'tienduizend', 'eentwintig']) assert.equal(parseDutchNumber(w), null, w)
  })
})

describe(parseJarig.name, () => {
  it('reads -jarig and -jarige with digits or words, with or without a hyphen', () => {
    assert.equal(parseJarig('16-jarige'), 16)
    assert.equal(parseJarig('16jarige'), 16)
    assert.equal(parseJarig('zestienjarige'), 16)
    assert.equal(parseJarig('vijftien-jarig'), 15)
    assert.equal(parseJarig('drieentwintigjarige'), 23)
  })

  it('does not read minderjarig or meerjarig as an age', () => {
    assert.equal(parseJarig('minderjarige'), null)
    assert.equal(parseJarig('meerjarig'), null)
    assert.equal(parseJarig('jarige'), null)
  })
})

describe(ageOn.name, () => {
  it('counts whether the birthday has passed on the registration date', () => {
    assert.equal(ageOn({ year: 2003, month: 3, day: 12 }, '2019-03-11'), 15)
    assert.equal(ageOn({ year: 2003, month: 3, day: 12 }, '2019-03-12'), 16)
    assert.equal(ageOn({ year: 2003, month: 11, day: null }, '2019-10-30'), 15)
  })

  it('with a birth year only, takes registration year minus birth year in any month', () => {
    assert.equal(ageOn({ year: 2003, month: null, day: null }, '2019-05-10'), 16)
    assert.equal(ageOn({ year: 2003, month: null, day: null }, '2019-01-02'), 16)
    assert.equal(ageOn({ year: 2003, month: null, day: null }, '2019-09-10'), 16)
    // a month of birth still counts: not yet passed in May
    assert.equal(ageOn({ year: 2003, month: 8, day: null }, '2019-05-10'), 15)
  })

  it('gives null for an unreadable date or a birth after the registration', () => {
    assert.equal(ageOn({ year: 2003, month: null, day: null }, 'gisteren'), null)
    assert.equal(ageOn({ year: 2021, month: 1, day: 1 }, '2019-09-10'), null)
  })
})

describe(parseNumericDate.name, () => {
  it('reads day-month-year and ISO dates and rejects impossible ones', () => {
    assert.deepEqual(parseNumericDate('12-03-2003'), { year: 2003, month: 3, day: 12 })
    assert.deepEqual(parseNumericDate('12/3/2003'), { year: 2003, month: 3, day: 12 })
    assert.deepEqual(parseNumericDate('2003-03-12'), { year: 2003, month: 3, day: 12 })
    assert.equal(parseNumericDate('32-13-2003'), null)
    assert.equal(parseNumericDate('12-03'), null)
  })
})
