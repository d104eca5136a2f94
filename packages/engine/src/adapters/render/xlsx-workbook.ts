import ExcelJS from 'exceljs'
import type { ReportTable } from './report-tables.ts'

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique (case-insensitive). */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(INVALID_SHEET_CHARS, ' ').trim().slice(0, 31) || 'Tabel'
  let name = base
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`
  taken.add(name.toLowerCase())
  return name
}

/**
 * One sheet per table: title row, bold header, numbers as numbers, frozen header. Cells are written as values,
 * never as formulas, so text from registrations cannot execute in Excel.
 */
export function buildWorkbook(tables: readonly ReportTable[], meta: { title: string; creator?: string; created?: Date }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = meta.creator ?? 'platformscope'
  wb.title = meta.title
  if (meta.created) wb.created = meta.created
  const taken = new Set<string>()
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.sheet, taken), { views: [{ state: 'frozen', ySplit: 2 }] })
    const titleRow = ws.addRow([t.title])
    titleRow.font = { bold: true, size: 12, color: { argb: 'FF14365D' } }
    const header = ws.addRow(t.columns.map((c) => c.label))
    header.font = { bold: true }
    header.border = { bottom: { style: 'thin', color: { argb: 'FF14365D' } } }
    t.columns.forEach((c, i) => {
      if (c.numeric) header.getCell(i + 1).alignment = { horizontal: 'right' }
    })
    for (const r of t.rows) {
      const row = ws.addRow(r.cells.map((v) => (v === null || v === '' ? null : v)))
      if (r.kind !== 'body') row.font = { bold: true }
    }
    t.columns.forEach((c, i) => {
      const longest = Math.max(c.label.length, ...t.rows.map((r) => String(r.cells[i] ?? '').length))
      ws.getColumn(i + 1).width = Math.min(60, Math.max(c.numeric ? 8 : 12, longest + 2))
    })
  }
  return wb
}

export async function writeWorkbook(file: string, tables: readonly ReportTable[], meta: { title: string; created?: Date }): Promise<void> {
  await buildWorkbook(tables, meta).xlsx.writeFile(file)
}
