export type CopyValue = string | number | boolean | null

const COPY_SPECIAL = /[\\\t\n\r]/
const COPY_SPECIALS = /[\\\t\n\r]/g
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

/** One value in PostgreSQL's COPY text format (tab-separated, \N for null, backslash escapes). */
export function copyField(v: CopyValue): string {
  if (v === null) return '\\N'
  if (typeof v === 'boolean') return v ? 't' : 'f'
  if (typeof v === 'number') return String(v)
  // most values need no escape: one scan, no new string
  return COPY_SPECIAL.test(v) ? v.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c] ?? c) : v
}

/** Rows in COPY text format as UTF-8 bytes; `ends[i]` is the offset just after row i, so any row can be cut out. */
export interface CopyRows {
  bytes: Uint8Array<ArrayBuffer>
  ends: Uint32Array
}

/**
 * Builds COPY text rows straight into one growing byte buffer (no string per batch, no copy per row), backed by
 * its own ArrayBuffer so a worker thread can hand it over without copying.
 */
export class CopyRowsBuilder {
  private buf: Buffer<ArrayBuffer>
  private length = 0
  private readonly ends: number[] = []

  /** `reuse`: a buffer of an earlier batch to write into, if it is large enough (saves allocating and faulting in
   * megabytes per batch, and keeps the process's memory flat) */
  constructor(initialBytes = 1 << 16, reuse?: ArrayBuffer) {
    this.buf = reuse && reuse.byteLength >= initialBytes ? Buffer.from(reuse) : Buffer.allocUnsafeSlow(initialBytes)
  }

  get rows(): number {
    return this.ends.length
  }

  /** Appends one row of values: the line is joined as a string and encoded into the buffer by one write (a write
   * per field cost a native call each, a tenth of the import reader's time). */
  add(values: readonly CopyValue[]): void {
    let line = copyField(values[0] as CopyValue)
    for (let i = 1; i < values.length; i++) line += '\t' + copyField(values[i] as CopyValue)
    line += '\n'
    // an upper bound: 3 UTF-8 bytes per UTF-16 unit
    this.ensure(this.length + line.length * 3)
    this.length += this.buf.write(line, this.length)
    this.ends.push(this.length)
  }

  private ensure(bytes: number): void {
    if (bytes <= this.buf.length) return
    const next = Buffer.allocUnsafeSlow(Math.max(bytes, this.buf.length * 2))
    this.buf.copy(next, 0, 0, this.length)
    this.buf = next
  }

  finish(): CopyRows {
    return { bytes: new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length), ends: Uint32Array.from(this.ends) }
  }
}

/** The bytes of rows `indexes` (ascending or not), as one buffer; a single contiguous run is not copied. */
export function pickCopyRows(rows: CopyRows, indexes: readonly number[]): Uint8Array {
  if (indexes.length === 0) return new Uint8Array(0)
  const start = (i: number): number => (i === 0 ? 0 : (rows.ends[i - 1] as number))
  const first = indexes[0] as number
  let contiguous = true
  for (let k = 1; k < indexes.length && contiguous; k++) contiguous = indexes[k] === first + k
  if (contiguous) return rows.bytes.subarray(start(first), rows.ends[first + indexes.length - 1])
  let size = 0
  for (const i of indexes) size += (rows.ends[i] as number) - start(i)
  const out = new Uint8Array(size)
  let at = 0
  for (const i of indexes) {
    const piece = rows.bytes.subarray(start(i), rows.ends[i])
    out.set(piece, at)
    at += piece.length
  }
  return out
}
