import { randomUUID } from 'node:crypto'
import { createWriteStream, rmSync, statSync, type WriteStream } from 'node:fs'
import { pickCopyRows } from '../adapters/db/copy-text.ts'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import {
  addImportBatchCounts,
  finishImportBatch,
  startImportBatch,
  type ImportCounts,
} from '../adapters/db/import-batch.repository.ts'
import { deleteSuggestedFindings } from '../adapters/db/mention.repository.ts'
import {
  deleteRegisteredPersonLinks,
  insertNewPersonLinks,
  insertPersonLinkRows,
  upsertPersonRows,
} from '../adapters/db/person.repository.ts'
import { markPictureDirty, takeOverPictureMarks } from '../adapters/db/picture-marks.ts'
import { syncCataloguePlatforms } from '../adapters/db/platform.repository.ts'
import {
  findStoredRegistrations,
  findUnextracted,
  insertNewRegistrations,
  upsertRegistrationRows,
  type StoredRegistration,
} from '../adapters/db/registration.repository.ts'
import { withBulkSession, type BulkSession } from '../adapters/db/bulk-session.ts'
import { inspectExport, type ExportFileInfo, type ExportFormat, type TextEncoding } from '../adapters/files/read-export.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import type { ColumnMapping } from '../domain/registration/registration-fields.ts'
import type { RowError } from '../domain/registration/row-error.ts'
import { storeFindingRows } from './extract-registrations.ts'
import { extractRows, pickFindings } from './finding-rows.ts'
import { readImportBatches, type OnError, type PreparedBatch, type ReadBatchesOptions, type TextOfRecord } from './import-batches.ts'
import { ImportReaderThread } from './import-reader-thread.ts'

export type { OnError } from './import-batches.ts'

export const DEFAULT_SOURCE = 'export'
export const DEFAULT_BATCH_SIZE = 2000
/**
 * Records per transaction when the import extracts: each batch then carries its findings through both threads
 * (extracted on the reader thread, stored from the main thread), and with 2,000 the two heaps took the import past
 * 400 MB of RSS (415–437 MB over 200k into PostgreSQL); 1,000 kept it at 337–357 MB at the same speed (BENCHMARKS.md).
 */
export const DEFAULT_EXTRACTING_BATCH_SIZE = 1000

export interface ImportOptions {
  conn: DatabaseConnection
  catalogue: Catalogue
  /** null: store registrations only (--no-extract) */
  extractor: Extractor | null
  files: readonly string[]
  /** source of records that name none themselves */
  source?: string
  onError?: OnError
  mapping?: ColumnMapping
  /** records per transaction; default DEFAULT_BATCH_SIZE, or DEFAULT_EXTRACTING_BATCH_SIZE with an extractor */
  batchSize?: number
  /** where rejected records are described; default FILE.rejects.jsonl next to the file */
  rejectsPathFor?: (file: string) => string
  now?: () => Date
  onProgress?: (p: ImportProgress) => void
  /** called as each file is done, so its summary is shown even if a later file fails */
  onFileDone?: (s: FileImportSummary) => void
  /** read on a worker thread; by default for files of READER_THREAD_MIN_BYTES and more */
  readerThread?: boolean
}

/** Below this a reader thread costs more (~0.5 s to start) than it saves (~20 µs per record). */
export const READER_THREAD_MIN_BYTES = 16 * 1024 * 1024

/**
 * The PGlite buffer pool (MB) for importing these files: PGlite's 128 MB stops holding the indexes (random UUID
 * keys) at a few hundred thousand registrations, and from then on every insert misses and goes through the
 * emulated file system (the last 100k of 1M took four times the first). 512 MB keeps it nearly flat, but PGlite
 * takes that memory at start, so only imports of 256 MB and more ask for it. undefined: PGlite's default.
 */
export function bulkImportBufferMb(files: readonly string[]): number | undefined {
  let bytes = 0
  for (const f of files) {
    try {
      bytes += statSync(f).size
    } catch {
      // the import reports it
    }
  }
  return bytes >= 256 * 1024 * 1024 ? 512 : undefined
}

export interface ImportProgress extends ImportCounts {
  file: string
  bytesRead: number
  totalBytes: number
}

export interface FileImportSummary extends ImportCounts {
  file: string
  batchId: string
  format: ExportFormat
  encoding: TextEncoding | null
  sha256: string
  extracted: number
  mentions: number
  /** null when nothing was rejected */
  rejectsFile: string | null
  /** the first few rejects, for the summary on screen */
  firstRejects: RowError[]
}

