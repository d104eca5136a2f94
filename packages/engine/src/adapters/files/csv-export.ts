/**
 * A streaming RFC 4180 reader that knows, for every record, the line on which it starts.
 *
 * Why not csv-parse: its `info.lines` counts CRLF inside quoted fields twice, and after a malformed quote its
 * recovery silently drops the following record. Analysts need "line 4812, field omschrijving", so line
 * numbers must be exact and one bad record must cost only itself.
 */
export interface CsvRecord {
  /** 1-based line on which the record starts */
  line: number
  fields: string[]
  /** indices of fields longer than maxFieldLength (their text is dropped, not kept in memory) */
  tooLong: Array<{ index: number; length: number }>
  /** a structural problem: text after a closing quote, or a quote still open at the end of the file */
  problem: { kind: 'stray_quote' | 'unterminated_quote'; index: number } | null
}

export interface CsvOptions {
  /** sniffed from the first line when absent */
  delimiter?: string
  maxFieldLength: number
}

const QUOTE = 34
const CR = 13
const LF = 10

/** `;`, `,` or tab, whichever occurs most in the first line outside quotes (ties go to `;`, the Dutch default). */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ])
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  let best = ';'
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d
  return best
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export async function* parseCsv(chunks: AsyncIterable<string>, options: CsvOptions): AsyncGenerator<CsvRecord> {
  let delimiter = options.delimiter
  let delim = delimiter?.charCodeAt(0) ?? -1
  const max = options.maxFieldLength

  let state = State.FieldStart
  let line = 1
  let recordLine = 1
  let fields: string[] = []
  let tooLong: CsvRecord['tooLong'] = []
  let problem: CsvRecord['problem'] = null
  let field = ''
  let fieldLength = 0
  let dropping = false
  let wasQuoted = false
  /** a CR ended the previous line; swallow an LF right after it */
  let skipLf = false
  /** last character of the previous chunk, for a CRLF split across chunks inside quotes */
  let previousLast = -1

  const append = (piece: string): void => {
    if (piece.length === 0) return
    fieldLength += piece.length
    if (dropping) return
    if (fieldLength > max) {
      dropping = true
      field = ''
      return
    }
    field += piece
  }
  const endField = (): void => {
    if (dropping) tooLong.push({ index: fields.length, length: fieldLength })
    fields.push(field)
    field = ''
    fieldLength = 0
    dropping = false
  }
  const takeRecord = (): CsvRecord | null => {
    // blank lines and Excel's trailing ";;;;" lines
    const isBlank = !wasQuoted && problem === null && tooLong.length === 0 && fields.every((f) => f === '')
    const record = isBlank ? null : { line: recordLine, fields, tooLong, problem }
    fields = []
    tooLong = []
    problem = null
    wasQuoted = false
    return record
  }

  for await (const chunk of chunks) {
    if (delimiter === undefined) {
      delimiter = sniffDelimiter(chunk)
      delim = delimiter.charCodeAt(0)
    }
    let segStart = 0
    const n = chunk.length
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i)
      if (skipLf) {
        skipLf = false
        if (c === LF) {
          segStart = i + 1
          continue
        }
      }
      if (state === State.FieldStart) {
        if (fields.length === 0 && fieldLength === 0) recordLine = line
        if (c === QUOTE) {
          state = State.Quoted
          wasQuoted = true
          segStart = i + 1
          continue
        }
        // the character belongs to an unquoted field
        state = State.Unquoted
        segStart = i
      }
      switch (state) {
        case State.Unquoted:
          if (c === delim) {
            append(chunk.slice(segStart, i))
            endField()
            state = State.FieldStart
          } else if (c === LF || c === CR) {
            append(chunk.slice(segStart, i))
            endField()
            line++
            if (c === CR) skipLf = true
            state = State.FieldStart
            const r = takeRecord()
            if (r) yield r
          }
          break
        case State.Quoted:
          if (c === QUOTE) {
            append(chunk.slice(segStart, i))
            state = State.QuoteInQuoted
          } else if (c === CR) {
            line++
          } else if (c === LF && (i > 0 ? chunk.charCodeAt(i - 1) : previousLast) !== CR) {
            line++
          }
          break
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            segStart = i // the second quote of "" is kept as one literal quote
            state = State.Quoted
          } else if (c === delim) {
            endField()
            state = State.FieldStart
          } else if (c === LF || c === CR) {
            endField()
            line++
            if (c === CR) skipLf = true
            state = State.FieldStart
            const r = takeRecord()
            if (r) yield r
          } else {
            // text after a closing quote: keep it (the record is reported), read on as unquoted
            problem ??= { kind: 'stray_quote', index: fields.length }
            segStart = i
            state = State.Unquoted
          }
          break
      }
    }
    // carry the open field over to the next chunk
    if (state === State.Unquoted || state === State.Quoted) append(chunk.slice(segStart, n))
    previousLast = n > 0 ? chunk.charCodeAt(n - 1) : previousLast
  }
  const last = state as State
  if (last === State.Quoted) {
    problem = { kind: 'unterminated_quote', index: fields.length }
    endField()
    const r = takeRecord()
    if (r) yield r
    return
  }
  if (last === State.Unquoted || last === State.QuoteInQuoted || fields.length > 0) {
    endField()
    const r = takeRecord()
    if (r) yield r
  }
}
