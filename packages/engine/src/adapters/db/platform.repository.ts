import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'

/**
 * Brings the platform table in step with the catalogue: every catalogue platform present under its catalogue
 * id, name and category. Platforms no longer in the catalogue are kept (mentions may point at them) and
 * marked in_catalogue = false.
 */
export async function syncCataloguePlatforms(db: Kysely<Database>, catalogue: Catalogue): Promise<void> {
  const ps = catalogue.platforms
  await sql`
    insert into platform as p (id, name, category, in_catalogue, catalogue_version)
    select t.id, t.name, t.category, true, ${catalogue.version}
    from unnest(${ps.map((p) => p.id)}::text[], ${ps.map((p) => p.name)}::text[], ${ps.map((p) => p.category)}::text[])
      as t(id, name, category)
    on conflict (id) do update set name = excluded.name, category = excluded.category, in_catalogue = true,
      catalogue_version = excluded.catalogue_version
    where (p.name, p.category, p.in_catalogue, p.catalogue_version)
      is distinct from (excluded.name, excluded.category, true, excluded.catalogue_version)`.execute(db)
  await sql`update platform set in_catalogue = false
    where in_catalogue and not (id = any(${ps.map((p) => p.id)}::text[]))`.execute(db)
}

/** The id given to a platform found in text but absent from the catalogue. */
export function uncataloguedPlatformId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `uncatalogued:${slug || 'x'}`
}

/**
 * Makes sure every named platform outside the catalogue has a platform row (in_catalogue = false, no
 * category), so mentions can reference it and analysts see it as a candidate. Returns lower(name) → id,
 * which is the existing row's id when the name is already known (an analyst may have added it).
 */
export async function ensureUncataloguedPlatforms(db: Kysely<Database>, names: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()]
  if (unique.length === 0) return new Map()
  await sql`
    insert into platform (id, name, category, in_catalogue)
    select t.id, t.name, null, false from unnest(${unique.map(uncataloguedPlatformId)}::text[], ${unique}::text[]) as t(id, name)
    on conflict do nothing`.execute(db)
  const rows = await db
    .selectFrom('platform')
    .select(['id', sql<string>`lower(name)`.as('key')])
    .where(sql<boolean>`lower(name) = any(${unique.map((n) => n.toLowerCase())}::text[])`)
    .execute()
  return new Map(rows.map((r) => [r.key, r.id]))
}
