import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inspectExport, readExportText } from '../../src/adapters/files/read-export.ts'
import { parseCsv, sniffDelimiter, type CsvRecord } from '../../src/adapters/files/csv-export.ts'
import fc from 'fast-check'
import { splitJsonLines, splitUtf8JsonLines } from '../../src/adapters/files/jsonl-export.ts'
import { readRawRecords } from '../../src/adapters/files/read-registrations.ts'
import { AppError } from '../../src/domain/errors.ts'

const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/exports', name)

async function text(file: string): Promise<string> {
  let s = ''
  for await (const c of readExportText(await inspectExport(file))) s += c
  return s
}

async function* chunked(s: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size)
}

async function csv(s: string, size = 1 << 16, maxFieldLength = 1000): Promise<CsvRecord[]> {
  const out: CsvRecord[] = []
  for await (const r of parseCsv(chunked(s, size), { maxFieldLength })) out.push(r)
  return out
}

const rejectsWith = (code: string) => (e: unknown) => e instanceof AppError && e.code === code

describe(inspectExport.name, () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ps-read-export-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('reads UTF-8 with and without BOM and Windows-1252 with € and ë intact', async () => {
    assert.equal((await inspectExport(fixture('semicolon-delimited.csv'))).encoding, 'utf-8')
    assert.equal((await inspectExport(fixture('utf-8-bom.csv'))).encoding, 'utf-8')
    assert.equal((await inspectExport(fixture('windows-1252-euro.csv'))).encoding, 'windows-1252')
    const bom = await text(fixture('utf-8-bom.csv'))
    assert.ok(bom.startsWith('Registratienummer'), 'BOM removed')
    assert.ok(bom.includes('reeën'))
    const cp = await text(fixture('windows-1252-euro.csv'))
    assert.ok(cp.includes('€ 50') && cp.includes('café') && cp.includes('(ë)'))
  })
  it('gives the SHA-256 of the bytes', async () => {
    const info = await inspectExport(fixture('semicolon-delimited.csv'))
    assert.match(info.sha256, /^[0-9a-f]{64}$/)
    assert.equal(info.format, 'csv')
  })
  it('refuses a file that mixes UTF-8 with another encoding', async () => {
    await assert.rejects(inspectExport(fixture('mixed-encoding.csv')), rejectsWith('encoding_invalid'))
  })
  it('refuses bytes that Windows-1252 leaves undefined', async () => {
    const f = path.join(dir, 'undefined-bytes.csv')
    writeFileSync(f, Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0x81, 0x8d, 0x3b, 0x63, 0x0a]))
    await assert.rejects(inspectExport(f), rejectsWith('encoding_invalid'))
  })
  it('refuses binary files: NUL bytes, images, PDF, old .xls, an empty file', async () => {
    const cases: Array<[string, Buffer]> = [
      ['random.csv', Buffer.from([0x12, 0x00, 0xff, 0x3b, 0x00, 0x01, 0x02])],
      ['picture.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
      ['report.csv', Buffer.from('%PDF-1.7\n')],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      ['empty.csv', Buffer.alloc(0)],
    ]
    for (const [name, bytes] of cases) {
      const f = path.join(dir, name)
      writeFileSync(f, bytes)
      await assert.rejects(inspectExport(f), rejectsWith('export_unreadable'), name)
    }
  })
  it('reports a missing file as unreadable', async () => {
    await assert.rejects(inspectExport(path.join(dir, 'does-not-exist.csv')), rejectsWith('export_unreadable'))
  })
  it('tells JSON Lines from CSV by extension or first character', async () => {
    assert.equal((await inspectExport(fixture('generator-format.jsonl'))).format, 'jsonl')
    const f = path.join(dir, 'export.dat')
    writeFileSync(f, '{"id":"A"}\n')
    assert.equal((await inspectExport(f)).format, 'jsonl')
  })
})