const SHOWN_REJECTS = 10

/**
 * `platformscope import`: streams each export in batches, one transaction per batch (a killed import loses at
 * most the batch in flight and a re-run completes it, duplicating nothing since ids are UUIDv5 of
 * (source, source_ref)). Unchanged records change nothing; new and changed ones are extracted in the same
 * transaction. Bad records go to the rejects file with file, line, field and reason — never their text.
 *
 * A worker thread reads, checks and prepares the batches (import-batches.ts) while this thread writes them, so
 * reading and the database each get a core.
 */
export async function importExports(options: ImportOptions): Promise<FileImportSummary[]> {
  if (options.extractor) await syncCataloguePlatforms(options.conn.db, options.catalogue)
  const readers = new BatchReaders(options)
  try {
    const out: FileImportSummary[] = []
    for (const file of options.files) {
      const summary = await importFile(file, options, readers)
      options.onFileDone?.(summary)
      out.push(summary)
    }
    return out
  } finally {
    await readers.close()
  }
}

/** Where a file's batches are prepared: on this thread, or (big files) on a reader thread shared by the files. */
class BatchReaders {
  private thread: ImportReaderThread | null = null
  constructor(private readonly options: ImportOptions) {}

  /** Starts the thread now if the file will need it, so it boots while the file is inspected. */
  prepare(file: string): boolean {
    let size = 0
    try {
      size = statSync(file).size
    } catch {
      // inspectExport reports it
    }
    const threaded = this.options.readerThread ?? size >= READER_THREAD_MIN_BYTES
    if (threaded) this.thread ??= new ImportReaderThread(this.options.catalogue, this.options.extractor)
    return threaded
  }

  batches(threaded: boolean, info: ExportFileInfo, options: Omit<ReadBatchesOptions, 'catalogue'>): AsyncGenerator<PreparedBatch> {
    if (!threaded) return readImportBatches(info, { ...options, catalogue: this.options.catalogue })
    this.thread ??= new ImportReaderThread(this.options.catalogue, this.options.extractor)
    return this.thread.batches(info, options)
  }

  /** The batch is written: a reader thread gets its buffers back. */
  release(threaded: boolean, batch: PreparedBatch, hadRecordsToExtract: boolean): void {
    if (threaded) this.thread?.release(batch, hadRecordsToExtract)
  }

  async close(): Promise<void> {
    await this.thread?.close()
  }
}

async function importFile(file: string, options: ImportOptions, readers: BatchReaders): Promise<FileImportSummary> {
  const { conn, catalogue, extractor } = options
  const now = options.now ?? (() => new Date())
  const onError = options.onError ?? 'abort'
  const defaultSource = options.source ?? DEFAULT_SOURCE
  const threaded = readers.prepare(file)
  const info = await inspectExport(file)
  const rejectsFile = (options.rejectsPathFor ?? ((f: string) => `${f}.rejects.jsonl`))(file)
  rmSync(rejectsFile, { force: true }) // a stale rejects file from an earlier run would mislead

  const batchId = randomUUID()
  await startImportBatch(conn.db, {
    id: batchId,
    source: defaultSource,
    fileName: info.name,
    fileSha256: info.sha256,
    startedAt: now(),
    catalogueVersion: catalogue.version,
  })

  const total: ImportCounts = { recordsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 }
  let extracted = 0
  let mentions = 0
  let rejects: WriteStream | null = null
  const firstRejects: RowError[] = []
  const writeRejects = async (errors: readonly RowError[]): Promise<void> => {
    if (firstRejects.length < SHOWN_REJECTS) firstRejects.push(...errors.slice(0, SHOWN_REJECTS - firstRejects.length))
    rejects ??= createWriteStream(rejectsFile, { encoding: 'utf8' })
    for (const e of errors) {
      if (!rejects.write(JSON.stringify(e) + '\n')) await new Promise<void>((r) => rejects?.once('drain', () => r()))
    }
  }
  const write: BatchWriter = {
    conn, catalogue, extractor, batchId, file: info.name, onError, writeRejects, expectNew: true,
    overlap: conn.pool !== undefined && extractor === null,
  }

  try {
    const batches = readers.batches(threaded, info, {
      importBatchId: batchId,
      defaultSource,
      onError,
      batchSize: options.batchSize ?? (extractor ? DEFAULT_EXTRACTING_BATCH_SIZE : DEFAULT_BATCH_SIZE),
      ...(options.mapping ? { mapping: options.mapping } : {}),
      withTexts: extractor !== null,
    })
    await writeInOrder(batches, write, (batch, result) => {
      Object.assign(total, addCounts(total, result.counts))
      extracted += result.extracted
      mentions += result.mentions
      readers.release(threaded, batch, result.extracted > 0)
      options.onProgress?.({ file: info.name, bytesRead: batch.bytesRead, totalBytes: info.size, ...total })
      if (batch.stopped) {
        const e = batch.rejects[batch.rejects.length - 1]?.[0] as RowError
        throw new AppError(e.code, { file: e.file, line: e.line, field: e.field, reason: e.message, value: e.value, firstLine: e.firstLine })
      }
    })
    await finishImportBatch(conn.db, batchId, 'completed', now())
  } catch (error) {
    await finishImportBatch(conn.db, batchId, 'failed', now()).catch(() => undefined)
    throw error
  } finally {
    const r = rejects as WriteStream | null
    if (r) await new Promise<void>((resolve) => r.end(resolve))
  }
  return {
    file: info.name,
    batchId,
    format: info.format,
    encoding: info.encoding,
    sha256: info.sha256,
    ...total,
    extracted,
    mentions,
    rejectsFile: total.rejected > 0 ? rejectsFile : null,
    firstRejects,
  }
}

