import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createApp } from '../../src/http/app.ts'
import { createHarness, call, login, PASSWORD, type Harness, type Session } from './http-harness.ts'

describe('HTTP security', () => {
  let h: Harness
  let analyst: Session
  before(async () => {
    h = await createHarness({ throttle: { windowMs: 60_000, attemptsPerAddress: 8, failuresPerUsername: 3 }, trustProxy: true })
    analyst = await login(h.app, 'analyst')
  })
  after(async () => h.cleanup())

  const caseBody = (ref: string) => ({
    source_ref: ref,
    date: '2020-06-01',
    unit: 'Rotterdam',
    platforms: [{ platform: 'Instagram', kind: 'named', roles: ['recruiting'] }],
  })

  it('refuses a state change without the CSRF token', async () => {
    const res = await h.app.request('/api/cases', {
      method: 'POST',
      headers: { cookie: analyst.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(caseBody('CSRF-1')),
    })
    assert.equal(res.status, 403)
    assert.equal(((await res.json()) as { code: string }).code, 'csrf_failed')
  })

  it('refuses a state change with another session’s CSRF token', async () => {
    const other = await login(h.app, 'admin')
    const res = await call(h.app, { cookie: analyst.cookie, csrf: other.csrf }, 'POST', '/api/cases', caseBody('CSRF-2'))
    assert.equal(res.status, 403)
  })

  it('refuses a state change from a foreign Origin even with the token', async () => {
    const res = await call(h.app, analyst, 'POST', '/api/cases', caseBody('CSRF-3'), { origin: 'https://evil.example', host: 'localhost' })
    assert.equal(res.status, 403)
    const same = await call(h.app, analyst, 'POST', '/api/cases', caseBody('CSRF-4'), { origin: 'http://localhost', host: 'localhost' })
    assert.equal(same.status, 201)
  })

  it('sets an HttpOnly, SameSite=Strict session cookie, Secure only behind TLS', async () => {
    const plain = await h.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.50' },
      body: JSON.stringify({ username: 'viewer', password: PASSWORD }),
    })
    const cookie = plain.headers.get('set-cookie') ?? ''
    assert.match(cookie, /HttpOnly/)
    assert.match(cookie, /SameSite=Strict/)
    assert.doesNotMatch(cookie, /Secure/)
    const tls = await h.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.0.51' },
      body: JSON.stringify({ username: 'viewer', password: PASSWORD }),
    })
    assert.match(tls.headers.get('set-cookie') ?? '', /Secure/)
  })

  it('sends a CSP without unsafe-inline and the other security headers', async () => {
    const res = await h.app.request('/healthz')
    const csp = res.headers.get('content-security-policy') ?? ''
    assert.match(csp, /default-src 'self'/)
    assert.match(csp, /frame-ancestors 'none'/)
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/)
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(res.headers.get('x-frame-options'), 'DENY')
    const api = await call(h.app, analyst, 'GET', '/api/auth/me')
    assert.equal(api.headers.get('cache-control'), 'no-store')
  })

  it('limits failed logins per username, even with the right password afterwards', async () => {
    const attempt = (password: string, ip: string) =>
      h.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ username: 'reviewer', password }),
      })
    for (let i = 0; i < 3; i++) assert.equal((await attempt('fout-wachtwoord', `10.0.1.${i}`)).status, 401)
    const blocked = await attempt(PASSWORD, '10.0.1.9')
    assert.equal(blocked.status, 429)
    assert.ok(Number(blocked.headers.get('retry-after')) > 0)
  })

  it('limits login attempts per client address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 9; i++) {
      const res = await h.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.2.1' },
        body: JSON.stringify({ username: `niemand-${i}`, password: 'x' }),
      })
      statuses.push(res.status)
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 401, 401, 401, 429])
  })

  it('answers 401 after logout with the old cookie', async () => {
    const s = await login(h.app, 'case_officer', PASSWORD, { 'x-forwarded-for': '10.0.3.1' })
    assert.equal((await call(h.app, s, 'POST', '/api/auth/logout')).status, 200)
    assert.equal((await call(h.app, s, 'GET', '/api/auth/me')).status, 401)
  })

  it('refuses a disabled account and ends its sessions', async () => {
    const admin = await login(h.app, 'admin', PASSWORD, { 'x-forwarded-for': '10.0.4.1' })
    const created = await call(h.app, admin, 'POST', '/api/users', { username: 'tijdelijk', password: 'een-lang-wachtwoord', role: 'analyst' })
    const user = (await created.json()) as { id: string }
    const s = await login(h.app, 'tijdelijk', 'een-lang-wachtwoord', { 'x-forwarded-for': '10.0.4.2' })
    assert.equal((await call(h.app, admin, 'PATCH', `/api/users/${user.id}`, { disabled: true })).status, 200)
    assert.equal((await call(h.app, s, 'GET', '/api/auth/me')).status, 401)
    await assert.rejects(login(h.app, 'tijdelijk', 'een-lang-wachtwoord', { 'x-forwarded-for': '10.0.4.3' }))
  })

  it('keeps the last admin', async () => {
    const admin = await login(h.app, 'admin', PASSWORD, { 'x-forwarded-for': '10.0.5.1' })
    const me = (await (await call(h.app, admin, 'GET', '/api/auth/me')).json()) as { user: { id: string } }
    const res = await call(h.app, admin, 'PATCH', `/api/users/${me.user.id}`, { role: 'viewer' })
    assert.equal(res.status, 409)
  })

  it('rejects a body that does not match the contract, naming the field', async () => {
    const res = await call(h.app, analyst, 'POST', '/api/cases', { ...caseBody('BAD-1'), date: '1 juni 2020' })
    assert.equal(res.status, 400)
    const body = (await res.json()) as { code: string; message: string }
    assert.equal(body.code, 'input_invalid')
    assert.match(body.message, /date/)
  })

  it('stores argon2id hashes, never the password', async () => {
    const row = await h.db.conn.db.selectFrom('users').select('password_hash').where('username', '=', 'viewer').executeTakeFirstOrThrow()
    assert.match(row.password_hash, /^\$argon2id\$/)
    assert.ok(!row.password_hash.includes(PASSWORD))
  })

  it('serves the same app with the dashboard missing without leaking the API', async () => {
    const res = await createApp({ ...h.deps, webDist: undefined }).request('/registraties/123')
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/)
  })
})
