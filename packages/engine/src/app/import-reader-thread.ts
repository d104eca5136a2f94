import type { Worker } from 'node:worker_threads'
import type { ExportFileInfo } from '../adapters/files/read-export.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import type { PreparedBatch, ReadBatchesOptions } from './import-batches.ts'
import { deserializeError, type ReaderMessage, type ReaderRequest } from './import-reader-protocol.ts'
import { startTypeScriptWorker } from './typescript-worker.ts'

/** Batches the reader may have sent ahead of the one being written: enough to keep both threads busy, few enough
 * to keep memory flat (their buffers go round between the threads). */
const AHEAD = 3

const WORKER_URL = new URL('./import-worker.ts', import.meta.url)

/**
 * The extracting reader thread's young generation (MB). Extraction makes some 90 KB of short-lived garbage per record;
 * with V8's default the thread's heap swelled enough to take the import past 400 MB of RSS (401–428 MB over four 200k
 * runs into PostgreSQL), with 16 MB it stayed at 379–393 MB at the same speed and CPU (BENCHMARKS.md, "import").
 */
const EXTRACTING_YOUNG_GENERATION_MB = 16

/**
 * Reading, checking and preparing records on a worker thread, so that on a 2-core machine the importer's main
 * thread only talks to the database. One thread serves every file of an import, one file at a time.
 */
export class ImportReaderThread {
  private worker: Worker | null
  private failure: Error | null = null

  /** `extractor`: the writer's, which the thread rebuilds from its lexicons to extract each batch too (import-worker.ts) */
  constructor(
    private readonly catalogue: Catalogue,
    private readonly extractor: Extractor | null,
  ) {
    // started at once: its modules load (~0.5 s) while the main thread checks the file
    this.worker = this.spawn()
  }

  /** The file's prepared batches, in order; the thread's errors (an AppError for a bad file) are thrown here. The
   * thread sends AHEAD batches, then one more for each one released. */
  async *batches(info: ExportFileInfo, options: Omit<ReadBatchesOptions, 'catalogue'>): AsyncGenerator<PreparedBatch> {
    if (this.failure) throw this.failure
    const worker = (this.worker ??= this.spawn())
    const queue: ReaderMessage[] = []
    let notify: (() => void) | null = null
    const push = (m: ReaderMessage): void => {
      queue.push(m)
      notify?.()
    }
    const onMessage = (m: ReaderMessage): void => push(m)
    const onError = (error: Error): void => push({ type: 'error', error: { kind: 'other', name: error.name, message: error.message, stack: error.stack } })
    const onExit = (code: number): void =>
      push({ type: 'error', error: { kind: 'other', name: 'Error', message: `import reader thread exited with code ${code}`, stack: undefined } })
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    let finished = false
    try {
      this.post({ type: 'read', info, options, credits: AHEAD })
      for (;;) {
        while (queue.length === 0) await new Promise<void>((resolve) => (notify = resolve))
        notify = null
        const m = queue.shift() as ReaderMessage
        if (m.type === 'end') {
          finished = true
          return
        }
        if (m.type === 'error') throw deserializeError(m.error)
        yield m.batch
      }
    } finally {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      // left early (a write failed, or the thread did): it may still be reading this file
      if (!finished) await this.close()
    }
  }

  /** The batch is in the database: the thread may send another, and write into its buffers again. `extractAhead`:
   * the batch had records to extract, so the next ones probably have too. */
  release(batch: PreparedBatch, extractAhead: boolean): void {
    const buffers = { registrations: batch.registrations.bytes.buffer, persons: batch.persons.bytes.buffer, links: batch.links.bytes.buffer }
    this.post({ type: 'credit', buffers, extractAhead }, Object.values(buffers))
  }

  async close(): Promise<void> {
    const w = this.worker
    this.worker = null
    this.failure = null
    if (w) await w.terminate()
  }

  private post(m: ReaderRequest, transfer: ArrayBuffer[] = []): void {
    this.worker?.postMessage(m, transfer)
  }

  private spawn(): Worker {
    const lexicons = this.extractor?.lexicons
    const extractor = lexicons && this.extractor ? { lexicons, version: this.extractor.version } : null
    const worker = startTypeScriptWorker(WORKER_URL, {
      ...(extractor ? { resourceLimits: { maxYoungGenerationSizeMb: EXTRACTING_YOUNG_GENERATION_MB } } : {}),
      workerData: { catalogue: { data: this.catalogue.data, version: this.catalogue.version }, extractor },
    })
    // kept until a file is read (an 'error' event without a listener would take the process down)
    worker.on('error', (error) => (this.failure ??= error))
    return worker
  }
}
