import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { AppError } from '../domain/errors.ts'
import { testExtractor } from '../../test/support/extractor.ts'
import { extractJsonLines } from './extract-jsonl.ts'
import { extractJsonLinesParallel } from './extract-parallel.ts'

const devset = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../test/eval/devset/${name}.jsonl`, import.meta.url)), 'utf8')

/** the tune sets as input, with blank lines, CRLF and lone CR line ends mixed in, cut into small read chunks */
function input(): string {
  const lines = [...devset('tune').split('\n'), ...devset('tune-2').split('\n')].filter((l) => l.trim() !== '')
  return lines.map((l, i) => (i % 7 === 3 ? `${l}\r\n\n` : i % 11 === 5 ? `${l}\r` : `${l}\n`)).join('')
}

function chunked(text: string, size = 3000): Readable {
  const bytes = Buffer.from(text, 'utf8')
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  return Readable.from(chunks)
}

async function run(text: string, workers: number): Promise<{ out: string; records?: number; error?: unknown }> {
  const output = new PassThrough()
  const parts: Buffer[] = []
  output.on('data', (b: Buffer) => parts.push(b))
  const opts = { file: 'in.jsonl', explain: false }
  try {
    const r =
      workers === 1
        ? await extractJsonLines(chunked(text), output, testExtractor(), opts)
        : await extractJsonLinesParallel(chunked(text), output, { ...opts, workers, batchBytes: 4096 })
    return { out: Buffer.concat(parts).toString('utf8'), records: r.records }
  } catch (error) {
    return { out: Buffer.concat(parts).toString('utf8'), error }
  }
}

describe('extract --workers', () => {
  it('gives byte for byte the output of one thread, in input order', async () => {
    const text = input()
    const one = await run(text, 1)
    const three = await run(text, 3)
    assert.equal(one.error, undefined)
    assert.equal(three.error, undefined)
    assert.equal(three.records, one.records)
    assert.equal(one.records, 290)
    assert.equal(three.out, one.out)
  })

  it('stops at a bad line with the same error and the same output before it', async () => {
    const lines = input().split('\n')
    lines.splice(200, 0, '{"id": "X", "text": ')
    const text = lines.join('\n')
    const one = await run(text, 1)
    const two = await run(text, 2)
    assert.ok(one.error instanceof AppError && two.error instanceof AppError)
    assert.equal(two.error.code, 'json_invalid')
    assert.deepEqual(two.error.details, one.error.details)
    assert.equal(two.out, one.out)
    assert.ok(one.out.length > 0)
  })

  it('names the field of an invalid record on its line', async () => {
    const text = `${devset('tune').split('\n')[0] ?? ''}\n{"id": "", "text": "x"}\n`
    const two = await run(text, 2)
    assert.ok(two.error instanceof AppError)
    assert.equal(two.error.code, 'input_invalid')
    assert.equal(two.error.details.line, 2)
    assert.equal(two.error.details.field, 'id')
  })
})
