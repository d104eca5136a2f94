import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import type { Worker } from 'node:worker_threads'
import type { ExtractStreamOptions } from './extract-jsonl.ts'
import { startTypeScriptWorker } from './typescript-worker.ts'
import { failureToError, type BatchReply, type BatchRequest, type WorkerInit } from './extract-parallel-protocol.ts'

export interface ParallelExtractOptions extends ExtractStreamOptions {
  workers: number
  /** catalogue and lexicon files the threads load (undefined = the defaults) */
  catalogue?: string | undefined
  lexicons?: string | undefined
  /** bytes of whole lines per batch (default 256 KiB) */
  batchBytes?: number
}

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url)
/** batches handed out but not yet written, per thread: one being worked on, one waiting */
const IN_FLIGHT_PER_WORKER = 2

/**
 * `extract --workers N`: the same output as extractJsonLines, from N threads that each build their own extractor.
 * This thread only cuts the input into batches of whole lines and writes the results in input order. At most
 * 2·N batches are out at a time and a batch is only written when the output takes it, so memory stays flat in the
 * input size whatever the speed of input, threads or output. A bad line stops the run with the same error and
 * the same output before it as the single-threaded run.
 */
export async function extractJsonLinesParallel(input: Readable, output: Writable, opts: ParallelExtractOptions): Promise<{ records: number }> {
  const batchBytes = opts.batchBytes ?? 256 * 1024
  const init: WorkerInit = { catalogue: opts.catalogue, lexicons: opts.lexicons, file: opts.file, explain: opts.explain }
  const workers = Array.from({ length: opts.workers }, () => startWorker(init))
  const outstanding = new Array<number>(workers.length).fill(0)
  const owner = new Map<number, number>()
  const replies = new Map<number, BatchReply>()
  let failure: unknown = null
  // one waiter at a time: the reader waiting for a free slot, or the writer waiting for the next reply
  let wake: (() => void) | null = null
  const notify = (): void => {
    const w = wake
    wake = null
    w?.()
  }
  const sleep = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve))
  const fail = (error: unknown): void => {
    failure ??= error
    notify()
  }
  workers.forEach((w) => {
    w.on('message', (m: BatchReply) => {
      replies.set(m.seq, m)
      const k = owner.get(m.seq)
      if (k !== undefined) outstanding[k] = (outstanding[k] ?? 1) - 1
      owner.delete(m.seq)
      notify()
    })
    w.on('error', fail)
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`extraction thread stopped (exit code ${code})`))
    })
  })

  let dispatched = 0
  let written = 0
  let records = 0
  let firstLine = 1
  const limit = IN_FLIGHT_PER_WORKER * workers.length

  /** writes every reply that is next in line; throws a batch's failure after writing what came before it */
  const drain = async (): Promise<void> => {
    for (let r = replies.get(written); r; r = replies.get(written)) {
      replies.delete(written)
      written++
      if (r.bytes.byteLength > 0 && !output.write(r.bytes)) await once(output, 'drain')
      records += r.records
      if (r.failure) throw failureToError(r.failure, firstLine)
      firstLine += r.lines
    }
  }

  const dispatch = async (bytes: Uint8Array): Promise<void> => {
    for (;;) {
      if (failure) throw failure
      await drain()
      if (dispatched - written < limit) break
      await sleep()
    }
    // the thread with the least work
    let k = 0
    for (let i = 1; i < workers.length; i++) if ((outstanding[i] ?? 0) < (outstanding[k] ?? 0)) k = i
    outstanding[k] = (outstanding[k] ?? 0) + 1
    const seq = dispatched++
    owner.set(seq, k)
    const request: BatchRequest = { seq, bytes }
    workers[k]?.postMessage(request, [bytes.buffer as ArrayBuffer])
  }

  try {
    let pending: Buffer[] = []
    let pendingBytes = 0
    for await (const chunk of input as AsyncIterable<Buffer | string>) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
      pending.push(buf)
      pendingBytes += buf.byteLength
      if (pendingBytes < batchBytes) continue
      // cut after the last line feed; the rest waits for more input
      const cut = buf.lastIndexOf(10)
      if (cut < 0) continue
      const rest = buf.subarray(cut + 1)
      pending[pending.length - 1] = buf.subarray(0, cut + 1)
      await dispatch(copyOf(pending, pendingBytes - rest.byteLength))
      pending = rest.byteLength > 0 ? [Buffer.from(rest)] : []
      pendingBytes = rest.byteLength
    }
    if (pendingBytes > 0) await dispatch(copyOf(pending, pendingBytes))
    while (written < dispatched) {
      if (failure) throw failure
      await drain()
      if (written < dispatched) await sleep()
    }
    return { records }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}

/** the chunks as one buffer of its own (transferable; Buffer.concat may hand out a slice of the shared pool) */
function copyOf(chunks: readonly Buffer[], length: number): Uint8Array {
  const out = new Uint8Array(length)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

function startWorker(init: WorkerInit): Worker {
  return startTypeScriptWorker(WORKER_URL, { workerData: init })
}
