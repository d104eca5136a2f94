import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream, rmSync, type WriteStream } from 'node:fs'
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
  insertRegisteredPersonLinks,
  upsertPersons,
  type PersonLinkRow,
  type PersonRow,
} from '../adapters/db/person.repository.ts'
import { syncCataloguePlatforms } from '../adapters/db/platform.repository.ts'
import {
  findUnextracted,
  findWrittenByImport,
  upsertRegistrations,
  type RegistrationRow,
} from '../adapters/db/registration.repository.ts'
import { withBulkSession, type BulkSession } from '../adapters/db/bulk-session.ts'
import { inspectExport, type ExportFormat, type TextEncoding } from '../adapters/files/read-export.ts'
import { readRawRecords } from '../adapters/files/read-registrations.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import { canonicalRecord } from '../domain/registration/normalize-registration.ts'
import type { ColumnMapping } from '../domain/registration/registration-fields.ts'
import { personId, registrationId } from '../domain/registration/registration-id.ts'
import type { RegistrationRecord } from '../domain/registration/registration.ts'
import type { RowError } from '../domain/registration/row-error.ts'
import { MAX_NARRATIVE_LENGTH, validateRecord } from '../domain/registration/validate-record.ts'
import { extractAndStore, type TextToExtract } from './extract-registrations.ts'

export type OnError = 'skip' | 'abort'

export const DEFAULT_SOURCE = 'export'
export const DEFAULT_BATCH_SIZE = 2000

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
  /** records per transaction */
  batchSize?: number
  /** where rejected records are described; default FILE.rejects.jsonl next to the file */
  rejectsPathFor?: (file: string) => string
  now?: () => Date
  onProgress?: (p: ImportProgress) => void
  /** called as each file is done, so its summary is shown even if a later file fails */
  onFileDone?: (s: FileImportSummary) => void
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
 */
export async function importExports(options: ImportOptions): Promise<FileImportSummary[]> {
  if (options.extractor) await syncCataloguePlatforms(options.conn.db, options.catalogue)
  const out: FileImportSummary[] = []
  for (const file of options.files) {
    const summary = await importFile(file, options)
    options.onFileDone?.(summary)
    out.push(summary)
  }
  return out
}

interface Pending {
  record: RegistrationRecord
  id: string
  line: number
}

