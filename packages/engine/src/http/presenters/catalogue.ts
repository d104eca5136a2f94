import type { CatalogueResponse, CataloguePlatformView } from '@platformscope/contract'
import type { CataloguePlatform } from '../../domain/catalogue/catalogue-schema.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'

export function presentCataloguePlatform(p: CataloguePlatform): CataloguePlatformView {
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    aliases: p.aliases,
    domains: p.domains,
    events: (p.events ?? []).map((e) => ({ type: e.type, date: e.date, ...(e.note_nl !== undefined && { note_nl: e.note_nl }) })),
  }
}

export function presentCatalogue(c: Catalogue): CatalogueResponse {
  const d = c.data
  return {
    version: c.version,
    categories: d.categories.map(({ id, nl, en, definition_nl }) => ({ id, nl, en, definition_nl })),
    roles: d.roles.map(({ id, nl, en, definition_nl }) => ({ id, nl, en, definition_nl })),
    police_units: d.police_units.map(({ id, name, aliases }) => ({ id, name, aliases })),
    person_roles: d.person_roles.map(({ id, nl, en }) => ({ id, nl, en })),
    vulnerability_factors: d.vulnerability_factors.map(({ id, nl, en }) => ({ id, nl, en })),
    platforms: c.platforms.map(presentCataloguePlatform),
  }
}
