/** Messages between `extract --workers N` (extract-parallel.ts) and its threads (extract-worker.ts). */
import type { ErrorCode } from '@platformscope/contract'
import { AppError } from '../domain/errors.ts'

export interface WorkerInit {
  /** catalogue and lexicon files; undefined = the defaults, as in the main thread */
  catalogue: string | undefined
  lexicons: string | undefined
  /** input name for error messages */
  file: string
  explain: boolean
}

/** whole lines of the input (UTF-8), moved to the thread */
export interface BatchRequest {
  seq: number
  bytes: Uint8Array
}

export interface BatchReply {
  seq: number
  /** lines in the batch, blank ones included (for the line numbers of later batches) */
  lines: number
  records: number
  /** output of the records before a failure, or of all of them */
  bytes: Uint8Array
  /** the bad line's error, its line number relative to the batch (1 = the batch's first line) */
  failure: Failure | null
}

export type Failure = { app: true; code: ErrorCode; details: Record<string, unknown> } | { app: false; message: string; stack?: string }

export function serializeFailure(error: unknown): Failure {
  if (error instanceof AppError) return { app: true, code: error.code, details: { ...error.details } }
  const e = error instanceof Error ? error : new Error(String(error))
  return { app: false, message: e.message, ...(e.stack ? { stack: e.stack } : {}) }
}

/** The error again, with the line counted from the start of the input. */
export function failureToError(f: Failure, firstLine: number): Error {
  if (!f.app) {
    const e = new Error(f.message)
    if (f.stack) e.stack = f.stack
    return e
  }
  const line = typeof f.details.line === 'number' ? f.details.line + firstLine - 1 : f.details.line
  return new AppError(f.code, { ...f.details, ...(line === undefined ? {} : { line }) })
}
