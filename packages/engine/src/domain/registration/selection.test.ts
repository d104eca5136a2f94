import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { isRegistrationSelected, REPORT_SELECTION, type SelectableRegistration } from './selection.ts'

const reg = (over: Partial<SelectableRegistration> = {}): SelectableRegistration => ({
  date: '2019-05-14', policeUnit: 'Rotterdam', societalClass: 'F561', exploitationForm: null, source: 'bvh',
  persons: [{ age: 16, birthYear: 2003, residentNl: true }], ...over,
})

describe(isRegistrationSelected.name, () => {
  it('selects everything with an empty selection', () => {
    assert.ok(isRegistrationSelected(reg({ persons: [] , societalClass: null }), {}))
  })
  it('applies the report selection: F561, a minor resident in the Netherlands, 2017–2020', () => {
    assert.ok(isRegistrationSelected(reg(), REPORT_SELECTION))
    assert.ok(!isRegistrationSelected(reg({ societalClass: 'F560' }), REPORT_SELECTION))
    assert.ok(!isRegistrationSelected(reg({ date: '2021-01-01' }), REPORT_SELECTION))
    assert.ok(isRegistrationSelected(reg({ date: '2017-01-01' }), REPORT_SELECTION))
    assert.ok(!isRegistrationSelected(reg({ persons: [{ age: 18, birthYear: null, residentNl: true }] }), REPORT_SELECTION))
    assert.ok(!isRegistrationSelected(reg({ persons: [{ age: 16, birthYear: null, residentNl: false }] }), REPORT_SELECTION))
  })
  it('requires the minor and the resident to be the same person', () => {
    const persons = [{ age: 16, birthYear: null, residentNl: false }, { age: 30, birthYear: null, residentNl: true }]
    assert.ok(!isRegistrationSelected(reg({ persons }), REPORT_SELECTION))
    assert.ok(isRegistrationSelected(reg({ persons }), { minors_only: true }))
  })
  it('falls back on the birth year when the age is unknown', () => {
    assert.ok(isRegistrationSelected(reg({ persons: [{ age: null, birthYear: 2002, residentNl: true }] }), { minors_only: true }))
    assert.ok(!isRegistrationSelected(reg({ persons: [{ age: null, birthYear: 2000, residentNl: true }] }), { minors_only: true }))
  })
  it('compares classes and units case-insensitively', () => {
    assert.ok(isRegistrationSelected(reg(), { societal_classes: ['f561'], units: ['rotterdam'] }))
    assert.ok(!isRegistrationSelected(reg({ policeUnit: null }), { units: ['Rotterdam'] }))
  })
})
