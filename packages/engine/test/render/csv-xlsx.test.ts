import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { CSV_BOM, tableToCsv } from '../../src/adapters/render/csv-tables.ts'
import { pictureTables, type ReportTable } from '../../src/adapters/render/report-tables.ts'
import { selectionLinesLabelled } from '../../src/adapters/render/report-text.ts'
import { sheetName, writeWorkbook } from '../../src/adapters/render/xlsx-workbook.ts'
import { buildPictureFixture, FORMULA_PLATFORM } from '../fixtures/hand-built-picture.ts'

const catalogue = loadCatalogue()
const picture = buildPictureFixture()
const tables = pictureTables(picture, catalogue, 'nl', selectionLinesLabelled(picture, catalogue, 'nl'))
const dir = mkdtempSync(path.join(tmpdir(), 'platformscope-render-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const table = (cells: Array<string | number | null>): ReportTable => ({
  id: 't',
  sheet: 't',
  title: 't',
  columns: cells.map((_, i) => ({ label: `k${i}`, numeric: false })),
  rows: [{ kind: 'body', cells }],
})

describe(tableToCsv.name, () => {
  it('starts with a UTF-8 BOM, separates with semicolons and ends lines with CRLF', () => {
    const csv = tableToCsv(tables.find((t) => t.id === 'tabel-1-top-10-platformen')!)
    assert.ok(csv.startsWith(CSV_BOM))
    const lines = csv.slice(1).split('\r\n')
    assert.equal(lines[0], 'Platform;2017;2018;2019;2020;Totaal')
    assert.equal(lines[1], 'WhatsApp;13;19;21;18;71')
    assert.equal(lines.at(-1), '', 'the file ends with CRLF')
    assert.ok(!/[^\r]\n/.test(csv), 'no bare LF')
  })

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const line = tableToCsv(table(['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx', 'WhatsApp', -3])).slice(1).split('\r\n')[1]
    assert.equal(line, `'=1+1;'+31;'-2;'@SUM(A1);'\tx;"'\rx";WhatsApp;-3`)
    const candidates = tableToCsv(tables.find((t) => t.id === 'bijlage-2-platformen-buiten-catalogus')!)
    assert.ok(candidates.includes(`"'=HYPERLINK(""http://example.invalid"",""klik"")";2;3`))
  })

  it('quotes separators and quotes and writes decimals with a comma', () => {
    const line = tableToCsv(table(['a;b', 'zei "ja"', 0.5])).slice(1).split('\r\n')[1]
    assert.equal(line, '"a;b";"zei ""ja""";0,5')
  })
})

describe(writeWorkbook.name, () => {
  it('writes one sheet per table that reads back with the same cells', async () => {
    const file = path.join(dir, 'picture.xlsx')
    await writeWorkbook(file, tables, { title: 'test' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    assert.equal(wb.worksheets.length, tables.length)
    for (const [i, t] of tables.entries()) {
      const ws = wb.worksheets[i]!
      assert.equal(ws.getCell(1, 1).value, t.title)
      assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1), t.columns.map((c) => c.label))
      t.rows.forEach((r, k) => {
        const trim = (xs: unknown[]): unknown[] => {
          const out = Array.from(xs, (v) => (v === null || v === '' ? undefined : v))
          while (out.length && out.at(-1) === undefined) out.pop()
          return out
        }
        assert.deepEqual(trim((ws.getRow(3 + k).values as unknown[]).slice(1)), trim(r.cells), `${t.sheet} row ${k}`)
      })
    }
    const candidates = wb.getWorksheet('Bijlage 2 kandidaten')!
    const cell = candidates.getCell(3, 1)
    assert.equal(cell.type, ExcelJS.ValueType.String, 'a formula-like name stays text')
    assert.equal(cell.value, FORMULA_PLATFORM)
    assert.ok(readFileSync(file).length > 1000)
  })

  it('makes sheet names valid and unique', () => {
    const taken = new Set<string>()
    assert.equal(sheetName('a/b:c', taken), 'a b c')
    assert.equal(sheetName('x'.repeat(40), taken), 'x'.repeat(31))
    assert.equal(sheetName('x'.repeat(40), taken), `${'x'.repeat(29)} 2`)
  })
})
