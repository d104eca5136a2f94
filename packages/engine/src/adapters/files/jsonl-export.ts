/** One JSON Lines line with its 1-based line number; blank lines are skipped. */
export interface JsonlLine {
  line: number
  text: string
  /** the line exceeded maxLineLength: its text is dropped, only its length is known */
  tooLong: number | null
}

/**
 * Splits decoded chunks into lines without ever holding more than one line (capped at maxLineLength) in memory,
 * so a runaway line cannot take the process down.
 */
export async function* splitJsonLines(chunks: AsyncIterable<string>, maxLineLength: number): AsyncGenerator<JsonlLine> {
  let line = 1
  let pending = ''
  let pendingLength = 0
  let dropping = false
  for await (const chunk of chunks) {
    let start = 0
    for (;;) {
      const nl = chunk.indexOf('\n', start)
      const piece = nl === -1 ? chunk.slice(start) : chunk.slice(start, nl)
      pendingLength += piece.length
      if (!dropping) {
        if (pendingLength > maxLineLength) {
          dropping = true
          pending = ''
        } else pending += piece
      }
      if (nl === -1) break
      const out = emit(line, pending, pendingLength, dropping)
      if (out) yield out
      line++
      pending = ''
      pendingLength = 0
      dropping = false
      start = nl + 1
    }
  }
  const out = emit(line, pending, pendingLength, dropping)
  if (out) yield out
}

function emit(line: number, text: string, length: number, dropping: boolean): JsonlLine | null {
  if (dropping) return { line, text: '', tooLong: length }
  const t = text.endsWith('\r') ? text.slice(0, -1) : text
  if (t.trim() === '') return null
  return { line, text: t, tooLong: null }
}

/**
 * splitJsonLines for UTF-8 bytes: each line is cut at its LF byte (never part of another UTF-8 character) and
 * decoded on its own, which costs a fraction of decoding whole chunks and splitting the strings. Same lines,
 * numbers and too-long lengths (in UTF-16 units, as the text version counts them).
 */
export async function* splitUtf8JsonLines(chunks: AsyncIterable<Buffer>, maxLineLength: number): AsyncGenerator<JsonlLine> {
  // a UTF-16 unit takes at most 3 bytes (a pair of them 4), so a line of more bytes than this is too long for sure
  const maxBytes = maxLineLength * 3
  let line = 1
  let pieces: Buffer[] = []
  let pieceBytes = 0
  /** UTF-16 length so far of a line too long to keep */
  let dropped: number | null = null
  for await (const chunk of chunks) {
    let start = 0
    for (;;) {
      const nl = chunk.indexOf(0x0a, start)
      const end = nl === -1 ? chunk.length : nl
      if (dropped !== null) dropped += utf16Length(chunk, start, end)
      else if (pieceBytes + end - start > maxBytes) {
        dropped = pieces.reduce((n, p) => n + utf16Length(p, 0, p.length), 0) + utf16Length(chunk, start, end)
        pieces = []
        pieceBytes = 0
      } else if (nl === -1) {
        // copied: the chunk's buffer may be read into again
        if (end > start) pieces.push(Buffer.from(chunk.subarray(start, end)))
        pieceBytes += end - start
      }
      if (nl === -1) break
      const out = finishLine(line, chunk, start, end, pieces, dropped, maxLineLength)
      if (out) yield out
      line++
      pieces = []
      pieceBytes = 0
      dropped = null
      start = nl + 1
    }
  }
  const empty = Buffer.alloc(0)
  const out = finishLine(line, empty, 0, 0, pieces, dropped, maxLineLength)
  if (out) yield out
}

function finishLine(
  line: number,
  chunk: Buffer,
  start: number,
  end: number,
  pieces: Buffer[],
  dropped: number | null,
  maxLineLength: number,
): JsonlLine | null {
  if (dropped !== null) return emit(line, '', dropped, true)
  const text =
    pieces.length === 0 ? chunk.toString('utf8', start, end) : Buffer.concat([...pieces, chunk.subarray(start, end)]).toString('utf8')
  return emit(line, text, text.length, text.length > maxLineLength)
}

/** The length in UTF-16 units of well-formed UTF-8 bytes: one per character, two for those beyond the BMP. */
function utf16Length(b: Buffer, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) {
    const byte = b[i] as number
    if ((byte & 0xc0) !== 0x80) n += byte >= 0xf0 ? 2 : 1
  }
  return n
}
