import type { Cell, ReportTable } from './report-tables.ts'

/**
 * CSV that a Dutch Excel opens as intended: UTF-8 with a BOM (otherwise Excel assumes ANSI and mangles ë and ✓),
 * semicolons (the list separator under a Dutch locale; a comma is the decimal mark there), CRLF line ends, and
 * decimal commas. A text cell that starts with = + - @ tab or CR would run as a formula: it gets a leading
 * apostrophe (the OWASP "CSV injection" advice), so a platform name from free text cannot become a formula.
 */
export const CSV_BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r]/

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

function csvCell(value: Cell): string {
  if (value === null) return ''
  const text = typeof value === 'number' ? String(value).replace('.', ',') : neutraliseFormula(value)
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function tableToCsv(t: ReportTable): string {
  const lines = [t.columns.map((c) => csvCell(c.label)), ...t.rows.map((r) => r.cells.map(csvCell))]
  return CSV_BOM + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n'
}
