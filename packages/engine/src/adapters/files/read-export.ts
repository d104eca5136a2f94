import { createReadStream } from 'node:fs'
import { createHash } from 'node:crypto'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { isUtf8 as isValidUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import { AppError } from '../../domain/errors.ts'

export type ExportFormat = 'csv' | 'xlsx' | 'jsonl'
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

export interface ExportFileInfo {
  path: string
  /** as shown in messages and rejects: the name the user gave */
  name: string
  size: number
  sha256: string
  format: ExportFormat
  /** null for XLSX (a zip) */
  encoding: TextEncoding | null
}

const CHUNK = 1 << 20
const SNIFF_BYTES = 64 * 1024

/**
 * One pass over the bytes: SHA-256 (for import_batch provenance), format, and encoding. UTF-8 is decided by a
 * fatal TextDecoder over the whole file (with or without BOM); otherwise Windows-1252, unless the file mixes
 * UTF-8 sequences with invalid ones (a half re-encoded export) or holds bytes Windows-1252 leaves undefined.
 * Binary files (NUL bytes, known magic numbers) are refused before anything is parsed.
 */
export async function inspectExport(file: string, displayName = file): Promise<ExportFileInfo> {
  let size: number
  try {
    const st = await stat(file)
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' })
    size = st.size
  } catch (cause) {
    throw new AppError('export_unreadable', { file: displayName, reason: (cause as NodeJS.ErrnoException).code ?? 'onleesbaar' }, { cause })
  }
  const hash = createHash('sha256')
  const utf8 = new Utf8Validator()
  let first: Buffer | null = null
  let isUtf8 = true
  let sawUtf8Multibyte = false
  let cp1252Undefined = 0
  let format: ExportFormat | null = null
  let bomEncoding: TextEncoding | null = null
  for await (const chunk of readReusedChunks(file)) {
    hash.update(chunk)
    if (first === null) {
      first = Buffer.from(chunk.subarray(0, SNIFF_BYTES))
      bomEncoding = bomOf(first)
      format = sniffFormat(first, displayName, bomEncoding)
      if (format === 'xlsx' || bomEncoding?.startsWith('utf-16')) isUtf8 = false
    }
    if (format === 'xlsx' || bomEncoding?.startsWith('utf-16')) continue
    if (isUtf8) {
      if (utf8.push(chunk)) {
        if (!sawUtf8Multibyte && hasHighByte(chunk)) sawUtf8Multibyte = true
        continue
      }
      isUtf8 = false
    }
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number
      if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) cp1252Undefined++
      // a well-formed 2-byte UTF-8 letter (é = C3 A9) is rare in real Windows-1252 text ("Ã©")
      else if ((b === 0xc3 || b === 0xc2) && i + 1 < chunk.length) {
        const n = chunk[i + 1] as number
        if (n >= 0x80 && n <= 0xbf) sawUtf8Multibyte = true
      }
    }
  }
  if (first === null || first.length === 0) {
    throw new AppError('export_unreadable', { file: displayName, reason: 'het bestand is leeg' })
  }
  if (isUtf8 && !utf8.end()) {
    throw new AppError('encoding_invalid', {
      file: displayName,
      reason: 'het bestand houdt op midden in een teken (afgebroken export?)',
    })
  }
  let encoding: TextEncoding | null = null
  if (format !== 'xlsx') {
    if (bomEncoding) encoding = bomEncoding
    else if (isUtf8) encoding = 'utf-8'
    else if (sawUtf8Multibyte) {
      throw new AppError('encoding_invalid', {
        file: displayName,
        reason: 'gemengde tekencodering: deels UTF-8, deels iets anders. Exporteer opnieuw als UTF-8',
      })
    } else if (cp1252Undefined > 0) {
      throw new AppError('encoding_invalid', {
        file: displayName,
        reason: 'geen UTF-8 en geen Windows-1252. Exporteer opnieuw als UTF-8',
      })
    } else encoding = 'windows-1252'
  }
  return { path: file, name: displayName, size, sha256: hash.digest('hex'), format: format ?? 'csv', encoding }
}