async function importFile(file: string, options: ImportOptions): Promise<FileImportSummary> {
  const { conn, catalogue, extractor } = options
  const now = options.now ?? (() => new Date())
  const onError = options.onError ?? 'abort'
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  const defaultSource = options.source ?? DEFAULT_SOURCE
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
  let sinceFlush: ImportCounts = { ...total }
  let extracted = 0
  let mentions = 0
  let bytesRead = 0
  let rejects: WriteStream | null = null
  const firstRejects: RowError[] = []
  /**
   * Duplicate numbers in one file are rejected. Within a batch this map knows the first line; across batches the
   * database does (a row this import already wrote), so memory stays flat however long the file.
   */
  let seenInBatch = new Map<string, number>()
  let pending: Pending[] = []

  const progress = (): void =>
    options.onProgress?.({ file: info.name, bytesRead, totalBytes: info.size, ...addCounts(total, sinceFlush) })

  const reject = async (errors: RowError[]): Promise<void> => {
    sinceFlush.rejected++
    await writeRejects(errors)
  }
  const writeRejects = async (errors: RowError[]): Promise<void> => {
    if (firstRejects.length < SHOWN_REJECTS) firstRejects.push(...errors.slice(0, SHOWN_REJECTS - firstRejects.length))
    rejects ??= createWriteStream(rejectsFile, { encoding: 'utf8' })
    for (const e of errors) {
      if (!rejects.write(JSON.stringify(e) + '\n')) await new Promise<void>((r) => rejects?.once('drain', () => r()))
    }
  }

  const commit = async (all: Pending[], counts: ImportCounts): Promise<void> => {
    const result = await withBulkSession(conn, async (session) => {
      const earlier = new Set(await findWrittenByImport(session.db, all.map((p) => p.id), batchId))
      const duplicates: RowError[] = all
        .filter((p) => earlier.has(p.id))
        .map((p) => ({
          file: info.name, line: p.line, field: 'source_ref', code: 'duplicate_ref',
          message: 'registratienummer staat ook op een eerdere regel van dit bestand',
        }))
      const first = duplicates[0]
      if (first && onError === 'abort') {
        await writeRejects([first])
        throw new AppError('duplicate_ref', { file: first.file, line: first.line, field: first.field, reason: first.message })
      }
      if (duplicates.length > 0) await writeRejects(duplicates)
      const batch = duplicates.length > 0 ? all.filter((p) => !earlier.has(p.id)) : all
      const stored = await storeBatch(session, batch, batchId, catalogue, extractor)
      const c: ImportCounts = {
        ...counts,
        rejected: counts.rejected + duplicates.length,
        inserted: stored.inserted,
        updated: stored.updated,
        unchanged: batch.length - stored.inserted - stored.updated,
      }
      await addImportBatchCounts(session.db, batchId, c)
      return { c, stored }
    })
    Object.assign(total, addCounts(total, result.c))
    extracted += result.stored.extracted
    mentions += result.stored.mentions
    progress()
  }
  // One batch is written while the next is read and checked: on a server the database works on its own core.
  let inFlight: Promise<void> | null = null
  const settle = async (): Promise<void> => {
    const p = inFlight
    inFlight = null
    if (p) await p
  }
  const flush = async (): Promise<void> => {
    const batch = pending
    const counts = sinceFlush
    pending = []
    seenInBatch = new Map()
    sinceFlush = { recordsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 }
    await settle()
    const p = commit(batch, counts)
    p.catch(() => undefined) // awaited in settle(); this only keeps it from being reported as unhandled meanwhile
    inFlight = p
  }

  try {
    const records = readRawRecords(info, {
      maxFieldLength: MAX_NARRATIVE_LENGTH,
      ...(options.mapping ? { mapping: options.mapping } : {}),
      onBytes: (b) => {
        bytesRead = b
      },
    })
    for await (const raw of records) {
      sinceFlush.recordsRead++
      const v = validateRecord(raw, { catalogue, defaultSource })
      let errors: RowError[] | null = v.ok ? null : v.errors
      let id = ''
      if (v.ok) {
        id = registrationId(v.record.source, v.record.sourceRef)
        const firstLine = seenInBatch.get(id)
        if (firstLine !== undefined) {
          errors = [{
            file: info.name, line: raw.line, field: 'source_ref', code: 'duplicate_ref',
            message: `registratienummer staat ook op regel ${firstLine}`, firstLine,
          }]
        } else seenInBatch.set(id, raw.line)
      }
      if (errors) {
        await reject(errors)
        if (onError === 'abort') {
          await flush()
          await settle()
          const e = errors[0] as RowError
          throw new AppError(e.code, { file: e.file, line: e.line, field: e.field, reason: e.message, value: e.value, firstLine: e.firstLine })
        }
        continue
      }
      if (v.ok) pending.push({ record: v.record, id, line: raw.line })
      if (pending.length >= batchSize) await flush()
    }
    await flush()
    await settle()
    await finishImportBatch(conn.db, batchId, 'completed', now())
  } catch (error) {
    await settle().catch(() => undefined)
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

async function storeBatch(
  session: BulkSession,
  batch: readonly Pending[],
  batchId: string,
  catalogue: Catalogue,
  extractor: Extractor | null,
): Promise<{ inserted: number; updated: number; extracted: number; mentions: number }> {
  const rows: RegistrationRow[] = batch.map(({ record: r, id }) => ({
    id,
    source: r.source,
    sourceRef: r.sourceRef,
    date: r.date,
    policeUnit: r.policeUnit,
    societalClass: r.societalClass,
    exploitationForm: r.exploitationForm,
    scope: r.scope,
    narrative: r.narrative,
    contentHash: createHash('sha256').update(canonicalRecord(r)).digest('hex'),
  }))
  const trx = session.db
  const { inserted, updated } = await upsertRegistrations(session, rows, batchId)
  const changed = new Set([...inserted, ...updated])

  const persons = new Map<string, PersonRow>()
  const links: PersonLinkRow[] = []
  for (const { record, id } of batch) {
    if (!changed.has(id)) continue
    for (const p of record.persons) {
      const pid = personId(p.pseudonym)
      persons.set(pid, {
        id: pid,
        pseudonym: p.pseudonym,
        gender: p.gender,
        birthYear: p.birthYear,
        birthCountry: p.birthCountry,
        residentNl: p.residentNl,
      })
      links.push({ registrationId: id, personId: pid, roles: p.roles, age: p.age })
    }
  }
  await upsertPersons(session, [...persons.values()])
  await deleteRegisteredPersonLinks(trx, updated)
  await insertRegisteredPersonLinks(session, links)

  let extracted = 0
  let mentions = 0
  if (extractor) {
    const unchanged = batch.filter((b) => !changed.has(b.id)).map((b) => b.id)
    const todo = new Set([...changed, ...(await findUnextracted(trx, unchanged))])
    const items: TextToExtract[] = batch
      .filter((b) => todo.has(b.id))
      .map((b) => ({ registrationId: b.id, text: b.record.narrative, date: b.record.date, unit: b.record.policeUnit }))
    mentions = await extractAndStore(trx, catalogue, extractor, items)
    extracted = items.length
  } else {
    // the text changed: earlier suggestions point at spans that may no longer exist
    await deleteSuggestedFindings(trx, updated)
  }
  return { inserted: inserted.length, updated: updated.length, extracted, mentions }
}
