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

  /** Appends one row of values. Each field is written straight into the buffer: no line string to build. */
  add(values: readonly CopyValue[]): void {
    // an upper bound: 3 UTF-8 bytes per UTF-16 unit covers escapes too (an escaped character is 1 byte → 2)
    let need = this.length + values.length * 3
    for (const v of values) if (typeof v === 'string') need += v.length * 3
    this.ensure(need)
    const buf = this.buf
    let at = this.length
    for (let i = 0; i < values.length; i++) {
      if (i > 0) buf[at++] = 0x09
      const v = values[i] as CopyValue
      if (v === null) {
        buf[at++] = 0x5c // \N
        buf[at++] = 0x4e
      } else at += buf.write(copyField(v), at)
    }
    buf[at++] = 0x0a
    this.length = at
    this.ends.push(at)
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
