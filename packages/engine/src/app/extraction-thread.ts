import type { Worker } from 'node:worker_threads'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import type { FindingRows, TextToExtract } from './finding-rows.ts'
import { deserializeError, type SerializedError } from './import-reader-protocol.ts'
import { startTypeScriptWorker } from './typescript-worker.ts'

export interface ExtractRowsRequest {
  seq: number
  items: TextToExtract[]
}

export type ExtractRowsReply = { seq: number; version: string; rows: FindingRows } | { seq: number; error: SerializedError }

const WORKER_URL = new URL('./extract-rows-worker.ts', import.meta.url)

/**
 * The extractor on a thread of its own (same catalogue, same lexicons, so the same findings): requests are
 * answered in order, so a caller can hand over the next texts before it stores the last rows.
 */
export class ExtractionThread {
  private readonly worker: Worker
  private seq = 0
  private readonly waiting = new Map<number, { resolve: (rows: FindingRows) => void; reject: (e: Error) => void }>()

  /** null when the extractor cannot be rebuilt on a thread (it was not made from lexicons) */
  static start(catalogue: Catalogue, extractor: Extractor): ExtractionThread | null {
    return extractor.lexicons ? new ExtractionThread(catalogue, extractor) : null
  }

  private constructor(
    catalogue: Catalogue,
    private readonly extractor: Extractor,
  ) {
    this.worker = startTypeScriptWorker(WORKER_URL, {
      workerData: { catalogue: { data: catalogue.data, version: catalogue.version }, lexicons: extractor.lexicons },
    })
    const failAll = (error: Error): void => {
      for (const w of this.waiting.values()) w.reject(error)
      this.waiting.clear()
    }
    this.worker.on('message', (m: ExtractRowsReply) => {
      const w = this.waiting.get(m.seq)
      this.waiting.delete(m.seq)
      if (!w) return
      if ('error' in m) w.reject(deserializeError(m.error))
      else if (m.version !== this.extractor.version) w.reject(new Error(`extraction thread built ${m.version}, not ${this.extractor.version}`))
      else w.resolve(m.rows)
    })
    this.worker.on('error', failAll)
    this.worker.on('exit', (code) => failAll(new Error(`extraction thread exited with code ${code}`)))
  }

  extract(items: TextToExtract[]): Promise<FindingRows> {
    const seq = this.seq++
    const request: ExtractRowsRequest = { seq, items }
    return new Promise<FindingRows>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject })
      this.worker.postMessage(request)
    })
  }

  async close(): Promise<void> {
    await this.worker.terminate()
  }
}
