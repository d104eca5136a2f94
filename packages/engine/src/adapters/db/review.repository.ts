import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'
import { FINDING_COLUMNS, toFinding, type FindingRecord, type FindingRowShape } from './finding-row.ts'
import { pgTextArrayLiteral } from './pg-array.ts'

export interface QueueFilter {
  platformIds?: string[] | undefined
  kind?: string | undefined
  unit?: string | undefined
}

export interface QueueEntry {
  finding: FindingRecord
  registration: { id: string; sourceRef: string; date: string; unit: string | null }
  /** the narrative around the span (JavaScript string offsets, as the spans) */
  before: string
  after: string
}

const CONTEXT = 200

function filterSql(f: QueueFilter) {
  return sql<boolean>`true
    ${f.platformIds ? sql`and m.platform_id = any(${f.platformIds}::text[])` : sql``}
    ${f.kind ? sql`and m.kind = ${f.kind}` : sql``}
    ${f.unit ? sql`and r.police_unit = ${f.unit}` : sql``}`
}

/** Suggested findings, least confident first (those profit most from a human look); mention_review_queue_idx order. */
export async function nextSuggested(db: Kysely<Database>, f: QueueFilter, limit: number): Promise<QueueEntry[]> {
  const { rows } = await sql<
    FindingRowShape & { source_ref: string; reg_date: string; police_unit: string | null; narrative: string }
  >`
    select ${FINDING_COLUMNS}, r.source_ref, to_char(r.reg_date, 'YYYY-MM-DD') as reg_date, r.police_unit, r.narrative
    from mention m join registration r on r.id = m.registration_id
    where m.status = 'suggested' and ${filterSql(f)}
    order by m.confidence asc, m.registration_id, m.id
    limit ${limit}`.execute(db)
  return rows.map((r) => ({
    finding: toFinding(r),
    registration: { id: r.registration_id, sourceRef: r.source_ref, date: r.reg_date, unit: r.police_unit },
    before: r.span_start === null ? '' : r.narrative.slice(Math.max(0, r.span_start - CONTEXT), r.span_start),
    after: r.span_end === null ? '' : r.narrative.slice(r.span_end, r.span_end + CONTEXT),
  }))
}

export async function countReviewProgress(db: Kysely<Database>, f: QueueFilter): Promise<{ remaining: number; reviewed: number }> {
  const { rows } = await sql<{ remaining: string; reviewed: string }>`
    select count(*) filter (where m.status = 'suggested') as remaining,
           count(*) filter (where m.status <> 'suggested' and m.origin = 'extracted') as reviewed
    from mention m join registration r on r.id = m.registration_id
    where ${filterSql(f)}`.execute(db)
  return { remaining: Number(rows[0]?.remaining ?? 0), reviewed: Number(rows[0]?.reviewed ?? 0) }
}

export async function findFinding(db: Kysely<Database>, registrationId: string, id: string): Promise<FindingRecord | undefined> {
  const { rows } = await sql<FindingRowShape>`
    select ${FINDING_COLUMNS} from mention m where m.registration_id = ${registrationId} and m.id = ${id}`.execute(db)
  return rows[0] && toFinding(rows[0])
}

export interface FindingDecision {
  status: 'confirmed' | 'rejected' | 'corrected'
  reviewer: string
  reviewedAt: Date
  /** only for corrections */
  correction?: {
    platformId: string | null
    platformName: string | null
    inCatalogue: boolean
    kind: string
    roles: string[]
    negated: boolean
  }
}

export async function decideFinding(
  db: Kysely<Database>,
  registrationId: string,
  id: string,
  d: FindingDecision,
): Promise<FindingRecord | undefined> {
  const c = d.correction
  const { rows } = await sql<FindingRowShape>`
    update mention m set status = ${d.status}, reviewer = ${d.reviewer}, reviewed_at = ${d.reviewedAt}
      ${
        c
          ? sql`, platform_id = ${c.platformId}, platform_name = ${c.platformName}, in_catalogue = ${c.inCatalogue},
               kind = ${c.kind}, roles = ${pgTextArrayLiteral(c.roles)}::text[], negated = ${c.negated}`
          : sql``
      }
    where m.registration_id = ${registrationId} and m.id = ${id}
    returning ${FINDING_COLUMNS}`.execute(db)
  return rows[0] && toFinding(rows[0])
}
