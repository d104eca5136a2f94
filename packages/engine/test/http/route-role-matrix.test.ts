import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { USER_ROLES, type UserRole } from '@platformscope/contract'
import { createApp } from '../../src/http/app.ts'
import { apiRoutes } from '../../src/http/routes/index.ts'
import { createHarness, call, login, type Harness, type Session } from './http-harness.ts'

/**
 * Every API route × every role: allowed roles get the route's success status, the others 403, and nobody without
 * a session gets past 401 (ARCHITECTURE.md). Written out by hand on purpose — it is the specification the
 * permission table in domain/auth/permissions.ts must meet, not a copy of it.
 */
interface Row {
  method: 'GET' | 'POST' | 'PATCH'
  path: (h: Harness, role: UserRole) => string
  body?: (h: Harness, role: UserRole) => unknown
  allowed: readonly UserRole[]
  ok: number
}

const ALL = USER_ROLES
const STAFF: UserRole[] = ['admin', 'analyst', 'reviewer', 'case_officer']

const matrix: Record<string, Row> = {
  'GET /api/auth/me': { method: 'GET', path: () => '/api/auth/me', allowed: ALL, ok: 200 },
  'GET /api/openapi.json': { method: 'GET', path: () => '/api/openapi.json', allowed: ALL, ok: 200 },
  'GET /api/picture': {
    method: 'GET',
    path: () => '/api/picture?from=2019-01-01&to=2021-01-01&unit=Rotterdam,Den Haag&status=suggested',
    allowed: ALL,
    ok: 200,
  },
  'GET /api/catalogue': { method: 'GET', path: () => '/api/catalogue', allowed: ALL, ok: 200 },
  'GET /api/registrations': {
    method: 'GET',
    path: () => '/api/registrations?platform=Snapchat&year=2019',
    allowed: STAFF,
    ok: 200,
  },
  'GET /api/registrations/:id': { method: 'GET', path: (h) => `/api/registrations/${h.reg.a}`, allowed: STAFF, ok: 200 },
  'GET /api/review/queue': { method: 'GET', path: () => '/api/review/queue', allowed: ['admin', 'analyst', 'reviewer'], ok: 200 },
  'POST /api/registrations/:rid/findings/:fid/review': {
    method: 'POST',
    path: (h, role) => `/api/registrations/${h.reg.a}/findings/${h.findingFor[role]}/review`,
    body: () => ({ decision: 'confirm' }),
    allowed: ['admin', 'analyst', 'reviewer'],
    ok: 200,
  },
  'POST /api/cases': {
    method: 'POST',
    path: () => '/api/cases',
    body: (_h, role) => ({
      source: 'formulier',
      source_ref: `M-${role}`,
      date: '2020-06-01',
      unit: 'Rotterdam',
      narrative: 'Zij werd via Instagram benaderd.',
      platforms: [{ platform: 'Instagram', kind: 'named', roles: ['recruiting'] }],
      persons: [{ pseudonym: `P-${role}`, gender: 'F', roles: ['slachtoffer'], age: 15 }],
    }),
    allowed: ['admin', 'analyst', 'case_officer'],
    ok: 201,
  },
  'GET /api/catalogue/candidates': {
    method: 'GET',
    path: () => '/api/catalogue/candidates',
    allowed: ['admin', 'analyst', 'reviewer'],
    ok: 200,
  },
  'POST /api/catalogue/candidates/accept': {
    method: 'POST',
    path: () => '/api/catalogue/candidates/accept',
    body: (_h, role) => ({ name: `Nieuwapp ${role}`, category: 'instant_messaging' }),
    allowed: ['admin', 'analyst'],
    ok: 201,
  },
  'POST /api/imports': {
    method: 'POST',
    path: (_h, role) => `/api/imports?file_name=upload-${role}.jsonl&extract=false`,
    body: (_h, role) =>
      JSON.stringify({ id: `U-${role}`, source: 'upload', text: 'Zij moest klanten ontvangen.', date: '2018-03-01', unit: 'Rotterdam' }) + '\n',
    allowed: ['admin', 'analyst'],
    ok: 202,
  },
  'GET /api/imports': { method: 'GET', path: () => '/api/imports', allowed: ['admin', 'analyst'], ok: 200 },
  'GET /api/users': { method: 'GET', path: () => '/api/users', allowed: ['admin'], ok: 200 },
  'POST /api/users': {
    method: 'POST',
    path: () => '/api/users',
    body: (_h, role) => ({ username: `nieuw-${role}`, password: 'een-lang-wachtwoord', role: 'viewer' }),
    allowed: ['admin'],
    ok: 201,
  },
  'GET /api/audit': { method: 'GET', path: () => '/api/audit?limit=5', allowed: ['admin'], ok: 200 },
  'GET /api/audit/verify': { method: 'GET', path: () => '/api/audit/verify', allowed: ['admin'], ok: 200 },
}

