import type { ReviewDecision, ReviewQueueQuery } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import type { FindingRecord } from '../adapters/db/finding-row.ts'
import { ensureUncataloguedPlatforms } from '../adapters/db/platform.repository.ts'
import {
  countReviewProgress,
  decideFinding,
  findFinding,
  nextSuggested,
  type FindingDecision,
  type QueueEntry,
} from '../adapters/db/review.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import { recordAudit } from './audit.ts'
import { platformScope } from './registrations-query.ts'

/** The next suggested findings with their context; the registrations shown are audited as narrative reads. */
export async function reviewQueue(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  q: ReviewQueueQuery,
  actor: string,
  now: Date,
): Promise<{ items: QueueEntry[]; remaining: number; reviewed: number }> {
  const filter = {
    platformIds: platformScope(catalogue, q.platform, undefined)?.ids,
    kind: q.kind,
    unit: q.unit === undefined ? undefined : (catalogue.unitByName(q.unit)?.name ?? q.unit),
  }
  const [items, progress] = await Promise.all([nextSuggested(conn.db, filter, q.limit), countReviewProgress(conn.db, filter)])
  if (items.length > 0) {
    await recordAudit(
      conn,
      {
        actor,
        action: 'review_queue_read',
        details: { registrations: [...new Set(items.map((i) => i.registration.id))] },
      },
      now,
    )
  }
  return { items, ...progress }
}

/**
 * Confirm, correct or reject one finding. A correction may name a catalogue platform (name or id) or a proper
 * name outside the catalogue (kept as a candidate). The picture counts the new state at once.
 */
export async function reviewFinding(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  ref: { registrationId: string; findingId: string },
  decision: ReviewDecision,
  actor: string,
  now: Date,
): Promise<FindingRecord> {
  const before = await findFinding(conn.db, ref.registrationId, ref.findingId)
  if (!before) throw new AppError('not_found', { what: `bevinding ${ref.findingId}` })
  const d: FindingDecision = {
    status: decision.decision === 'confirm' ? 'confirmed' : decision.decision === 'reject' ? 'rejected' : 'corrected',
    reviewer: actor,
    reviewedAt: now,
  }
  if (decision.decision === 'correct') {
    if ((decision.kind === 'named') !== (decision.platform !== null)) {
      throw new AppError('input_invalid', { field: 'platform', reason: 'named needs a platform; generic and unclear have none' })
    }
    d.correction = { ...(await resolvePlatform(conn, catalogue, decision.platform)), kind: decision.kind, roles: decision.roles, negated: decision.negated }
  }
  const after = await decideFinding(conn.db, ref.registrationId, ref.findingId, d)
  if (!after) throw new AppError('not_found', { what: `bevinding ${ref.findingId}` })
  await recordAudit(
    conn,
    {
      actor,
      action: 'finding_reviewed',
      target: `mention:${ref.registrationId}/${ref.findingId}`,
      details: {
        decision: decision.decision,
        from: { status: before.status, platform_id: before.platformId, kind: before.kind, roles: before.roles, negated: before.negated },
        to: { status: after.status, platform_id: after.platformId, kind: after.kind, roles: after.roles, negated: after.negated },
      },
    },
    now,
  )
  return after
}

/** A platform given by name or id: the catalogue's, or a proper name outside it (stored as a candidate). */
export async function resolvePlatform(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  platform: string | null,
): Promise<{ platformId: string | null; platformName: string | null; inCatalogue: boolean }> {
  if (platform === null) return { platformId: null, platformName: null, inCatalogue: true }
  const known = catalogue.platformByName(platform) ?? catalogue.platformById(platform)
  if (known) return { platformId: known.id, platformName: known.name, inCatalogue: true }
  const name = platform.trim()
  const ids = await ensureUncataloguedPlatforms(conn.db, [name])
  return { platformId: ids.get(name.toLowerCase()) ?? null, platformName: name, inCatalogue: false }
}