/**
 * Strict UTF-8 validation over a byte stream without decoding it (buffer.isUtf8 is native and allocates no
 * string); a character split across chunks is carried over to the next one.
 */
class Utf8Validator {
  private carry: Buffer = Buffer.alloc(0)
  push(chunk: Buffer): boolean {
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk
    const cut = completeUpTo(bytes)
    this.carry = Buffer.from(bytes.subarray(cut))
    return isValidUtf8(bytes.subarray(0, cut))
  }
  end(): boolean {
    return this.carry.length === 0
  }
}

/** The length of the prefix that ends on a character boundary (at most 3 bytes are held back). */
function completeUpTo(b: Buffer): number {
  const n = b.length
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = b[n - back] as number
    if ((byte & 0xc0) === 0x80) continue // continuation byte: look further back for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return need > back ? n - back : n
  }
  return n
}

function hasHighByte(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) >= 0x80) return true
  return false
}

function bomOf(b: Buffer): TextEncoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8'
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le'
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be'
  return null
}

const BINARY_MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['oud Excel (.xls); sla op als .xlsx of CSV', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip', [0x1f, 0x8b]],
]

function sniffFormat(head: Buffer, name: string, bom: TextEncoding | null): ExportFormat {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx'
  for (const [kind, magic] of BINARY_MAGIC) {
    if (magic.every((m, i) => head[i] === m)) {
      throw new AppError('export_unreadable', { file: name, reason: `binair bestand (${kind}), geen export` })
    }
  }
  if (!bom?.startsWith('utf-16') && head.includes(0)) {
    throw new AppError('export_unreadable', {
      file: name,
      reason: 'binair bestand (bevat NUL-bytes); verwacht CSV, XLSX of JSON Lines',
    })
  }
  const ext = path.extname(name).toLowerCase()
  if (ext === '.xlsx') {
    throw new AppError('export_unreadable', { file: name, reason: 'geen geldig XLSX-bestand' })
  }
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl'
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv'
  const firstChar = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()[0]
  return firstChar === '{' ? 'jsonl' : 'csv'
}

/** The file as decoded text chunks (BOM removed); `onBytes` reports progress in bytes read. */
export async function* readExportText(
  info: ExportFileInfo,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<string> {
  const encoding = info.encoding ?? 'utf-8'
  const utf8 = new TextDecoder('utf-8') // strips a leading BOM
  const decoder =
    encoding === 'utf-8'
      ? { write: (b: Buffer) => utf8.decode(b, { stream: true }), end: () => utf8.decode() }
      : iconv.getDecoder(encoding === 'windows-1252' ? 'win1252' : encoding)
  let read = 0
  let first = true
  for await (const chunk of createReadStream(info.path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    read += chunk.length
    let text = decoder.write(chunk)
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    first = false
    if (text) yield text
    onBytes?.(read)
  }
  const rest = decoder.end()
  if (rest) yield rest
}

/**
 * The bytes of a UTF-8 export in chunks, BOM removed; for readers that split lines before decoding. A chunk is
 * only valid until the next one is asked for (one buffer is read into again and again).
 */
export async function* readExportBytes(info: ExportFileInfo, onBytes?: (bytesRead: number) => void): AsyncGenerator<Buffer> {
  if (info.encoding !== 'utf-8') throw new Error(`readExportBytes on a ${info.encoding ?? 'binary'} file`)
  let read = 0
  for await (const chunk of readReusedChunks(info.path)) {
    const first = read === 0
    read += chunk.length
    yield first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk
    onBytes?.(read)
  }
}

/**
 * A file in chunks read into one reused buffer: a gigabyte read through fresh buffers costs as much again in
 * allocation and page faults. A chunk is only valid until the next one is asked for.
 */
async function* readReusedChunks(file: string): AsyncGenerator<Buffer> {
  const handle = await open(file)
  try {
    const buf = Buffer.allocUnsafeSlow(CHUNK)
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null)
      if (bytesRead === 0) return
      yield buf.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}