function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  return {
    recordsRead: a.recordsRead + b.recordsRead,
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    rejected: a.rejected + b.rejected,
  }
}

/**
 * Writes the batches so that they commit in file order: one after the other, or on a server the next one started
 * while the previous one finishes (writeBatch), so up to two transactions are open. `written` runs after each
 * commit, in order; an error it throws stops the import like a failed batch. Returns, or throws the first
 * failure, only when no batch is on its way any more.
 */
async function writeInOrder(
  batches: AsyncIterable<PreparedBatch>,
  w: BatchWriter,
  written: (batch: PreparedBatch, result: BatchResult) => void,
): Promise<void> {
  const inFlight = new Set<Promise<void>>()
  let previous: BatchProgress = { personsWritten: Promise.resolve(), committed: Promise.resolve() }
  let failure: { error: unknown } | null = null
  try {
    for await (const batch of batches) {
      if (failure) break
      let personsWritten = (): void => undefined
      let failed = (_: unknown): void => undefined
      const persons = new Promise<void>((resolve, reject) => {
        personsWritten = resolve
        failed = reject
      })
      persons.catch(() => undefined) // a failure is reported through `done`
      const done = writeBatch(w, batch, previous, personsWritten).then((result) => written(batch, result))
      done.then(personsWritten, failed) // a batch that failed releases the next one, which then fails too
      previous = { personsWritten: persons, committed: done }
      const tracked: Promise<void> = done.then(
        () => void inFlight.delete(tracked),
        (error: unknown) => {
          failure ??= { error }
          inFlight.delete(tracked)
        },
      )
      inFlight.add(tracked)
      while (inFlight.size >= (w.overlap ? 2 : 1)) await Promise.race(inFlight)
      if (failure) break
    }
  } finally {
    // also when reading failed: batches already on their way commit (or fail) first
    await Promise.all(inFlight)
  }
  if (failure) throw (failure as { error: unknown }).error
}

/** How far the batch before this one is. */
interface BatchProgress {
  /** its persons are written (not yet committed) */
  personsWritten: Promise<void>
  /** it is committed (rejected: it failed) */
  committed: Promise<unknown>
}

/** The points at which a batch waits for the one before it (see writeBatch). */
interface Turn {
  /** before writing persons: the previous batch has written its own */
  persons(): Promise<void>
  /** before the import_batch counts and the commit: the previous batch has committed; this batch's rejects are
   * written then */
  commit(): Promise<void>
  /** tells the next batch that this one's persons are written */
  personsWritten(): void
}

interface BatchWriter {
  conn: DatabaseConnection
  catalogue: Catalogue
  extractor: Extractor | null
  batchId: string
  file: string
  onError: OnError
  writeRejects: (errors: readonly RowError[]) => Promise<void>
  /** the previous batch found none of its ids stored: try the next without looking them up */
  expectNew: boolean
  /** a batch may start before the previous one has committed (on a server, without extraction) */
  overlap: boolean
}

interface BatchResult {
  counts: ImportCounts
  extracted: number
  mentions: number
  /** none of the batch's ids was stored before */
  allNew: boolean
}

