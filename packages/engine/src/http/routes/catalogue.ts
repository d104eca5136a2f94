import {
  AcceptCandidateRequestSchema,
  AcceptCandidateResponseSchema,
  CandidateListResponseSchema,
  CatalogueResponseSchema,
} from '@platformscope/contract'
import { acceptCandidate, listCandidates } from '../../app/catalogue-candidates.ts'
import { defineRoute } from '../route.ts'
import { presentCatalogue, presentCataloguePlatform } from '../presenters/catalogue.ts'

export const catalogueRoutes = [
  defineRoute({
    method: 'get',
    path: '/catalogue',
    summary: 'Platforms, aliases, categories, roles, units, person roles, vulnerability factors',
    tag: 'catalogue',
    access: 'catalogue_read',
    response: CatalogueResponseSchema,
    handle: async ({ deps }) => presentCatalogue(deps.catalogue()),
  }),
  defineRoute({
    method: 'get',
    path: '/catalogue/candidates',
    summary: 'New-platform candidates: named platforms outside the catalogue found in text, per year',
    tag: 'catalogue',
    access: 'candidates_read',
    response: CandidateListResponseSchema,
    handle: async ({ deps }) => ({ items: await listCandidates(deps.conn) }),
  }),
  defineRoute({
    method: 'post',
    path: '/catalogue/candidates/accept',
    summary: 'Add a candidate to data/catalogue.json and link its findings',
    tag: 'catalogue',
    access: 'catalogue_write',
    body: AcceptCandidateRequestSchema,
    response: AcceptCandidateResponseSchema,
    status: 201,
    audited: true,
    handle: async ({ deps, session, body }) => {
      const r = await acceptCandidate(deps.conn, deps.catalogue(), deps.catalogueFile, body, session.user.username, deps.now())
      deps.setCatalogue(r.catalogue)
      return { platform: presentCataloguePlatform(r.platform), catalogue_version: r.catalogue.version, findings_linked: r.linked }
    },
  }),
]
