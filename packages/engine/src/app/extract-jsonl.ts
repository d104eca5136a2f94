import { once } from 'node:events'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { ExtractInputSchema } from '@platformscope/contract'
import { AppError } from '../domain/errors.ts'
import { explainFindings } from '../domain/extraction/explain-findings.ts'
import { toExtractOutput, type Extractor } from '../domain/extraction/extractor.ts'
import { formatJsonPath } from '../domain/catalogue/parse-catalogue.ts'

export interface ExtractStreamOptions {
  /** name of the input in error messages ('-' for stdin) */
  file: string
  explain: boolean
}

/**
 * Streams JSON Lines through the extractor, one record at a time (memory stays flat in input size). A line
 * that is not valid JSON or not a valid record stops the run with an error naming the line; what was already
 * written stays written.
 */
export async function extractJsonLines(
  input: Readable,
  output: Writable,
  extractor: Extractor,
  opts: ExtractStreamOptions,
): Promise<{ records: number }> {
  const lines = createInterface({ input, crlfDelay: Infinity })
  let lineNo = 0
  let records = 0
  for await (const line of lines) {
    lineNo++
    const out = extractLine(line, lineNo, extractor, opts)
    if (out === null) continue
    if (!output.write(out)) await once(output, 'drain')
    records++
  }
  return { records }
}

/**
 * One input line → its output (a JSON line, or the explanation), or null for a blank line. A bad line throws an
 * AppError naming `lineNo`. Shared by the single-threaded stream and the worker threads of `--workers`.
 */
export function extractLine(line: string, lineNo: number, extractor: Extractor, opts: ExtractStreamOptions): string | null {
  if (line.trim() === '') return null
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch (cause) {
    throw new AppError('json_invalid', { file: opts.file, line: lineNo, reason: (cause as Error).message }, { cause })
  }
  const parsed = ExtractInputSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new AppError('input_invalid', {
      file: opts.file,
      line: lineNo,
      field: issue ? formatJsonPath(issue.path).replace(/^\$\.?/, '') || '$' : '$',
      reason: issue?.message ?? 'invalid',
    })
  }
  const findings = extractor.extract(parsed.data)
  return opts.explain ? explainFindings(parsed.data.id, findings) : JSON.stringify(toExtractOutput(parsed.data.id, findings)) + '\n'
}

/** The line breaks readline splits on (crlfDelay: Infinity): LF, CRLF and a lone CR. */
const LINE_BREAK = /\r?\n|\r(?!\n)/

/**
 * The lines of a block of whole lines, split as readline splits a stream: a break at the very end opens no
 * further line.
 */
export function splitLines(block: string): string[] {
  const lines = block.split(LINE_BREAK)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}