describe('API route × role matrix', () => {
  let h: Harness
  const sessions = {} as Record<UserRole, Session>
  before(async () => {
    h = await createHarness()
    for (const role of USER_ROLES) sessions[role] = await login(h.app, role)
  })
  after(async () => h.cleanup())

  it('lists every mounted API route in the matrix and in the OpenAPI document', async () => {
    const res = await call(h.app, sessions.admin, 'GET', '/api/openapi.json')
    const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> }
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
    const covered = Object.keys(matrix).map((k) => k.replace(/:rid/, '{registrationId}').replace(/:fid/, '{findingId}').replace(/:id/, '{id}'))
    const untested = documented.filter(
      (r) => !covered.includes(r) && !['POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/imports/{id}', 'PATCH /api/users/{id}'].includes(r),
    )
    assert.deepEqual(untested, [])
  })

  for (const [name, row] of Object.entries(matrix)) {
    it(`${name}: 401 without a session`, async () => {
      const res = await call(h.app, null, row.method, row.path(h, 'admin'), row.body?.(h, 'admin'))
      assert.equal(res.status, 401)
      assert.deepEqual(await res.json(), { code: 'unauthenticated', message: 'Niet ingelogd.' })
    })
    for (const role of USER_ROLES) {
      const allowed = row.allowed.includes(role)
      it(`${name}: ${role} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const res = await call(h.app, sessions[role], row.method, row.path(h, role), row.body?.(h, role))
        const body = (await res.json()) as { code?: string }
        if (allowed) {
          assert.equal(res.status, row.ok, JSON.stringify(body))
          // the answer is what the contract promises the dashboard
          const shape = (k: string) => k.replace(/:[A-Za-z]+/g, ':_')
          const route = apiRoutes.find((r) => shape(`${r.method.toUpperCase()} /api${r.path}`) === shape(name))
          if (route) route.response.parse(body)
          else assert.equal(name, 'GET /api/openapi.json')
        } else {
          assert.equal(res.status, 403, JSON.stringify(body))
          assert.equal(body.code, 'forbidden')
        }
      })
    }
  }

  it('answers 401 for an unknown /api path without a session and 404 with one', async () => {
    assert.equal((await call(h.app, null, 'GET', '/api/nothing-here')).status, 401)
    assert.equal((await call(h.app, sessions.viewer, 'GET', '/api/nothing-here')).status, 404)
  })

  it('answers /healthz without a session', async () => {
    const res = await h.app.request('/healthz')
    assert.equal(res.status, 200)
    assert.deepEqual(await res.json(), { status: 'ok' })
  })

  it('serves a page saying how to build the dashboard when it is not built', async () => {
    const res = await createApp({ ...h.deps, webDist: '/nonexistent' }).request('/')
    assert.equal(res.status, 200)
    assert.match(await res.text(), /npm run build -w @platformscope\/web/)
  })
})
