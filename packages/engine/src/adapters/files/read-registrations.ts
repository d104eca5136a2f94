import { AppError } from '../../domain/errors.ts'
import {
  recogniseHeaders,
  type ColumnMapping,
  type RecognisedHeaders,
  type RegistrationField,
} from '../../domain/registration/registration-fields.ts'
import type { RawRecord } from '../../domain/registration/validate-record.ts'
import type { RowError } from '../../domain/registration/row-error.ts'
import { parseCsv } from './csv-export.ts'
import { splitJsonLines, splitUtf8JsonLines } from './jsonl-export.ts'
import { readExportBytes, readExportText, type ExportFileInfo } from './read-export.ts'

export interface ReadRecordsOptions {
  mapping?: ColumnMapping
  /** fields (CSV/XLSX) or lines (JSONL) beyond this are not kept in memory; validation reports them */
  maxFieldLength: number
  onBytes?: (bytesRead: number) => void
}

/**
 * Every record of an export as field values with the line on which it starts, whatever the format. File-level
 * problems (no usable header, a required column missing) throw; record-level ones travel with the record.
 */
export function readRawRecords(info: ExportFileInfo, options: ReadRecordsOptions): AsyncGenerator<RawRecord> {
  switch (info.format) {
    case 'csv':
      return readCsvRecords(info, options)
    case 'jsonl':
      return readJsonlRecords(info, options)
    case 'xlsx':
      return readXlsxRecords(info, options)
  }
}

async function* readCsvRecords(info: ExportFileInfo, options: ReadRecordsOptions): AsyncGenerator<RawRecord> {
  let header: RecognisedHeaders | null = null
  let headerNames: string[] = []
  const text = readExportText(info, options.onBytes)
  // headers are short; the field limit only guards memory
  for await (const rec of parseCsv(text, { maxFieldLength: options.maxFieldLength })) {
    if (header === null) {
      if (rec.problem || rec.tooLong.length > 0) {
        throw new AppError('export_unreadable', { file: info.name, line: rec.line, reason: 'de kopregel is geen geldige CSV' })
      }
      headerNames = rec.fields
      header = checkHeaders(info.name, rec.line, rec.fields, options.mapping)
      continue
    }
    const values: RawRecord['values'] = {}
    const readerErrors: RowError[] = []
    for (const [index, field] of header.columns) {
      const v = rec.fields[index]
      if (v !== undefined) values[field] = v
    }
    for (const t of rec.tooLong) {
      const field = header.columns.get(t.index)
      if (field === undefined) continue // an ignored column may be as long as it likes
      readerErrors.push({
        file: info.name,
        line: rec.line,
        field,
        code: 'field_too_long',
        message: `${t.length} tekens, maximaal ${options.maxFieldLength}`,
      })
    }
    if (rec.problem) {
      const field = header.columns.get(rec.problem.index) ?? headerNames[rec.problem.index] ?? null
      readerErrors.push({
        file: info.name,
        line: rec.line,
        field,
        code: 'export_unreadable',
        message:
          rec.problem.kind === 'unterminated_quote'
            ? 'het bestand houdt op binnen een veld tussen aanhalingstekens (afgebroken export?)'
            : 'tekst na een afsluitend aanhalingsteken',
      })
    }
    yield { file: info.name, line: rec.line, values, ...(readerErrors.length ? { readerErrors } : {}) }
  }
  if (header === null) throw new AppError('export_unreadable', { file: info.name, reason: 'geen kopregel gevonden' })
}

async function* readJsonlRecords(info: ExportFileInfo, options: ReadRecordsOptions): AsyncGenerator<RawRecord> {
  // the same key set on every line is the normal case: recognise it once
  const recognised = new Map<string, RecognisedHeaders>()
  const maxLine = options.maxFieldLength + 64 * 1024
  const lines =
    info.encoding === 'utf-8'
      ? splitUtf8JsonLines(readExportBytes(info, options.onBytes), maxLine)
      : splitJsonLines(readExportText(info, options.onBytes), maxLine)
  for await (const l of lines) {
    const fail = (code: RowError['code'], message: string): RawRecord => ({
      file: info.name,
      line: l.line,
      values: {},
      readerErrors: [{ file: info.name, line: l.line, field: null, code, message }],
    })
    if (l.tooLong !== null) {
      yield fail('field_too_long', `regel van ${l.tooLong} tekens, maximaal ${options.maxFieldLength}`)
      continue
    }
    let obj: unknown
    try {
      obj = JSON.parse(l.text)
    } catch {
      yield fail('json_invalid', 'geen geldige JSON (afgebroken regel?)')
      continue
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      yield fail('json_invalid', 'verwacht een JSON-object per regel')
      continue
    }
    const record = obj as Record<string, unknown>
    const keys = Object.keys(record)
    const signature = keys.join('\u0000')
    let header = recognised.get(signature)
    if (!header) {
      header = recogniseHeaders(keys, options.mapping)
      if (recognised.size < 64) recognised.set(signature, header)
    }
    const values: RawRecord['values'] = {}
    for (const [index, field] of header.columns) values[field] = record[keys[index] as string]
    yield { file: info.name, line: l.line, values }
  }
}

async function* readXlsxRecords(info: ExportFileInfo, options: ReadRecordsOptions): AsyncGenerator<RawRecord> {
  let header: RecognisedHeaders | null = null
  // exceljs takes ~0.4 s to load: only when an XLSX file comes along (also in the import's worker thread)
  const { readXlsxRows } = await import('./xlsx-export.ts')
  for await (const row of readXlsxRows(info.path, info.name)) {
    if (header === null) {
      const names = row.cells.map((c) => (c === undefined || c === null ? '' : String(c)))
      if (names.every((n) => n.trim() === '')) continue
      header = checkHeaders(info.name, row.line, names, options.mapping)
      continue
    }
    const values: RawRecord['values'] = {}
    const readerErrors: RowError[] = []
    let empty = true
    for (const [index, field] of header.columns) {
      const v = row.cells[index]
      if (v === undefined || v === '') continue
      empty = false
      if (typeof v === 'string' && v.length > options.maxFieldLength) {
        readerErrors.push({ file: info.name, line: row.line, field, code: 'field_too_long', message: `${v.length} tekens, maximaal ${options.maxFieldLength}` })
        continue
      }
      values[field] = v
    }
    if (empty) continue
    yield { file: info.name, line: row.line, values, ...(readerErrors.length ? { readerErrors } : {}) }
  }
  if (header === null) throw new AppError('export_unreadable', { file: info.name, reason: 'het eerste werkblad is leeg' })
}

const FIELD_HINTS: Partial<Record<RegistrationField, string>> = {
  source_ref: 'registratienummer / source_ref / id',
  date: 'registratiedatum / datum / date',
  narrative: 'omschrijving / tekst / relaas / narrative / text',
}

function checkHeaders(file: string, line: number, names: string[], mapping?: ColumnMapping): RecognisedHeaders {
  const header = recogniseHeaders(names, mapping)
  const missing = header.missing[0]
  if (missing) {
    throw new AppError('column_missing', { file, line, field: missing, expected: FIELD_HINTS[missing] ?? missing })
  }
  return header
}
