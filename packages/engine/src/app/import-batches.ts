import { hash } from 'node:crypto'
import { CopyRowsBuilder, type CopyRows } from '../adapters/db/copy-text.ts'
import { pgTextArrayLiteral } from '../adapters/db/pg-array.ts'
import type { ExportFileInfo } from '../adapters/files/read-export.ts'
import { readRawRecords } from '../adapters/files/read-registrations.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { canonicalRecord } from '../domain/registration/normalize-registration.ts'
import type { ColumnMapping } from '../domain/registration/registration-fields.ts'
import { personIdName, registrationIdName } from '../domain/registration/registration-id.ts'
import type { RegistrationRecord } from '../domain/registration/registration.ts'
import type { RowError } from '../domain/registration/row-error.ts'
import { MAX_NARRATIVE_LENGTH, validateRecord } from '../domain/registration/validate-record.ts'
import type { BatchFindings } from './finding-rows.ts'
import { uuidV5 } from './uuid-v5.ts'

export type OnError = 'skip' | 'abort'

/** The three byte buffers of a batch. */
export type BatchBufferKind = 'registrations' | 'persons' | 'links'

/** Buffers of finished batches, handed back by the writer to be written into again. */
export interface BatchBufferPool {
  take(kind: BatchBufferKind): ArrayBuffer | undefined
}

export interface ReadBatchesOptions {
  catalogue: Catalogue
  importBatchId: string
  /** source of records that name none themselves */
  defaultSource: string
  onError: OnError
  /** accepted records per batch */
  batchSize: number
  mapping?: ColumnMapping
  /** the import extracts: keep each record's text, date and unit, and copy every registration as extracted now
   * (extracted_at 'now'), since the writer stores the findings of every record it writes in the same transaction */
  withTexts: boolean
  buffers?: BatchBufferPool
}

export interface TextOfRecord {
  text: string
  date: string
  unit: string | null
}

/**
 * Up to batchSize accepted records of one file, ready to write: everything per record that costs CPU (parsing,
 * checking, ids, content hash, COPY text) is done here, so it can run on a worker thread and the writer only
 * moves bytes. Plain data and typed arrays only: it crosses threads by structured clone, its bytes by transfer.
 */
export interface PreparedBatch {
  /** records read into this batch, rejected ones included */
  recordsRead: number
  bytesRead: number
  /** per rejected record, its errors (file, line, field, reason), in file order */
  rejects: RowError[][]
  /** with onError 'abort': the last reject stopped the reading, nothing follows this batch */
  stopped: boolean
  /** accepted records, in file order */
  ids: string[]
  lines: number[]
  contentHashes: string[]
  /** one row per accepted record: COPY_COLUMNS.registration */
  registrations: CopyRows
  /** record i's persons are rows personStart[i] … personStart[i + 1] - 1 (COPY_COLUMNS.person), every occurrence */
  persons: CopyRows
  personIds: string[]
  personStart: Uint32Array
  /** record i's links are rows linkStart[i] … linkStart[i + 1] - 1 (COPY_COLUMNS.registration_person), one per person */
  links: CopyRows
  linkStart: Uint32Array
  /** each record's text, date and unit for the writer to extract (withTexts), unless the reader thread did (findings) */
  texts: TextOfRecord[] | null
  /** the records' findings when the reader thread extracted them (import-worker.ts), else null */
  findings: BatchFindings | null
}

/** An estimate that saves most regrowing of the COPY buffers (a registration row is ~1–2 KB). */
const REGISTRATION_ROW_BYTES = 1536

/**
 * Reads one export and yields it in prepared batches. A number repeated within a batch or from the previous one
 * is rejected here (with the line it was first seen on), so two batches written at the same time never hold the
 * same id; further apart the writer finds repeats in the database, so memory stays flat however long the file.
 * File-level problems (no usable header, a required column missing) throw.
 */
