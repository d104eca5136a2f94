import { sql } from 'kysely'

/** A stored mention as the review queue and registration view use it (row → domain; presenters map to contract). */
export interface FindingRecord {
  id: string
  registrationId: string
  start: number | null
  end: number | null
  surface: string | null
  platformId: string | null
  platformName: string | null
  inCatalogue: boolean
  kind: string
  negated: boolean
  roles: string[]
  evidence: unknown
  status: string
  origin: string
  confidence: number
  extractorVersion: string | null
  catalogueVersion: string | null
  reviewer: string | null
  reviewedAt: Date | null
}

export interface FindingRowShape {
  id: string
  registration_id: string
  span_start: number | null
  span_end: number | null
  surface: string | null
  platform_id: string | null
  platform_name: string | null
  in_catalogue: boolean
  kind: string
  negated: boolean
  roles: string[]
  evidence: unknown
  status: string
  origin: string
  confidence: number
  extractor_version: string | null
  catalogue_version: string | null
  reviewer: string | null
  reviewed_at: Date | string | null
}

export const FINDING_COLUMNS = sql.raw(`m.id, m.registration_id, m.span_start, m.span_end, m.surface, m.platform_id,
  m.platform_name, m.in_catalogue, m.kind, m.negated, m.roles, m.evidence, m.status, m.origin, m.confidence,
  m.extractor_version, m.catalogue_version, m.reviewer, m.reviewed_at`)

export function toFinding(r: FindingRowShape): FindingRecord {
  return {
    id: r.id,
    registrationId: r.registration_id,
    start: r.span_start,
    end: r.span_end,
    surface: r.surface,
    platformId: r.platform_id,
    platformName: r.platform_name,
    inCatalogue: r.in_catalogue,
    kind: r.kind,
    negated: r.negated,
    roles: r.roles,
    evidence: typeof r.evidence === 'string' ? JSON.parse(r.evidence) : r.evidence,
    status: r.status,
    origin: r.origin,
    confidence: Number(r.confidence),
    extractorVersion: r.extractor_version,
    catalogueVersion: r.catalogue_version,
    reviewer: r.reviewer,
    reviewedAt: r.reviewed_at === null ? null : new Date(r.reviewed_at),
  }
}

/** The picture's counting rule for a mention alias (domain/picture/selection.ts statusCounts, in SQL). */
export function countedStatus(alias: string, filter: 'suggested' | 'confirmed') {
  const status = sql.ref(`${alias}.status`)
  const origin = sql.ref(`${alias}.origin`)
  return filter === 'suggested'
    ? sql<boolean>`${status} <> 'rejected'`
    : sql<boolean>`(${status} in ('confirmed', 'corrected') or ${origin} in ('manual', 'registered'))`
}
