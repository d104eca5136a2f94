import type { RegistrationListQuery } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { refreshPictureSummary } from '../adapters/db/picture.repository.ts'
import {
  countDrillDown,
  listRegistrations,
  readRegistration,
  type DrillDownFilter,
  type RegistrationDetailRecord,
  type RegistrationSummaryRecord,
} from '../adapters/db/registration-query.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import { recordAudit } from './audit.ts'
import type { DrillDownCache } from './drill-down-cache.ts'

/** Catalogue ids selected by a platform and/or category filter; undefined = no filter. */
export function platformScope(
  catalogue: Catalogue,
  platform: string | undefined,
  category: string | undefined,
): { ids: string[] } | undefined {
  if (platform === undefined && category === undefined) return undefined
  const chosen = catalogue.platforms.filter(
    (p) =>
      (platform === undefined || p.name.toLowerCase() === platform.toLowerCase() || p.id === platform) &&
      (category === undefined || p.category === category),
  )
  return { ids: chosen.map((p) => p.id) }
}

export type RegistrationList = { items: RegistrationSummaryRecord[]; total: number; totalIsLowerBound: boolean }

/**
 * The registrations behind a number of the picture (drill-down), without narratives; through `pages` (the server's
 * cache, exact per summary stamp) when given.
 */
export async function listRegistrationsBehind(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  q: RegistrationListQuery,
  pages?: DrillDownCache<RegistrationList>,
): Promise<RegistrationList> {
  const scope = q.kind === 'named' ? platformScope(catalogue, q.platform, q.category) : undefined
  const from = maxDate(q.from, q.year === undefined ? undefined : `${q.year}-01-01`)
  const to = minDate(q.to, q.year === undefined ? undefined : `${q.year + 1}-01-01`)
  const filter: DrillDownFilter = {
    platformIds: scope?.ids,
    role: q.kind === 'named' ? q.role : undefined,
    unit: q.unit === undefined ? undefined : (catalogue.unitByName(q.unit)?.name ?? q.unit),
    from,
    toExclusive: to,
    kind: q.kind,
    status: q.status,
    sourceRefPrefix: q.ref,
    offset: (q.page - 1) * q.page_size,
    limit: q.page_size,
  }
  if (!pages) {
    await refreshPictureSummary(conn.db)
    return listRegistrations(conn.db, filter)
  }
  const cell = `${catalogue.version}|${JSON.stringify({ ...filter, offset: undefined, limit: undefined })}`
  return pages.get(conn, `${cell}|${filter.offset}|${filter.limit}`, async () =>
    listRegistrations(conn.db, filter, await pages.count(cell, () => countDrillDown(conn.db, filter))),
  )
}

/** One registration with narrative, findings and persons; every read is audited before the data is returned. */
export async function readRegistrationDetail(
  conn: DatabaseConnection,
  id: string,
  actor: string,
  now: Date,
): Promise<RegistrationDetailRecord> {
  const detail = await readRegistration(conn.db, id)
  if (!detail) throw new AppError('not_found', { what: `registratie ${id}` })
  await recordAudit(
    conn,
    { actor, action: 'registration_read', target: `registration:${id}`, details: { persons: detail.persons.length } },
    now,
  )
  return detail
}

const maxDate = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a > b ? a : b)
const minDate = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a < b ? a : b)
