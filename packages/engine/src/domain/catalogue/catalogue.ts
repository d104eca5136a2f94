import type { CategoryId, RoleId } from '@platformscope/contract'
import type { CatalogueData, CataloguePlatform } from './catalogue-schema.ts'

/** A validated catalogue with lookups; `version` is a content hash recorded with everything derived from it. */
export interface Catalogue {
  readonly version: string
  readonly data: CatalogueData
  readonly platforms: readonly CataloguePlatform[]
  platformById(id: string): CataloguePlatform | undefined
  platformByName(name: string): CataloguePlatform | undefined
  unitByName(nameOrAlias: string): { id: string; name: string } | undefined
  categoryLabel(id: CategoryId, lang: 'nl' | 'en'): string
  roleLabel(id: RoleId, lang: 'nl' | 'en'): string
}

export function createCatalogue(data: CatalogueData, version: string): Catalogue {
  const byId = new Map(data.platforms.map((p) => [p.id, p]))
  const byName = new Map(data.platforms.map((p) => [p.name.toLowerCase(), p]))
  const units = new Map<string, { id: string; name: string }>()
  for (const u of data.police_units) {
    for (const key of [u.id, u.name, ...u.aliases]) units.set(normalizeUnitKey(key), { id: u.id, name: u.name })
  }
  return {
    version,
    data,
    platforms: data.platforms,
    platformById: (id) => byId.get(id),
    platformByName: (name) => byName.get(name.toLowerCase()),
    unitByName: (name) => units.get(normalizeUnitKey(name)),
    categoryLabel: (id, lang) => data.categories.find((c) => c.id === id)?.[lang] ?? id,
    roleLabel: (id, lang) => data.roles.find((r) => r.id === id)?.[lang] ?? id,
  }
}

function normalizeUnitKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(politie[- ]?)?eenheid\s+/, '')
    .replace(/[\s_]+/g, '-')
    .trim()
}
