import { sql, type Kysely } from 'kysely'
import type { BulkSession } from './bulk-session.ts'
import { CopyRowsBuilder } from './copy-text.ts'
import type { Database } from './database.ts'
import { pgTextArrayLiteral } from './pg-array.ts'

export interface MentionRow {
  id: string
  registrationId: string
  platformId: string | null
  platformName: string | null
  inCatalogue: boolean
  kind: 'named' | 'generic' | 'unclear'
  negated: boolean
  start: number
  end: number
  surface: string
  roles: string[]
  /** JSON text of the evidence list */
  evidence: string
  confidence: number
}

export interface VulnerabilityRow {
  registrationId: string
  factor: string
  start: number | null
  end: number | null
}

export interface ExtractionVersions {
  extractorVersion: string
  catalogueVersion: string
}

/**
 * Removes what the extractor suggested earlier for these registrations. Reviewed findings (confirmed,
 * rejected, corrected) and manual ones are never touched.
 */
export async function deleteSuggestedFindings(db: Kysely<Database>, registrationIds: readonly string[]): Promise<void> {
  if (registrationIds.length === 0) return
  await sql`delete from mention where registration_id = any(${registrationIds}::uuid[])
    and status = 'suggested' and origin = 'extracted'`.execute(db)
  await sql`delete from vulnerability where registration_id = any(${registrationIds}::uuid[])
    and status = 'suggested' and origin = 'extracted'`.execute(db)
}

/**
 * Stores new findings as suggestions. A finding whose span overlaps a reviewed or manual mention of the same
 * registration is dropped: the reviewer's decision on that text stands (a rejected mention is not suggested
 * again). Vulnerabilities already reviewed or registered keep their row.
 */
export async function insertSuggestedFindings(
  db: Kysely<Database>,
  mentions: readonly MentionRow[],
  vulnerabilities: readonly VulnerabilityRow[],
  versions: ExtractionVersions,
): Promise<number> {
  let inserted = 0
  if (mentions.length > 0) {
    const m = <T>(f: (r: MentionRow) => T): T[] => mentions.map(f)
    const res = await sql`
      insert into mention (id, registration_id, platform_id, platform_name, in_catalogue, kind, negated,
        span_start, span_end, surface, roles, evidence, status, origin, confidence, extractor_version, catalogue_version)
      select n.id, n.registration_id, n.platform_id, n.platform_name, n.in_catalogue, n.kind, n.negated,
        n.span_start, n.span_end, n.surface, n.roles::text[], n.evidence::jsonb, 'suggested', 'extracted', n.confidence,
        ${versions.extractorVersion}, ${versions.catalogueVersion}
      from unnest(${m((r) => r.id)}::uuid[], ${m((r) => r.registrationId)}::uuid[], ${m((r) => r.platformId)}::text[],
        ${m((r) => r.platformName)}::text[], ${m((r) => r.inCatalogue)}::boolean[], ${m((r) => r.kind)}::text[],
        ${m((r) => r.negated)}::boolean[], ${m((r) => r.start)}::int[], ${m((r) => r.end)}::int[],
        ${m((r) => r.surface)}::text[], ${m((r) => pgTextArrayLiteral(r.roles))}::text[], ${m((r) => r.evidence)}::text[],
        ${m((r) => r.confidence)}::real[])
        as n(id, registration_id, platform_id, platform_name, in_catalogue, kind, negated, span_start, span_end,
             surface, roles, evidence, confidence)
      where not exists (
        select 1 from mention k
        where k.registration_id = n.registration_id and (k.status <> 'suggested' or k.origin <> 'extracted')
          and k.span_start < n.span_end and n.span_start < k.span_end)
      on conflict do nothing`.execute(db)
    inserted = Number(res.numAffectedRows ?? 0)
  }
  if (vulnerabilities.length > 0) {
    const v = <T>(f: (r: VulnerabilityRow) => T): T[] => vulnerabilities.map(f)
    await sql`
      insert into vulnerability (registration_id, factor, span_start, span_end, status, origin, extractor_version)
      select t.*, 'suggested', 'extracted', ${versions.extractorVersion}
      from unnest(${v((r) => r.registrationId)}::uuid[], ${v((r) => r.factor)}::text[], ${v((r) => r.start)}::int[],
        ${v((r) => r.end)}::int[]) as t(registration_id, factor, span_start, span_end)
      on conflict (registration_id, factor) do nothing`.execute(db)
  }
  return inserted
}

/**
 * Stores the findings of registrations inserted in this very transaction as suggestions, by COPY: such a
 * registration has no findings yet, so there is nothing to replace, overlap or conflict with. Returns the
 * mentions stored.
 */
export async function copyFindingsOfNewRegistrations(
  session: BulkSession,
  mentions: readonly MentionRow[],
  vulnerabilities: readonly VulnerabilityRow[],
  versions: ExtractionVersions,
): Promise<number> {
  const m = new CopyRowsBuilder()
  for (const r of mentions) {
    m.add([
      r.id, r.registrationId, r.platformId, r.platformName, r.inCatalogue, r.kind, r.negated, r.start, r.end, r.surface,
      pgTextArrayLiteral(r.roles), r.evidence, 'suggested', 'extracted', r.confidence, versions.extractorVersion, versions.catalogueVersion,
    ])
  }
  const v = new CopyRowsBuilder()
  for (const r of vulnerabilities) v.add([r.registrationId, r.factor, r.start, r.end, 'suggested', 'extracted', versions.extractorVersion])
  if (mentions.length > 0) await session.copy('mention', m.finish().bytes)
  if (vulnerabilities.length > 0) await session.copy('vulnerability', v.finish().bytes)
  return mentions.length
}
