import { z } from 'zod'
import {
  RegistrationDetailSchema,
  RegistrationListQuerySchema,
  RegistrationListResponseSchema,
  ReviewDecisionResponseSchema,
  ReviewDecisionSchema,
  ReviewQueueQuerySchema,
  ReviewQueueResponseSchema,
} from '@platformscope/contract'
import { listRegistrationsBehind, readRegistrationDetail } from '../../app/registrations-query.ts'
import { reviewFinding, reviewQueue } from '../../app/review.ts'
import { defineRoute } from '../route.ts'
import { presentDetail, presentReviewItem, presentSummary } from '../presenters/registration.ts'
import { presentFinding } from '../presenters/finding.ts'
import { parseWith } from '../validate.ts'

const Uuid = z.guid()

export const registrationRoutes = [
  defineRoute({
    method: 'get',
    path: '/registrations',
    summary: 'Registrations behind a number of the picture (no narratives)',
    tag: 'registrations',
    access: 'registrations_list',
    query: RegistrationListQuerySchema,
    response: RegistrationListResponseSchema,
    handle: async ({ deps, query }) => {
      const { items, total, totalIsLowerBound } = await listRegistrationsBehind(deps.conn, deps.catalogue(), query, deps.drillDowns)
      return {
        items: items.map(presentSummary),
        total,
        total_is_lower_bound: totalIsLowerBound,
        page: query.page,
        page_size: query.page_size,
      }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/registrations/:id',
    summary: 'One registration: narrative, findings with spans, rule and evidence, persons',
    tag: 'registrations',
    access: 'registration_read',
    response: RegistrationDetailSchema,
    audited: true,
    handle: async ({ deps, session, params }) => {
      const detail = await readRegistrationDetail(deps.conn, parseWith(Uuid, params.id), session.user.username, deps.now())
      return presentDetail(detail, deps.catalogue())
    },
  }),
  defineRoute({
    method: 'get',
    path: '/review/queue',
    summary: 'Next suggested findings with their context, least confident first',
    tag: 'review',
    access: 'review',
    query: ReviewQueueQuerySchema,
    response: ReviewQueueResponseSchema,
    audited: true,
    handle: async ({ deps, session, query }) => {
      const catalogue = deps.catalogue()
      const q = await reviewQueue(deps.conn, catalogue, query, session.user.username, deps.now())
      return { items: q.items.map((e) => presentReviewItem(e, catalogue)), remaining: q.remaining, reviewed: q.reviewed }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/registrations/:registrationId/findings/:findingId/review',
    summary: 'Confirm, correct (platform, kind, roles, negation) or reject a finding',
    tag: 'review',
    access: 'review',
    body: ReviewDecisionSchema,
    response: ReviewDecisionResponseSchema,
    audited: true,
    handle: async ({ deps, session, params, body }) => {
      const catalogue = deps.catalogue()
      const finding = await reviewFinding(
        deps.conn,
        catalogue,
        { registrationId: parseWith(Uuid, params.registrationId), findingId: parseWith(Uuid, params.findingId) },
        body,
        session.user.username,
        deps.now(),
      )
      return { finding: presentFinding(finding, catalogue) }
    },
  }),
]
