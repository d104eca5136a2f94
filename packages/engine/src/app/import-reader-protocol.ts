import type { ExportFileInfo } from '../adapters/files/read-export.ts'
import { AppError } from '../domain/errors.ts'
import type { BatchBufferKind, PreparedBatch, ReadBatchesOptions } from './import-batches.ts'

/** Main thread → reader thread. */
export type ReaderRequest =
  | { type: 'read'; info: ExportFileInfo; options: Omit<ReadBatchesOptions, 'catalogue'>; credits: number }
  /** one more batch may be sent; the buffers of the batch just written come back to be written into again */
  | {
      type: 'credit'
      buffers: Record<BatchBufferKind, ArrayBuffer>
      /** extract the next batches' records ahead of the writer: the batch just written had records to extract */
      extractAhead: boolean
    }

/** Reader thread → main thread. */
export type ReaderMessage =
  | { type: 'batch'; batch: PreparedBatch }
  | { type: 'end' }
  | { type: 'error'; error: SerializedError }

export type SerializedError =
  | { kind: 'app'; code: AppError['code']; details: Record<string, unknown> }
  | { kind: 'other'; name: string; message: string; stack: string | undefined }

/** AppErrors cross the thread boundary intact (code and details make the user's message); others by name. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, details: error.details }
  const e = error instanceof Error ? error : new Error(String(error))
  return { kind: 'other', name: e.name, message: e.message, stack: e.stack }
}

export function deserializeError(e: SerializedError): Error {
  if (e.kind === 'app') return new AppError(e.code, e.details)
  const error = new Error(e.message)
  error.name = e.name
  if (e.stack) error.stack = e.stack
  return error
}
