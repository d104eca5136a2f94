import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { ImportBatch, ImportReject } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { listRecentImportBatches } from '../adapters/db/import-history.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import { recordAudit } from './audit.ts'
import { importExports } from './import-export.ts'

export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024
const MAX_REJECTS_SHOWN = 1000

export interface UploadRequest {
  body: ReadableStream<Uint8Array> | null
  fileName: string
  source: string | undefined
  extract: boolean
}

/**
 * Uploaded exports: the body is saved to a private temporary folder, then imported in the background with the
 * import pipeline (rejected records are skipped and listed). Progress lives in memory while the server runs;
 * finished batches also stay in import_batch.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportBatch>()

  constructor(
    private readonly conn: DatabaseConnection,
    private readonly makeExtractor: (catalogue: Catalogue) => Promise<Extractor>,
    /** called when an upload has changed the data (to refresh cached pictures) */
    private readonly onChanged: () => void = () => undefined,
  ) {}

  async start(catalogue: Catalogue, req: UploadRequest, actor: string, now: () => Date): Promise<ImportBatch> {
    if (!req.body) throw new AppError('input_invalid', { reason: 'empty upload' })
    const extractor = req.extract ? await this.makeExtractor(catalogue) : null
    const dir = mkdtempSync(path.join(tmpdir(), 'platformscope-upload-'))
    const file = path.join(dir, path.basename(req.fileName))
    try {
      await pipeline(Readable.fromWeb(req.body as WebReadableStream<Uint8Array>), limitBytes(MAX_UPLOAD_BYTES), createWriteStream(file, { mode: 0o600 }))
    } catch (cause) {
      rmSync(dir, { recursive: true, force: true })
      if (cause instanceof AppError) throw cause
      throw new AppError('export_unreadable', { file: req.fileName, reason: 'upload interrupted' }, { cause })
    }
    const job: ImportBatch = {
      id: randomUUID(),
      source: req.source ?? 'export',
      file_name: req.fileName,
      status: 'running',
      started_at: now().toISOString(),
      finished_at: null,
      records_read: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rejects: [],
      error: null,
    }
    this.jobs.set(job.id, job)
    await recordAudit(this.conn, { actor, action: 'import_started', target: `upload:${job.id}`, details: { file_name: req.fileName, source: job.source } }, now())
    const rejectsFile = path.join(dir, 'rejects.jsonl')
    void importExports({
      conn: this.conn,
      catalogue,
      extractor,
      files: [file],
      ...(req.source !== undefined && { source: req.source }),
      onError: 'skip',
      rejectsPathFor: () => rejectsFile,
      now,
      onProgress: (p) => Object.assign(job, { records_read: p.recordsRead, inserted: p.inserted, updated: p.updated, unchanged: p.unchanged, rejected: p.rejected }),
    })
      .then(async ([summary]) => {
        if (summary) {
          Object.assign(job, {
            records_read: summary.recordsRead,
            inserted: summary.inserted,
            updated: summary.updated,
            unchanged: summary.unchanged,
            rejected: summary.rejected,
          })
        }
        job.rejects = summary?.rejectsFile ? await readRejects(summary.rejectsFile, req.fileName) : []
        job.status = 'completed'
      })
      .catch((error: unknown) => {
        job.status = 'failed'
        job.error =
          error instanceof AppError
            ? { code: error.code, message: error.code }
            : { code: 'internal', message: 'import mislukt; zie het serverlog' }
        if (!(error instanceof AppError)) console.error(`[import] ${job.id}: ${(error as Error).name}: ${(error as Error).message}`)
      })
      .finally(async () => {
        job.finished_at = now().toISOString()
        this.onChanged()
        rmSync(dir, { recursive: true, force: true })
        await recordAudit(
          this.conn,
          { actor, action: 'import_finished', target: `upload:${job.id}`, details: { status: job.status, inserted: job.inserted, updated: job.updated, rejected: job.rejected } },
          now(),
        ).catch(() => undefined)
      })
    return job
  }

  get(id: string): ImportBatch {
    const job = this.jobs.get(id)
    if (!job) throw new AppError('not_found', { what: `import ${id}` })
    return job
  }

  /** This server's uploads first, then earlier batches from the database (CLI imports too). */
  async list(): Promise<ImportBatch[]> {
    const stored = await listRecentImportBatches(this.conn.db, 50)
    const own = [...this.jobs.values()].reverse()
    const history: ImportBatch[] = stored.map((b) => ({
      id: b.id,
      source: b.source,
      file_name: b.fileName,
      status: b.status === 'completed' || b.status === 'failed' ? b.status : 'running',
      started_at: b.startedAt.toISOString(),
      finished_at: b.finishedAt?.toISOString() ?? null,
      records_read: b.recordsRead,
      inserted: b.inserted,
      updated: b.updated,
      unchanged: b.unchanged,
      rejected: b.rejected,
      rejects: [],
      error: null,
    }))
    return [...own, ...history]
  }

  /** Resolves when no upload is running (tests, shutdown). */
  async idle(): Promise<void> {
    while ([...this.jobs.values()].some((j) => j.status === 'running')) await new Promise((r) => setTimeout(r, 20))
  }
}

function limitBytes(max: number): Transform {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length
      if (seen > max) done(new AppError('input_invalid', { reason: `upload larger than ${max} bytes` }))
      else done(null, chunk)
    },
  })
}

/** The rejects file of the import (file, line, field, code, message); short `value`s are left out on purpose. */
async function readRejects(file: string, shownName: string): Promise<ImportReject[]> {
  const out: ImportReject[] = []
  try {
    const rl = createInterface({ input: createReadStream(file, 'utf8') })
    for await (const line of rl) {
      if (out.length >= MAX_REJECTS_SHOWN) break
      const e = JSON.parse(line) as { line?: unknown; field?: unknown; code?: unknown; message?: unknown }
      out.push({
        line: typeof e.line === 'number' ? e.line : null,
        field: typeof e.field === 'string' ? e.field : null,
        code: String(e.code ?? 'input_invalid'),
        message: String(e.message ?? ''),
      })
    }
  } catch {
    return [{ line: null, field: null, code: 'export_unreadable', message: `rejects of ${shownName} could not be read` }]
  }
  return out
}
