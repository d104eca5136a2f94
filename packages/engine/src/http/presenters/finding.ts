import {
  FindingEvidenceSchema,
  MentionKindSchema,
  ReviewStatusSchema,
  RoleIdSchema,
  type Finding,
  type FindingEvidence,
} from '@platformscope/contract'
import type { FindingRecord } from '../../adapters/db/finding-row.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'

const roleIds = new Set<string>(RoleIdSchema.options)

function presentEvidence(raw: unknown): FindingEvidence[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((e) => {
    const parsed = FindingEvidenceSchema.safeParse(e)
    return parsed.success ? [parsed.data] : []
  })
}

export function presentFinding(f: FindingRecord, catalogue: Catalogue): Finding {
  const platform = f.platformId ? catalogue.platformById(f.platformId) : undefined
  return {
    id: f.id,
    registration_id: f.registrationId,
    start: f.start,
    end: f.end,
    surface: f.surface,
    platform: platform?.name ?? f.platformName,
    platform_id: f.platformId,
    in_catalogue: f.inCatalogue,
    category: platform?.category ?? null,
    kind: MentionKindSchema.catch('unclear').parse(f.kind),
    negated: f.negated,
    roles: f.roles.filter((r) => roleIds.has(r)) as Finding['roles'],
    confidence: f.confidence,
    status: ReviewStatusSchema.catch('suggested').parse(f.status),
    origin: f.origin === 'manual' ? 'manual' : 'extracted',
    evidence: presentEvidence(f.evidence),
    extractor_version: f.extractorVersion,
    catalogue_version: f.catalogueVersion,
    reviewer: f.reviewer,
    reviewed_at: f.reviewedAt?.toISOString() ?? null,
  }
}
