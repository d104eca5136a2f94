import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { recogniseHeaders } from './registration-fields.ts'

describe(recogniseHeaders.name, () => {
  it('recognises Dutch headers whatever their case, accents and separators', () => {
    const r = recogniseHeaders(['Registratienummer', 'REGISTRATIEDATUM', 'Politie-eenheid', 'Maatschappelijke Klasse', 'Omschrijving'])
    assert.deepEqual([...r.columns.values()], ['source_ref', 'date', 'unit', 'societal_class', 'narrative'])
    assert.deepEqual(r.missing, [])
  })
  it('recognises the English and short spellings', () => {
    for (const headers of [
      ['source_ref', 'date', 'unit', 'societal_class', 'narrative'],
      ['id', 'datum', 'eenheid', 'mk', 'tekst'],
      ['ID', 'Date', 'Unit', 'MK', 'Relaas'],
      ['id', 'date', 'police_unit', 'mk', 'text'],
    ]) {
      const r = recogniseHeaders(headers)
      assert.deepEqual([...r.columns.values()], ['source_ref', 'date', 'unit', 'societal_class', 'narrative'], headers.join())
    }
  })
  it('ignores extra columns and names the required ones that are missing', () => {
    const r = recogniseHeaders(['Registratienummer', 'Zaaknaam', 'Politie-eenheid'])
    assert.deepEqual([...r.columns.entries()], [[0, 'source_ref'], [2, 'unit']])
    assert.deepEqual(r.missing, ['date', 'narrative'])
  })
  it('uses a mapping file before the built-in names', () => {
    const mapping = new Map([['Kenmerk', 'source_ref' as const], ['Pleegdatum', 'date' as const], ['Datum', 'scope' as const]])
    const r = recogniseHeaders(['kenmerk', 'pleegdatum', 'datum', 'relaas'], mapping)
    assert.deepEqual([...r.columns.values()], ['source_ref', 'date', 'scope', 'narrative'])
  })
  it('keeps the first of two columns claiming one field and reports the second', () => {
    const r = recogniseHeaders(['tekst', 'omschrijving', 'id', 'datum'])
    assert.equal(r.columns.get(0), 'narrative')
    assert.equal(r.columns.has(1), false)
    assert.deepEqual(r.duplicates, [{ field: 'narrative', header: 'omschrijving' }])
  })
})