/**
 * One batch in one transaction, committed after `previous` (the batch before it). New rows (the bulk of a first
 * import) are copied straight into the tables, in the cheapest way that works, trying the next when one hits
 * unique_violation (the transaction is rolled back, so the batch is written exactly once):
 * - copy-all: every record copied in without looking up its id first, while the file's previous batch found
 *   none of its ids stored (a first import of new records). A record stored before, or repeated from an earlier
 *   batch, makes the COPY fail;
 * - copy-new: ids looked up, only the new records copied, changed ones updated through a staging table;
 * - upsert-all: everything through staging tables and INSERT … ON CONFLICT, which is correct whatever a
 *   concurrent writer stored meanwhile.
 * On a server a copy-all batch runs beside the previous one (a second connection), which costs nothing in
 * correctness because the two only meet in a fixed order:
 * 1. its registrations and their person links are copied at once: rows of its own, as no id is in both batches
 *    (readImportBatches rejects a number repeated from the previous batch);
 * 2. its persons (shared between batches) once the previous batch has written its persons: a person in both
 *    waits, row by row, until the previous batch commits, and then gets this batch's (later) listing;
 * 3. its picture marks (rows of its own registrations);
 * 4. once the previous batch has committed: its rejects, its import_batch counts, the commit.
 * The previous batch never waits for this one, whatever either has to retry. Every other mode waits for the
 * previous commit before it starts. So batches commit in file order, and a reject on disk means every batch before
 * it is in the database. Commits do not wait for the WAL flush; the import's last statement (finishImportBatch)
 * does, for all of them.
 */
async function writeBatch(w: BatchWriter, batch: PreparedBatch, previous: BatchProgress, personsWritten: () => void): Promise<BatchResult> {
  const modes: WriteMode[] = w.expectNew ? ['copy-all', 'copy-new', 'upsert-all'] : ['copy-new', 'upsert-all']
  const early = w.overlap && modes[0] === 'copy-all'
  if (!early) await previous.committed
  let rejectsWritten = false
  const turn: Turn = {
    persons: () => previous.personsWritten,
    commit: async () => {
      await previous.committed
      if (rejectsWritten) return
      rejectsWritten = true
      for (const errors of batch.rejects) await w.writeRejects(errors)
    },
    personsWritten,
  }
  for (let k = 0; ; k++) {
    const mode = modes[k] as WriteMode
    try {
      const result = await withBulkSession(w.conn, (session) => storeBatch(session, w, batch, mode, turn), { asyncCommit: true })
      w.expectNew = result.allNew
      return result
    } catch (error) {
      await previous.committed // a retry comes strictly after the previous batch, which may be what it collided with
      if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION || k === modes.length - 1) throw error
    }
  }
}

type WriteMode = 'copy-all' | 'copy-new' | 'upsert-all'

const UNIQUE_VIOLATION = '23505'

