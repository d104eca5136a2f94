/**
 * The import's reader thread (started by import-reader-thread.ts): reads, decodes, checks and prepares batches
 * (readImportBatches) so the main thread only writes. It runs ahead by as many batches as it has credits, so a
 * slow database holds it back and memory stays flat. Given the extractor's lexicons it also extracts each batch's
 * records, as long as the writer finds records to extract (new or changed ones): a re-import of an unchanged
 * export then costs no extraction beyond the first few batches.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createCatalogue } from '../domain/catalogue/catalogue.ts'
import type { CatalogueData } from '../domain/catalogue/catalogue-schema.ts'
import { createExtractor, type Lexicons } from '../domain/extraction/create-extractor.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import { extractBatchFindings } from './finding-rows.ts'
import { readImportBatches, type BatchBufferKind, type BatchBufferPool, type PreparedBatch } from './import-batches.ts'
import { serializeError, type ReaderRequest, type ReaderMessage } from './import-reader-protocol.ts'

const port = parentPort
if (!port) throw new Error('import-worker.ts runs as a worker thread')
const init = workerData as {
  catalogue: { data: CatalogueData; version: string }
  /** the writer's extractor: its lexicons, and the version this thread must rebuild to extract for it */
  extractor: { lexicons: Lexicons; version: string } | null
}
const catalogue = createCatalogue(init.catalogue.data, init.catalogue.version)
let extractor: Extractor | null = null
let extractAhead = true

let credits = 0
let wake: (() => void) | null = null
/** buffers of written batches, by kind: each batch takes one of each again */
const recycled: Record<BatchBufferKind, ArrayBuffer[]> = { registrations: [], persons: [], links: [] }
const buffers: BatchBufferPool = { take: (kind) => recycled[kind].pop() }

const send = (m: ReaderMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer)

port.on('message', (m: ReaderRequest) => {
  if (m.type === 'credit') {
    for (const kind of ['registrations', 'persons', 'links'] as const) recycled[kind].push(m.buffers[kind])
    extractAhead = m.extractAhead
    credits++
    wake?.()
    return
  }
  credits = m.credits
  void read(m).catch((error: unknown) => send({ type: 'error', error: serializeError(error) }))
})

async function read(m: Extract<ReaderRequest, { type: 'read' }>): Promise<void> {
  for await (const batch of readImportBatches(m.info, { ...m.options, catalogue, buffers })) {
    // extracted before waiting for a credit: this thread works while the writer is busy
    if (init.extractor && extractAhead && batch.texts) {
      extractor ??= createExtractor(catalogue, init.extractor.lexicons)
      if (extractor.version === init.extractor.version) {
        batch.findings = extractBatchFindings(extractor, catalogue, batch.ids, batch.texts)
        batch.texts = null // the writer needs them only to extract itself: less to copy and to collect
      }
    }
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve))
    wake = null
    credits--
    send({ type: 'batch', batch }, transferList(batch))
  }
  send({ type: 'end' })
}

function transferList(b: PreparedBatch): ArrayBuffer[] {
  const views = [b.registrations.bytes, b.registrations.ends, b.persons.bytes, b.persons.ends, b.links.bytes, b.links.ends, b.personStart, b.linkStart]
  if (b.findings) views.push(b.findings.mentionStart, b.findings.vulnerabilityStart)
  return [...new Set(views.map((v) => v.buffer as ArrayBuffer))]
}