export async function* readImportBatches(info: ExportFileInfo, options: ReadBatchesOptions): AsyncGenerator<PreparedBatch> {
  const { catalogue, defaultSource, importBatchId, batchSize } = options
  let bytesRead = 0
  let batch = new BatchBuilder(batchSize, options.withTexts, options.buffers, null)
  const records = readRawRecords(info, {
    maxFieldLength: MAX_NARRATIVE_LENGTH,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    onBytes: (b) => {
      bytesRead = b
    },
  })
  for await (const raw of records) {
    batch.recordsRead++
    const v = validateRecord(raw, { catalogue, defaultSource })
    let errors: RowError[] | null = v.ok ? null : v.errors
    if (v.ok) {
      const r = v.record
      const id = uuidV5(registrationIdName(r.source, r.sourceRef))
      const firstLine = batch.seenOn(id)
      if (firstLine !== undefined) {
        errors = [{
          file: info.name, line: raw.line, field: 'source_ref', code: 'duplicate_ref',
          message: `registratienummer staat ook op regel ${firstLine}`, firstLine,
        }]
      } else {
        batch.add(id, raw.line, r, importBatchId)
      }
    }
    if (errors) {
      batch.rejects.push(errors)
      if (options.onError === 'abort') {
        yield batch.finish(bytesRead, true)
        return
      }
    }
    if (batch.accepted >= batchSize) {
      yield batch.finish(bytesRead, false)
      batch = new BatchBuilder(batchSize, options.withTexts, options.buffers, batch)
    }
  }
  if (batch.recordsRead > 0) yield batch.finish(bytesRead, false)
}

class BatchBuilder {
  recordsRead = 0
  readonly rejects: RowError[][] = []
  private readonly ids: string[] = []
  private readonly lines: number[] = []
  private readonly hashes: string[] = []
  /** id → line of the records accepted into this batch */
  readonly seen = new Map<string, number>()
  /** the previous batch's, which may still be being written when this one is (see writeBatch) */
  private readonly seenBefore: ReadonlyMap<string, number> | null
  private readonly registrations: CopyRowsBuilder
  private readonly persons: CopyRowsBuilder
  private readonly personIds: string[] = []
  private readonly personStart: number[] = [0]
  private readonly links: CopyRowsBuilder
  private readonly linkStart: number[] = [0]
  private readonly texts: TextOfRecord[] | null

  constructor(batchSize: number, withTexts: boolean, buffers: BatchBufferPool | undefined, previous: BatchBuilder | null) {
    this.seenBefore = previous?.seen ?? null
    this.registrations = new CopyRowsBuilder(Math.min(batchSize, 10_000) * REGISTRATION_ROW_BYTES, buffers?.take('registrations'))
    this.persons = new CopyRowsBuilder(undefined, buffers?.take('persons'))
    this.links = new CopyRowsBuilder(undefined, buffers?.take('links'))
    this.texts = withTexts ? [] : null
  }

  get accepted(): number {
    return this.ids.length
  }

  /** the line of an earlier record with this id, in this batch or the previous one */
  seenOn(id: string): number | undefined {
    return this.seen.get(id) ?? this.seenBefore?.get(id)
  }

  add(id: string, line: number, r: RegistrationRecord, importBatchId: string): void {
    this.seen.set(id, line)
    this.ids.push(id)
    this.lines.push(line)
    // the same canonical form as ever: stored hashes decide "unchanged" on the next import
    const contentHash = hash('sha256', canonicalRecord(r), 'hex')
    this.hashes.push(contentHash)
    this.registrations.add([
      id, r.source, r.sourceRef, r.date, r.policeUnit, r.societalClass, r.exploitationForm, r.scope, r.narrative, contentHash, importBatchId,
      // 'now' is the transaction's start on input, as now() is: no UPDATE of each row after its findings are stored
      this.texts ? 'now' : null,
    ])
    const linked = new Set<string>()
    for (const p of r.persons) {
      const pid = uuidV5(personIdName(p.pseudonym))
      this.personIds.push(pid)
      this.persons.add([pid, p.pseudonym, p.gender, p.birthYear, p.birthCountry, p.residentNl])
      // a person listed twice on one registration is linked once, with the roles of the first listing
      if (!linked.has(pid)) {
        linked.add(pid)
        this.links.add([id, pid, pgTextArrayLiteral(p.roles), p.age, 'registered'])
      }
    }
    this.personStart.push(this.persons.rows)
    this.linkStart.push(this.links.rows)
    this.texts?.push({ text: r.narrative, date: r.date, unit: r.policeUnit })
  }

  finish(bytesRead: number, stopped: boolean): PreparedBatch {
    return {
      recordsRead: this.recordsRead,
      bytesRead,
      rejects: this.rejects,
      stopped,
      ids: this.ids,
      lines: this.lines,
      contentHashes: this.hashes,
      registrations: this.registrations.finish(),
      persons: this.persons.finish(),
      personIds: this.personIds,
      personStart: Uint32Array.from(this.personStart),
      links: this.links.finish(),
      linkStart: Uint32Array.from(this.linkStart),
      texts: this.texts,
      findings: null,
    }
  }
}
