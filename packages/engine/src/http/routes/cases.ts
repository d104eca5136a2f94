import { RegisterCaseRequestSchema, RegisterCaseResponseSchema } from '@platformscope/contract'
import { registerCase } from '../../app/register-case.ts'
import { defineRoute } from '../route.ts'

export const caseRoutes = [
  defineRoute({
    method: 'post',
    path: '/cases',
    summary: 'Register a case on the uniform form (findings stored as confirmed, origin manual)',
    tag: 'cases',
    access: 'register_case',
    body: RegisterCaseRequestSchema,
    response: RegisterCaseResponseSchema,
    status: 201,
    audited: true,
    handle: async ({ deps, session, body }) => {
      const r = await registerCase(deps.conn, deps.catalogue(), body, session.user.username, deps.now())
      return { registration_id: r.registrationId, findings: r.findings, persons: r.persons }
    },
  }),
]
