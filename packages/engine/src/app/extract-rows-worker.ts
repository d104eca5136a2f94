/**
 * A thread that turns registration texts into finding rows (started by extraction-thread.ts), so that
 * `extract --db` extracts the next page while the main thread stores the previous one.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createCatalogue } from '../domain/catalogue/catalogue.ts'
import type { CatalogueData } from '../domain/catalogue/catalogue-schema.ts'
import { createExtractor, type Lexicons } from '../domain/extraction/create-extractor.ts'
import type { ExtractRowsReply, ExtractRowsRequest } from './extraction-thread.ts'
import { extractRows } from './finding-rows.ts'
import { serializeError } from './import-reader-protocol.ts'

const port = parentPort
if (!port) throw new Error('extract-rows-worker.ts runs as a worker thread')
const init = workerData as { catalogue: { data: CatalogueData; version: string }; lexicons: Lexicons }
const catalogue = createCatalogue(init.catalogue.data, init.catalogue.version)
const extractor = createExtractor(catalogue, init.lexicons)

port.on('message', (m: ExtractRowsRequest) => {
  let reply: ExtractRowsReply
  try {
    reply = { seq: m.seq, version: extractor.version, rows: extractRows(extractor, catalogue, m.items) }
  } catch (error) {
    reply = { seq: m.seq, error: serializeError(error) }
  }
  port.postMessage(reply)
})
