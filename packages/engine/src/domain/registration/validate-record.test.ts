import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { loadCatalogue } from '../../adapters/files/load-catalogue.ts'
import { validateRecord, readPersonsQuickly, PersonsSchema, MAX_NARRATIVE_LENGTH, type RawRecord } from './validate-record.ts'

const catalogue = loadCatalogue()
const options = { catalogue, defaultSource: 'bvh' }
const raw = (values: RawRecord['values'], line = 7): RawRecord => ({ file: 'x.csv', line, values })
const good = { source_ref: 'R-1', date: '14-05-2019', unit: 'eenheid rotterdam', societal_class: 'f561', narrative: 'Zij werd benaderd.\r\nTweede regel.' }

describe(validateRecord.name, () => {
  it('normalises a good record: ISO date, canonical unit, upper-case class, LF line breaks', () => {
    const r = validateRecord(raw(good), options)
    assert.ok(r.ok)
    assert.deepEqual(r.record, {
      source: 'bvh', sourceRef: 'R-1', date: '2019-05-14', policeUnit: 'Rotterdam', societalClass: 'F561',
      exploitationForm: null, scope: null, narrative: 'Zij werd benaderd.\nTweede regel.', persons: [],
    })
  })
  it('takes an empty unit as no unit', () => {
    const r = validateRecord(raw({ ...good, unit: '  ' }), options)
    assert.ok(r.ok)
    assert.equal(r.record.policeUnit, null)
  })
  it('rejects an unknown unit, naming the field and the value', () => {
    const r = validateRecord(raw({ ...good, unit: 'Atlantis' }), options)
    assert.ok(!r.ok)
    assert.deepEqual(r.errors.map((e) => [e.line, e.field, e.code, e.value]), [[7, 'unit', 'field_invalid', 'Atlantis']])
  })
  it('reports every problem of a record at once', () => {
    const r = validateRecord(raw({ source_ref: ' ', date: '31-02-2019', narrative: '' }), options)
    assert.ok(!r.ok)
    assert.deepEqual(r.errors.map((e) => [e.field, e.code]), [
      ['source_ref', 'field_required'], ['date', 'date_invalid'], ['narrative', 'field_required'],
    ])
  })
  it('keeps cells starting with = + - @ as plain text', () => {
    const r = validateRecord(raw({ ...good, source_ref: '=1+1', narrative: '@SUM(A1) -2 +3' }), options)
    assert.ok(r.ok)
    assert.equal(r.record.sourceRef, '=1+1')
    assert.equal(r.record.narrative, '@SUM(A1) -2 +3')
  })
  it('refuses a narrative over the limit without echoing it', () => {
    const r = validateRecord(raw({ ...good, narrative: 'x'.repeat(MAX_NARRATIVE_LENGTH + 1) }), options)
    assert.ok(!r.ok)
    assert.equal(r.errors[0]?.code, 'field_too_long')
    assert.equal(r.errors[0]?.field, 'narrative')
    assert.ok(JSON.stringify(r.errors).length < 300)
  })
  it('refuses NUL characters, which PostgreSQL text cannot hold', () => {
    const r = validateRecord(raw({ ...good, narrative: 'a\u0000b' }), options)
    assert.ok(!r.ok)
    assert.equal(r.errors[0]?.code, 'field_invalid')
  })
  it('reads persons from JSON text or arrays and rejects malformed ones', () => {
    const persons = [{ pseudonym: 'P-1', gender: 'F', birth_year: 2003, birth_country: 'Nederland', resident_nl: true, roles: ['slachtoffer'], age: 16 }]
    for (const value of [persons, JSON.stringify(persons)]) {
      const r = validateRecord(raw({ ...good, persons: value }), options)
      assert.ok(r.ok)
      assert.deepEqual(r.record.persons, [{ pseudonym: 'P-1', gender: 'F', birthYear: 2003, birthCountry: 'Nederland', residentNl: true, roles: ['slachtoffer'], age: 16 }])
    }
    const bad = validateRecord(raw({ ...good, persons: [{ pseudonym: 'P-1', age: 300 }] }), options)
    assert.ok(!bad.ok)
    assert.equal(bad.errors[0]?.field, 'persons')
    const broken = validateRecord(raw({ ...good, persons: '[{' }), options)
    assert.ok(!broken.ok)
    assert.equal(broken.errors[0]?.code, 'json_invalid')
  })
  it('reads persons by hand exactly as the schema does, and leaves everything unusual to the schema', () => {
    const str = fc.oneof(fc.constantFrom('', ' ', 'P-1', ' P-2 ', 'slachtoffer', 'x'.repeat(200), ` ${'y'.repeat(200)} `, 'z'.repeat(201)), fc.string())
    const num = fc.oneof(fc.integer({ min: -5, max: 2200 }), fc.constantFrom(1.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 1900, 2099, 129, 130))
    const anyValue = fc.oneof(str, num, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant([]), fc.constant({}))
    const field = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: anyValue })
    const person = fc.record(
      {
        pseudonym: field(str),
        gender: field(fc.constantFrom('F', 'M', null, 'X')),
        birth_year: field(num),
        birth_country: field(fc.oneof(str, fc.constant(null))),
        resident_nl: field(fc.oneof(fc.boolean(), fc.constant(null))),
        roles: field(fc.array(str, { maxLength: 4 })),
        age: field(num),
        extra: anyValue,
      },
      { requiredKeys: [] },
    )
    const persons = fc.oneof({ weight: 8, arbitrary: fc.array(person, { maxLength: 3 }) }, { weight: 1, arbitrary: anyValue })
    let quick = 0
    fc.assert(
      fc.property(persons, (data) => {
        const mine = readPersonsQuickly(data)
        const schema = PersonsSchema.safeParse(data)
        if (mine === null) return
        quick++
        assert.ok(schema.success, 'the hand check accepted what the schema refuses')
        assert.deepEqual(
          mine,
          schema.data.map((p) => ({
            pseudonym: p.pseudonym, gender: p.gender ?? null, birthYear: p.birth_year ?? null, birthCountry: p.birth_country ?? null,
            residentNl: p.resident_nl ?? null, roles: p.roles, age: p.age ?? null,
          })),
        )
      }),
      { numRuns: 3000 },
    )
    assert.ok(quick > 300, `the hand check took only ${quick} of 3000`)
  })
  it('accepts Excel dates as Date objects and serial numbers', () => {
    const a = validateRecord(raw({ ...good, date: new Date(Date.UTC(2019, 4, 14)) }), options)
    const b = validateRecord(raw({ ...good, date: 43599 }), options)
    assert.ok(a.ok && b.ok)
    assert.equal(a.record.date, '2019-05-14')
    assert.equal(b.record.date, '2019-05-14')
  })
  it('returns a reader error alone when the record could not be taken apart', () => {
    const r = validateRecord({ file: 'x.jsonl', line: 3, values: {}, readerErrors: [{ file: 'x.jsonl', line: 3, field: null, code: 'json_invalid', message: 'kapot' }] }, options)
    assert.ok(!r.ok)
    assert.equal(r.errors.length, 1)
  })
})