describe(parseCsv.name, () => {
  const sample = ['a;b', '1;"x', 'y"', '', '2;"z"q', '3;"a""b', '', 'c";d', ';;', '5;' + 'x'.repeat(30), '6;"open', 'x'].join('\r\n')

  it('gives the line on which each record starts, across quoted line breaks and blank lines', async () => {
    const rs = await csv(sample, 1 << 16, 20)
    assert.deepEqual(rs.map((r) => r.line), [1, 2, 5, 6, 10, 11])
    assert.deepEqual(rs[1]?.fields, ['1', 'x\r\ny'])
    assert.deepEqual(rs[3]?.fields, ['3', 'a"b\r\n\r\nc', 'd'])
  })
  it('gives the same records whatever the chunk boundaries', async () => {
    const whole = JSON.stringify(await csv(sample, 1 << 16, 20))
    for (const size of [1, 2, 3, 5, 7, 13]) assert.equal(JSON.stringify(await csv(sample, size, 20)), whole, `chunk ${size}`)
  })
  it('flags text after a closing quote, an unterminated quote and over-long fields without keeping them', async () => {
    const rs = await csv(sample, 4, 20)
    assert.deepEqual(rs[2]?.problem, { kind: 'stray_quote', index: 1 })
    assert.deepEqual(rs[4]?.tooLong, [{ index: 1, length: 30 }])
    assert.equal(rs[4]?.fields[1], '')
    assert.deepEqual(rs[5]?.problem, { kind: 'unterminated_quote', index: 1 })
  })
  it('sniffs ; , and tab from the header line, outside quotes', () => {
    assert.equal(sniffDelimiter('a;b;c\n1,2'), ';')
    assert.equal(sniffDelimiter('a,b,"c;d;e"\n'), ',')
    assert.equal(sniffDelimiter('a\tb\tc'), '\t')
    assert.equal(sniffDelimiter('enkel'), ';')
  })
})

describe(splitUtf8JsonLines.name, () => {
  /** the bytes in chunks cut at `cuts`, each in the same buffer, scribbled over once the next is asked for */
  async function* bytesIn(b: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
    const reused = Buffer.alloc(b.length)
    let at = 0
    for (const c of [...cuts.filter((x) => x > 0 && x < b.length), b.length].sort((x, y) => x - y)) {
      b.copy(reused, 0, at, c)
      yield reused.subarray(0, c - at)
      reused.fill('{')
      at = c
    }
  }
  const all = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
    const out: T[] = []
    for await (const x of it) out.push(x)
    return out
  }

  it('gives the lines of splitJsonLines over the decoded text, wherever the chunks split the bytes', async () => {
    // lines of ASCII, accents, € and emoji (3- and 4-byte UTF-8, surrogate pairs), CR, blanks and over-long ones
    const piece = fc.constantFrom('a', '{', '"', ' ', 'é', '€', '😀', '\r', '\n', '\n', 'xxxxxxxx')
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(200), { maxLength: 6 }), fc.integer({ min: 1, max: 12 }), async (pieces, cuts, max) => {
        const text = pieces.join('')
        const bytes = Buffer.from(text, 'utf8')
        const expected = await all(splitJsonLines(chunked(text, 1 << 16), max))
        assert.deepEqual(await all(splitUtf8JsonLines(bytesIn(bytes, cuts), max)), expected)
      }),
      { numRuns: 300 },
    )
  })
})

describe(splitJsonLines.name, () => {
  it('numbers lines, skips blank ones and caps a runaway line', async () => {
    const out = []
    for await (const l of splitJsonLines(chunked('{"a":1}\r\n\n{"b":2}\n' + 'x'.repeat(50) + '\n{"c":3}', 7), 20)) out.push(l)
    assert.deepEqual(out, [
      { line: 1, text: '{"a":1}', tooLong: null },
      { line: 3, text: '{"b":2}', tooLong: null },
      { line: 4, text: '', tooLong: 50 },
      { line: 5, text: '{"c":3}', tooLong: null },
    ])
  })
})

describe(readRawRecords.name, () => {
  it('maps headers of every delimiter to the same fields', async () => {
    for (const name of ['semicolon-delimited.csv', 'comma-delimited.csv', 'tab-delimited.csv']) {
      const info = await inspectExport(fixture(name))
      const first = (await readRawRecords(info, { maxFieldLength: 1000 }).next()).value
      assert.ok(first, name)
      assert.deepEqual(Object.keys(first.values).sort(), ['date', 'narrative', 'societal_class', 'source_ref', 'unit'], name)
      assert.equal(first.line, 2)
    }
  })
  it('names the missing column and the header line', async () => {
    const info = await inspectExport(fixture('missing-column.csv'))
    await assert.rejects(
      readRawRecords(info, { maxFieldLength: 1000 }).next(),
      (e: unknown) => e instanceof AppError && e.code === 'column_missing' && e.details.field === 'narrative' && e.details.line === 1,
    )
  })
  it('reads the generator format, ignoring its ground truth', async () => {
    const info = await inspectExport(fixture('generator-format.jsonl'))
    const first = (await readRawRecords(info, { maxFieldLength: 1000 }).next()).value
    assert.ok(first)
    assert.equal(first.values.source_ref, 'JL-001')
    assert.equal(first.values.source, 'calibrated')
    assert.ok(Array.isArray(first.values.persons))
    assert.ok(!('truth' in first.values))
  })
})
