import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { excelSerialToDate, parseRegistrationDate } from './parse-date.ts'

describe(parseRegistrationDate.name, () => {
  it('reads ISO dates and drops a time part', () => {
    assert.equal(parseRegistrationDate('2019-05-14'), '2019-05-14')
    assert.equal(parseRegistrationDate(' 2019-5-4 '), '2019-05-04')
    assert.equal(parseRegistrationDate('2019-05-14T13:45:00Z'), '2019-05-14')
  })
  it('reads Dutch day-month-year with -, / or .', () => {
    assert.equal(parseRegistrationDate('14-05-2019'), '2019-05-14')
    assert.equal(parseRegistrationDate('4/5/2019'), '2019-05-04')
    assert.equal(parseRegistrationDate('29.02.2020'), '2020-02-29')
  })
  it('rejects dates that do not exist', () => {
    assert.equal(parseRegistrationDate('31-02-2019'), null)
    assert.equal(parseRegistrationDate('29-02-2019'), null)
    assert.equal(parseRegistrationDate('29-02-1900'), null)
    assert.equal(parseRegistrationDate('2019-13-01'), null)
    assert.equal(parseRegistrationDate('31-04-2019'), null)
  })
  it('rejects text, American order beyond 12 and years out of range', () => {
    for (const s of ['', 'gisteren', '05-14-2019', '14-05-19', '1899-12-31', '2019/05/14', '=TODAY()']) {
      assert.equal(parseRegistrationDate(s), null, s)
    }
  })
})

describe(excelSerialToDate.name, () => {
  it('converts Excel serial day numbers of the 1900 system', () => {
    assert.equal(excelSerialToDate(43599), '2019-05-14')
    assert.equal(excelSerialToDate(0), null)
  })
})
