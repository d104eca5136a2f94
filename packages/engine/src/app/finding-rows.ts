import type { MentionRow, VulnerabilityRow } from '../adapters/db/mention.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Extractor, Findings } from '../domain/extraction/extractor.ts'
import { mentionId } from '../domain/registration/registration-id.ts'
import type { TextOfRecord } from './import-batches.ts'

export interface TextToExtract extends TextOfRecord {
  registrationId: string
}

/**
 * The findings of every record of a prepared batch, extracted on the import's reader thread so that the writing
 * thread only stores them. Record i's rows are mentions[mentionStart[i] … mentionStart[i + 1] - 1], and likewise
 * for vulnerabilities. Plain data: it crosses threads by structured clone. The thread makes them only with the
 * writer's exact extractor version (import-worker.ts).
 */
export interface BatchFindings {
  mentions: MentionRow[]
  mentionStart: Uint32Array
  vulnerabilities: VulnerabilityRow[]
  vulnerabilityStart: Uint32Array
}

export function extractBatchFindings(
  extractor: Extractor,
  catalogue: Catalogue,
  ids: readonly string[],
  texts: readonly TextOfRecord[],
): BatchFindings {
  const mentions: MentionRow[] = []
  const vulnerabilities: VulnerabilityRow[] = []
  const mentionStart = new Uint32Array(ids.length + 1)
  const vulnerabilityStart = new Uint32Array(ids.length + 1)
  ids.forEach((id, i) => {
    const t = texts[i] as TextOfRecord
    findingRows(id, extractText(extractor, id, t), catalogue, mentions, vulnerabilities)
    mentionStart[i + 1] = mentions.length
    vulnerabilityStart[i + 1] = vulnerabilities.length
  })
  return { mentions, mentionStart, vulnerabilities, vulnerabilityStart }
}

/** Findings as rows to store: a platform outside the catalogue has platformId null until it is registered. */
export interface FindingRows {
  mentions: MentionRow[]
  vulnerabilities: VulnerabilityRow[]
}

/** The rows of records `indexes` (ascending), in record order. */
export function pickFindings(f: BatchFindings, indexes: readonly number[]): FindingRows {
  const mentions: MentionRow[] = []
  const vulnerabilities: VulnerabilityRow[] = []
  for (const i of indexes) {
    for (let k = f.mentionStart[i] as number; k < (f.mentionStart[i + 1] as number); k++) mentions.push(f.mentions[k] as MentionRow)
    for (let k = f.vulnerabilityStart[i] as number; k < (f.vulnerabilityStart[i + 1] as number); k++) {
      vulnerabilities.push(f.vulnerabilities[k] as VulnerabilityRow)
    }
  }
  return { mentions, vulnerabilities }
}

/**
 * One registration's findings as rows to store, appended to `mentions` and `vulnerabilities`: a mention once
 * per id, a factor once per registration. A platform outside the catalogue has no id yet (platformId null,
 * inCatalogue false): storeFindingRows gives it one.
 */
export function findingRows(
  registrationId: string,
  findings: Findings,
  catalogue: Catalogue,
  mentions: MentionRow[],
  vulnerabilities: VulnerabilityRow[],
): void {
  const seen = new Set<string>()
  for (const m of findings.mentions) {
    const id = mentionId(registrationId, m.start, m.end, m.kind, m.platform)
    if (seen.has(id)) continue
    seen.add(id)
    mentions.push({
      id,
      registrationId,
      platformId: m.platform !== null && m.inCatalogue ? (m.platformId ?? catalogue.platformByName(m.platform)?.id ?? null) : null,
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
    vulnerabilities.push({ registrationId, factor: v.factor, start: v.start, end: v.end })
  }
}

/** The findings of some registrations as rows to store (findingRows). */
export function extractRows(extractor: Extractor, catalogue: Catalogue, items: readonly TextToExtract[]): FindingRows {
  const rows: FindingRows = { mentions: [], vulnerabilities: [] }
  for (const item of items) {
    findingRows(item.registrationId, extractText(extractor, item.registrationId, item), catalogue, rows.mentions, rows.vulnerabilities)
  }
  return rows
}

function extractText(extractor: Extractor, id: string, t: TextOfRecord): Findings {
  return extractor.extract({ id, text: t.text, date: t.date, ...(t.unit === null ? {} : { unit: t.unit }) })
}