async function storeBatch(
  session: BulkSession,
  w: BatchWriter,
  batch: PreparedBatch,
  mode: WriteMode,
  turn: Turn,
): Promise<BatchResult> {
  const trx = session.db
  // this transaction marks its registrations for the picture itself, in one statement at the end (migration 0008)
  await takeOverPictureMarks(trx)
  if (mode === 'copy-all') {
    // rows of its own, so they go in before waiting for the batch before it: its registrations and their person links
    await insertNewRegistrations(session, batch.registrations.bytes)
    await insertNewPersonLinks(session, batch.links.bytes)
    await turn.persons()
  } else await turn.commit()
  const stored = mode === 'copy-all' ? new Map<string, StoredRegistration>() : await findStoredRegistrations(trx, batch.ids, w.batchId)
  const fresh: number[] = []
  const changed: number[] = []
  const unchanged: number[] = []
  const duplicates: RowError[] = []
  batch.ids.forEach((id, i) => {
    const s = stored.get(id)
    if (s === undefined) fresh.push(i)
    else if (s.writtenByImport) {
      duplicates.push({
        file: w.file, line: batch.lines[i] as number, field: 'source_ref', code: 'duplicate_ref',
        message: 'registratienummer staat ook op een eerdere regel van dit bestand',
      })
    } else if (s.contentHash !== batch.contentHashes[i]) changed.push(i)
    else unchanged.push(i)
  })
  const first = duplicates[0]
  if (first && w.onError === 'abort') {
    await w.writeRejects([first])
    throw new AppError('duplicate_ref', { file: first.file, line: first.line, field: first.field, reason: first.message })
  }
  if (duplicates.length > 0) await w.writeRejects(duplicates)

  // registrations: which records were inserted, which updated
  let inserted: number[]
  let updated: number[]
  if (mode !== 'upsert-all') {
    if (mode === 'copy-new') await insertNewRegistrations(session, pickCopyRows(batch.registrations, fresh))
    const result = await upsertRegistrationRows(session, pickCopyRows(batch.registrations, changed))
    inserted = [...fresh, ...indexesOf(batch, result.inserted)]
    updated = indexesOf(batch, result.updated)
  } else {
    const all = [...fresh, ...changed].sort((a, b) => a - b)
    const result = await upsertRegistrationRows(session, pickCopyRows(batch.registrations, all))
    inserted = indexesOf(batch, result.inserted)
    updated = indexesOf(batch, result.updated)
  }
  const written = [...inserted, ...updated].sort((a, b) => a - b)

  // persons of the written records: one row per person, its last listing in the batch wins. Always through the
  // staged upsert: pseudonyms recur across batches, and looking ids up first cost more than the staging once the
  // person table outgrew the buffer pool (a bitmap scan per batch, 35 µs per registration at 1M)
  const lastListing = new Map<string, number>()
  for (const i of written) {
    for (let j = batch.personStart[i] as number; j < (batch.personStart[i + 1] as number); j++) lastListing.set(batch.personIds[j] as string, j)
  }
  await upsertPersonRows(session, pickCopyRows(batch.persons, [...lastListing.values()].sort((a, b) => a - b)))
  turn.personsWritten()

  // links: a new registration has none yet; an updated one keeps those an analyst or the extractor added
  const updatedIds = updated.map((i) => batch.ids[i] as string)
  await deleteRegisteredPersonLinks(trx, updatedIds)
  const linksOf = (records: readonly number[]): number[] =>
    records.flatMap((i) => range(batch.linkStart[i] as number, batch.linkStart[i + 1] as number))
  if (mode !== 'copy-all') {
    // (copy-all copied every link with its registrations)
    const copied = mode === 'copy-new' ? fresh : []
    const wasCopied = new Set(copied)
    await insertNewPersonLinks(session, pickCopyRows(batch.links, linksOf(copied)))
    await insertPersonLinkRows(session, pickCopyRows(batch.links, linksOf(written.filter((i) => !wasCopied.has(i)))))
  }

  let extracted = 0
  let mentions = 0
  /** records whose registration, links or findings this batch changed: the picture's dirty marks */
  let touched = written
  if (w.extractor) {
    const texts = batch.texts ?? []
    const unextracted = new Set(await findUnextracted(trx, unchanged.map((i) => batch.ids[i] as string)))
    const left = unchanged.filter((i) => unextracted.has(batch.ids[i] as string))
    const todo = [...written, ...left].sort((a, b) => a - b)
    const rows = batch.findings
      ? pickFindings(batch.findings, todo) // extracted on the reader thread (which then sends no texts)
      : extractRows(w.extractor, w.catalogue, todo.map((i) => ({ registrationId: batch.ids[i] as string, ...(texts[i] as TextOfRecord) })))
    const ids = (records: readonly number[]): string[] => records.map((i) => batch.ids[i] as string)
    mentions = await storeFindingRows(trx, w.extractor, rows, {
      // a registration inserted just now has no suggestions to replace
      replace: ids([...updated, ...left]),
      // the written ones were copied as extracted (extracted_at 'now', see ReadBatchesOptions.withTexts)
      markExtracted: ids(left),
      inserted: { session, ids: new Set(ids(inserted)) },
    })
    extracted = todo.length
    touched = todo
  } else {
    // the text changed: earlier suggestions point at spans that may no longer exist
    await deleteSuggestedFindings(trx, updatedIds)
  }

  const counts: ImportCounts = {
    recordsRead: batch.recordsRead,
    rejected: batch.rejects.length + duplicates.length,
    inserted: inserted.length,
    updated: updated.length,
    unchanged: batch.ids.length - duplicates.length - inserted.length - updated.length,
  }
  await markPictureDirty(trx, touched.map((i) => batch.ids[i] as string))
  await turn.commit()
  await addImportBatchCounts(trx, w.batchId, counts)
  return { counts, extracted, mentions, allNew: stored.size === 0 }
}

/** Positions in the batch of these ids (a handful: rows the staged upsert reported). */
function indexesOf(batch: PreparedBatch, ids: readonly string[]): number[] {
  if (ids.length === 0) return []
  const wanted = new Set(ids)
  const out: number[] = []
  batch.ids.forEach((id, i) => {
    if (wanted.has(id)) out.push(i)
  })
  return out
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i < to; i++) out.push(i)
  return out
}
