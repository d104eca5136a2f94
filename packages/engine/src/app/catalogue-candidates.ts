import type { AcceptCandidateRequest, CategoryId } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { linkCandidateFindings, listPlatformCandidates, type CandidateRecord } from '../adapters/db/candidates.repository.ts'
import { syncCataloguePlatforms } from '../adapters/db/platform.repository.ts'
import { inTransaction } from '../adapters/db/transaction.ts'
import { appendCataloguePlatform } from '../adapters/files/write-catalogue.ts'
import type { CataloguePlatform } from '../domain/catalogue/catalogue-schema.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import { recordAudit } from './audit.ts'

/** Brings the platform table in step with the catalogue (before the server takes requests). */
export function syncPlatformTable(conn: DatabaseConnection, catalogue: Catalogue): Promise<void> {
  return syncCataloguePlatforms(conn.db, catalogue)
}

export function listCandidates(conn: DatabaseConnection, limit = 200): Promise<CandidateRecord[]> {
  return listPlatformCandidates(conn.db, limit)
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Accepts a candidate into the catalogue with one action: writes data/catalogue.json (validated first), brings
 * the platform table in step and links the findings that named it, so the picture counts them at once.
 */
export async function acceptCandidate(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  catalogueFile: string,
  input: Omit<AcceptCandidateRequest, 'aliases' | 'domains'> & { category: CategoryId; aliases: string[]; domains: string[] },
  actor: string,
  now: Date,
): Promise<{ catalogue: Catalogue; platform: CataloguePlatform; linked: number }> {
  const name = input.name.trim()
  const id = slug(name)
  if (!id) throw new AppError('field_invalid', { field: 'name', reason: 'een naam met letters of cijfers' })
  const spellings = [name, ...input.aliases]
  const taken = spellings.find((s) => catalogue.platformByName(s)) ?? (catalogue.platformById(id) ? id : undefined)
  if (taken !== undefined) throw new AppError('conflict', { reason: `'${taken}' staat al in de catalogus` })
  const platform: CataloguePlatform = {
    id,
    name,
    category: input.category,
    aliases: [...new Set(input.aliases.filter((a) => a.toLowerCase() !== name.toLowerCase()))],
    domains: input.domains,
    note: `toegevoegd door ${actor} op ${now.toISOString().slice(0, 10)} (kandidaat uit tekst)`,
  }
  const next = appendCataloguePlatform(catalogueFile, platform)
  const linked = await inTransaction(conn, async (trx) => {
    await syncCataloguePlatforms(trx, next)
    return linkCandidateFindings(trx, spellings, { id, name })
  })
  await recordAudit(
    conn,
    {
      actor,
      action: 'candidate_accepted',
      target: `platform:${id}`,
      details: { name, category: input.category, catalogue_version: next.version, findings_linked: linked },
    },
    now,
  )
  return { catalogue: next, platform, linked }
}
