import { inTransaction, type DbHandle } from '../adapters/db/transaction.ts'
import { markPictureDirty, takeOverPictureMarks } from '../adapters/db/picture-marks.ts'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import type { BulkSession } from '../adapters/db/bulk-session.ts'
import {
  copyFindingsOfNewRegistrations,
  deleteSuggestedFindings,
  insertSuggestedFindings,
} from '../adapters/db/mention.repository.ts'
import { ensureUncataloguedPlatforms, syncCataloguePlatforms } from '../adapters/db/platform.repository.ts'
import { countRegistrations, markExtracted, pageRegistrationTexts } from '../adapters/db/registration.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import { ExtractionThread } from './extraction-thread.ts'
import { extractRows, type FindingRows, type TextToExtract } from './finding-rows.ts'
import type { RegistrationSelection } from '../domain/registration/selection.ts'

/**
 * Stores finding rows (findingRows) as suggestions, replacing earlier suggestions only: reviewed and manual findings
 * stay. Runs inside the caller's transaction, so a registration is never left without findings halfway. Platforms
 * outside the catalogue are registered first; returns the mentions stored. `replace`: registrations whose earlier suggestions go first (one just inserted has none);
 * `markExtracted`: registrations to mark as extracted now (the import copies new and changed ones as such);
 * `inserted`: registrations inserted in this transaction, whose findings are copied in through `session`.
 */
export async function storeFindingRows(
  db: DbHandle,
  versions: { version: string; catalogueVersion: string },
  rows: FindingRows,
  targets: {
    replace: readonly string[]
    markExtracted: readonly string[]
    inserted?: { session: BulkSession; ids: ReadonlySet<string> }
  },
): Promise<number> {
  const outside = rows.mentions.filter((m) => m.kind === 'named' && !m.inCatalogue && m.platformName !== null).map((m) => m.platformName as string)
  const outsideIds = await ensureUncataloguedPlatforms(db, outside)
  for (const m of rows.mentions) {
    if (!m.inCatalogue && m.platformName !== null) m.platformId = outsideIds.get(m.platformName.toLowerCase()) ?? null
  }
  const v = { extractorVersion: versions.version, catalogueVersion: versions.catalogueVersion }
  let stored = 0
  let rest = rows
  const inserted = targets.inserted
  if (inserted && inserted.ids.size > 0) {
    const isNew = (r: { registrationId: string }): boolean => inserted.ids.has(r.registrationId)
    stored += await copyFindingsOfNewRegistrations(inserted.session, rows.mentions.filter(isNew), rows.vulnerabilities.filter(isNew), v)
    rest = { mentions: rows.mentions.filter((r) => !isNew(r)), vulnerabilities: rows.vulnerabilities.filter((r) => !isNew(r)) }
  }
  await deleteSuggestedFindings(db, targets.replace)
  stored += await insertSuggestedFindings(db, rest.mentions, rest.vulnerabilities, v)
  await markExtracted(db, targets.markExtracted)
  return stored
}

export interface ReextractOptions {
  conn: DatabaseConnection
  catalogue: Catalogue
  extractor: Extractor
  selection?: RegistrationSelection
  /** registrations per transaction */
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}

export interface ReextractSummary {
  registrations: number
  mentions: number
  extractorVersion: string
  catalogueVersion: string
}

/**
 * `platformscope extract --db`: runs extraction again over stored registrations (after a catalogue or lexicon
 * change), one transaction per page, replacing suggestions and leaving reviewed findings alone. The extractor
 * runs on a thread of its own when it can be rebuilt there, one page ahead of the page being stored.
 */
export async function reextractRegistrations(options: ReextractOptions): Promise<ReextractSummary> {
  const { conn, catalogue, extractor } = options
  const batchSize = options.batchSize ?? 1000
  const selection = options.selection ?? {}
  await syncCataloguePlatforms(conn.db, catalogue)
  const total = await countRegistrations(conn.db, selection)
  const thread = total > batchSize ? ExtractionThread.start(catalogue, extractor) : null
  const extract = (items: TextToExtract[]): Promise<FindingRows> =>
    thread ? thread.extract(items) : Promise.resolve(extractRows(extractor, catalogue, items))
  const nextPage = async (afterId: string | null) => {
    const page = await pageRegistrationTexts(conn.db, afterId, batchSize, selection)
    const items = page.map((r) => ({ registrationId: r.id, text: r.narrative, date: r.date, unit: r.policeUnit }))
    const rows = extract(items)
    rows.catch(() => undefined) // awaited below; a failure must not go unhandled meanwhile
    return { ids: items.map((i) => i.registrationId), rows }
  }
  let done = 0
  let mentions = 0
  try {
    let page = await nextPage(null)
    while (page.ids.length > 0) {
      // the thread extracts the next page while this one is stored
      const next = nextPage(page.ids[page.ids.length - 1] ?? null)
      next.catch(() => undefined) // awaited below unless storing this page fails first
      const rows = await page.rows
      const ids = page.ids
      mentions += await inTransaction(conn, async (trx) => {
        // one picture mark per registration of the page, instead of one from each table's trigger (migration 0008)
        await takeOverPictureMarks(trx)
        const stored = await storeFindingRows(trx, extractor, rows, { replace: ids, markExtracted: ids })
        await markPictureDirty(trx, ids)
        return stored
      })
      done += ids.length
      options.onProgress?.(done, total)
      page = await next
    }
  } finally {
    await thread?.close()
  }
  return { registrations: done, mentions, extractorVersion: extractor.version, catalogueVersion: extractor.catalogueVersion }
}
