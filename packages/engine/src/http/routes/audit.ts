import { AuditListQuerySchema, AuditListResponseSchema, AuditVerifyResponseSchema } from '@platformscope/contract'
import { listAudit, recordAudit, verifyAuditLog } from '../../app/audit.ts'
import { defineRoute } from '../route.ts'
import { presentAuditEntry } from '../presenters/audit.ts'

export const auditRoutes = [
  defineRoute({
    method: 'get',
    path: '/audit',
    summary: 'Audit log, newest first',
    tag: 'audit',
    access: 'audit_read',
    query: AuditListQuerySchema,
    response: AuditListResponseSchema,
    audited: true,
    handle: async ({ deps, session, query }) => {
      const entries = await listAudit(deps.conn, query)
      await recordAudit(deps.conn, { actor: session.user.username, action: 'audit_read', details: { entries: entries.length } }, deps.now())
      const last = entries[entries.length - 1]
      return {
        items: entries.map(presentAuditEntry),
        next_before: entries.length === query.limit && last && last.seq > 1 ? last.seq : null,
      }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/audit/verify',
    summary: 'Recompute the hash chain and name the first tampered entry',
    tag: 'audit',
    access: 'audit_read',
    response: AuditVerifyResponseSchema,
    handle: async ({ deps }) => verifyAuditLog(deps.conn),
  }),
]
