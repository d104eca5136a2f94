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
