/**
 * One extraction thread of `platformscope extract --workers N` (started by extract-parallel.ts). It builds its own
 * extractor from the same catalogue and lexicon files and turns batches of whole JSON lines into output bytes.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadCatalogue } from '../adapters/files/load-catalogue.ts'
import { loadLexicons } from '../adapters/files/load-lexicons.ts'
import { createExtractor } from '../domain/extraction/create-extractor.ts'
import { extractLine, splitLines } from './extract-jsonl.ts'
import { serializeFailure, type BatchReply, type BatchRequest, type WorkerInit } from './extract-parallel-protocol.ts'

const port = parentPort
if (!port) throw new Error('extract-worker.ts runs as a worker thread')
const init = workerData as WorkerInit
const catalogue = loadCatalogue(init.catalogue)
const extractor = createExtractor(catalogue, loadLexicons(catalogue, init.lexicons))
const encoder = new TextEncoder()
const opts = { file: init.file, explain: init.explain }

port.on('message', (m: BatchRequest) => {
  const lines = splitLines(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength).toString('utf8'))
  let out = ''
  let records = 0
  let failure: BatchReply['failure'] = null
  for (let i = 0; i < lines.length; i++) {
    try {
      const text = extractLine(lines[i] ?? '', i + 1, extractor, opts)
      if (text === null) continue
      out += text
      records++
    } catch (error) {
      // the line number is relative to the batch; the main thread knows where the batch starts
      failure = serializeFailure(error)
      break
    }
  }
  // an encoded copy of its own, so that the buffer can move to the main thread without copying
  const bytes = encoder.encode(out)
  const reply: BatchReply = { seq: m.seq, lines: lines.length, records, bytes, failure }
  port.postMessage(reply, [bytes.buffer as ArrayBuffer])
})
