import { inTransaction, type DbHandle } from '../adapters/db/transaction.ts'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import {
  deleteSuggestedFindings,
  insertSuggestedFindings,
  type MentionRow,
  type VulnerabilityRow,
} from '../adapters/db/mention.repository.ts'
import { ensureUncataloguedPlatforms, syncCataloguePlatforms } from '../adapters/db/platform.repository.ts'
import { countRegistrations, markExtracted, pageRegistrationTexts } from '../adapters/db/registration.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Extractor, Findings } from '../domain/extraction/extractor.ts'
import { mentionId } from '../domain/registration/registration-id.ts'
import type { RegistrationSelection } from '../domain/registration/selection.ts'

export interface TextToExtract {
  registrationId: string
  text: string
  date: string
  unit: string | null
}

/**
 * Runs the extractor over some registrations and stores the findings as suggestions, replacing earlier
 * suggestions only: reviewed and manual findings stay. Must run inside the caller's transaction, so a
 * registration is never left without findings halfway. Extraction is one pure call per record, so this can
 * later hand the calls to a worker pool without changing what is stored.
 */
export async function extractAndStore(
  db: DbHandle,
  catalogue: Catalogue,
  extractor: Extractor,
  items: readonly TextToExtract[],
): Promise<number> {
  if (items.length === 0) return 0
  const results: Array<{ item: TextToExtract; findings: Findings }> = items.map((item) => ({
    item,
    findings: extractor.extract({
      id: item.registrationId,
      text: item.text,
      date: item.date,
      ...(item.unit === null ? {} : { unit: item.unit }),
    }),
  }))
  const outside = results.flatMap((r) =>
    r.findings.mentions.filter((m) => m.kind === 'named' && !m.inCatalogue && m.platform !== null).map((m) => m.platform as string),
  )
  const outsideIds = await ensureUncataloguedPlatforms(db, outside)
  const mentions: MentionRow[] = []
  const vulnerabilities: VulnerabilityRow[] = []
  for (const { item, findings } of results) {
    const seen = new Set<string>()
    for (const m of findings.mentions) {
      const id = mentionId(item.registrationId, m.start, m.end, m.kind, m.platform)
      if (seen.has(id)) continue
      seen.add(id)
      const platformId =
        m.platform === null
          ? null
          : m.inCatalogue
            ? (m.platformId ?? catalogue.platformByName(m.platform)?.id ?? null)
            : (outsideIds.get(m.platform.toLowerCase()) ?? null)
      mentions.push({
        id,
        registrationId: item.registrationId,
        platformId,
        platformName: m.platform,
        inCatalogue: m.inCatalogue,
        kind: m.kind,
        negated: m.negated,
        start: m.start,
        end: m.end,
        surface: m.surface,
        roles: m.roles,
        evidence: JSON.stringify(m.evidence),
        confidence: m.confidence,
      })
    }
    const factors = new Set<string>()
    for (const v of findings.vulnerabilities) {
      if (factors.has(v.factor)) continue
      factors.add(v.factor)
      vulnerabilities.push({ registrationId: item.registrationId, factor: v.factor, start: v.start, end: v.end })
    }
  }
  const ids = items.map((i) => i.registrationId)
  await deleteSuggestedFindings(db, ids)
  const stored = await insertSuggestedFindings(db, mentions, vulnerabilities, {
    extractorVersion: extractor.version,
    catalogueVersion: extractor.catalogueVersion,
  })
  await markExtracted(db, ids)
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
 * change), one transaction per page, replacing suggestions and leaving reviewed findings alone.
 */
export async function reextractRegistrations(options: ReextractOptions): Promise<ReextractSummary> {
  const { conn, catalogue, extractor } = options
  const batchSize = options.batchSize ?? 1000
  const selection = options.selection ?? {}
  await syncCataloguePlatforms(conn.db, catalogue)
  const total = await countRegistrations(conn.db, selection)
  let afterId: string | null = null
  let done = 0
  let mentions = 0
  for (;;) {
    const page = await pageRegistrationTexts(conn.db, afterId, batchSize, selection)
    if (page.length === 0) break
    mentions += await inTransaction(conn, (trx) =>
      extractAndStore(
        trx,
        catalogue,
        extractor,
        page.map((r) => ({ registrationId: r.id, text: r.narrative, date: r.date, unit: r.policeUnit })),
      ),
    )
    done += page.length
    afterId = page[page.length - 1]?.id ?? null
    options.onProgress?.(done, total)
  }
  return { registrations: done, mentions, extractorVersion: extractor.version, catalogueVersion: extractor.catalogueVersion }
}
