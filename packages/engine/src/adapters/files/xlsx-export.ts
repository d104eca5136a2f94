import ExcelJS from 'exceljs'
import { AppError } from '../../domain/errors.ts'

export interface XlsxRow {
  /** the worksheet row number, which is what the analyst sees in Excel */
  line: number
  cells: unknown[]
}

/**
 * Rows of the first worksheet, streamed. Cell values come out as strings, numbers or Dates; a formula cell
 * yields its formula text ("=…") as plain text — nothing is evaluated, and the cached result is not trusted.
 */
export async function* readXlsxRows(file: string, displayName: string): AsyncGenerator<XlsxRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : []
        yield { line: row.number, cells: values.map(cellValue) }
      }
      return // only the first worksheet
    }
  } catch (cause) {
    if (cause instanceof AppError) throw cause
    throw new AppError('export_unreadable', { file: displayName, reason: 'geen leesbaar XLSX-bestand' }, { cause })
  }
}

function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return undefined
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v
  if (typeof v === 'boolean') return v ? 'WAAR' : 'ONWAAR'
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if (Array.isArray(o.richText)) {
      return (o.richText as Array<{ text?: unknown }>).map((r) => (typeof r.text === 'string' ? r.text : '')).join('')
    }
    if (typeof o.formula === 'string') return `=${o.formula}`
    if (typeof o.sharedFormula === 'string') return `=${o.sharedFormula}`
    if (typeof o.text === 'string') return o.text // hyperlink cell
    if (typeof o.error === 'string') return o.error
  }
  return String(v)
}
