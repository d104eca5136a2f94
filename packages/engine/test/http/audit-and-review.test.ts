import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import type { PictureResponse, RegistrationDetail, ReviewQueueResponse } from '@platformscope/contract'
import { verifyAuditLog } from '../../src/app/audit.ts'
import { createHarness, call, login, type Harness, type Session } from './http-harness.ts'

describe('audit log and review through the API', () => {
  let h: Harness
  let reviewer: Session
  let admin: Session
  before(async () => {
    h = await createHarness()
    reviewer = await login(h.app, 'reviewer')
    admin = await login(h.app, 'admin')
  })
  after(async () => h.cleanup())

  const snapchatIn2019 = async (status: 'suggested' | 'confirmed') => {
    const res = await call(h.app, reviewer, 'GET', `/api/picture?from=2019-01-01&to=2021-01-01&status=${status}`)
    assert.equal(res.status, 200)
    const { picture } = (await res.json()) as PictureResponse
    return picture.appendix1_platforms_per_year.find((r) => r.platform === 'Snapchat')?.counts['2019'] ?? 0
  }

  it('shows a confirmed finding in the confirmed picture at once', async () => {
    assert.equal(await snapchatIn2019('confirmed'), 0)
    const queue = (await (await call(h.app, reviewer, 'GET', '/api/review/queue?limit=50')).json()) as ReviewQueueResponse
    const item = queue.items.find((i) => i.finding.platform === 'Snapchat')
    assert.ok(item)
    assert.equal(item.context.surface, 'Snapchat')
    assert.ok(item.context.before.endsWith('via '))
    const res = await call(h.app, reviewer, 'POST', `/api/registrations/${item.registration.id}/findings/${item.finding.id}/review`, { decision: 'confirm' })
    assert.equal(res.status, 200)
    assert.equal(await snapchatIn2019('confirmed'), 1)
  })

  it('records a correction with reviewer and time, and a rejection drops the finding from the picture', async () => {
    const detail = (await (await call(h.app, reviewer, 'GET', `/api/registrations/${h.reg.b}`)).json()) as RegistrationDetail
    const f = detail.findings.find((x) => x.platform === 'Sexjobs.nl')
    assert.ok(f)
    const corrected = await call(h.app, reviewer, 'POST', `/api/registrations/${h.reg.b}/findings/${f.id}/review`, {
      decision: 'correct',
      platform: 'Kinky.nl',
      kind: 'named',
      roles: ['advertising', 'customer_acquisition'],
      negated: false,
    })
    const body = (await corrected.json()) as { finding: { status: string; platform: string; reviewer: string; reviewed_at: string; roles: string[] } }
    assert.equal(body.finding.status, 'corrected')
    assert.equal(body.finding.platform, 'Kinky.nl')
    assert.deepEqual(body.finding.roles, ['advertising', 'customer_acquisition'])
    assert.equal(body.finding.reviewer, 'reviewer')
    assert.ok(body.finding.reviewed_at)
    await call(h.app, reviewer, 'POST', `/api/registrations/${h.reg.b}/findings/${f.id}/review`, { decision: 'reject' })
    const res = await call(h.app, reviewer, 'GET', '/api/picture?from=2020-01-01&to=2021-01-01')
    const { picture } = (await res.json()) as PictureResponse
    assert.equal(picture.appendix1_platforms_per_year.find((r) => r.platform === 'Kinky.nl'), undefined)
  })

  it('counts a case from the uniform form as confirmed and lists it behind the number', async () => {
    const officer = await login(h.app, 'case_officer')
    const res = await call(h.app, officer, 'POST', '/api/cases', {
      source_ref: 'FORM-1',
      date: '2020-09-15',
      unit: 'eenheid rotterdam',
      platforms: [
        { platform: 'telegram', kind: 'named', roles: ['customer_meeting'] },
        { platform: null, kind: 'generic', roles: [] },
      ],
      persons: [{ pseudonym: 'P-90001', gender: 'F', roles: ['slachtoffer'], age: 16 }],
      vulnerabilities: ['substance_use'],
    })
    assert.equal(res.status, 201, await res.clone().text())
    const list = await call(h.app, officer, 'GET', '/api/registrations?platform=Telegram&year=2020&unit=Rotterdam&role=customer_meeting&status=confirmed')
    const { items, total } = (await list.json()) as { items: Array<{ source_ref: string; platforms: string[] }>; total: number }
    assert.equal(total, 1)
    assert.equal(items[0]?.source_ref, 'FORM-1')
    assert.deepEqual(items[0]?.platforms, ['Telegram'])
    const detail = await call(h.app, officer, 'GET', `/api/registrations/${(items[0] as unknown as { id: string }).id}`)
    const d = (await detail.json()) as RegistrationDetail
    assert.deepEqual(
      d.findings.map((f) => [f.platform, f.kind, f.roles, f.status, f.origin, f.reviewer, f.reviewed_at !== null]),
      [
        ['Telegram', 'named', ['customer_meeting'], 'confirmed', 'manual', 'case_officer', true],
        [null, 'generic', [], 'confirmed', 'manual', 'case_officer', true],
      ],
    )
    assert.deepEqual(
      d.persons.map((p) => [p.pseudonym, p.gender, p.roles, p.age]),
      [['P-90001', 'F', ['slachtoffer'], 16]],
    )
    assert.deepEqual(d.vulnerabilities.map((v) => v.factor), ['substance_use'])
    const again = await call(h.app, officer, 'POST', '/api/cases', {
      source_ref: 'FORM-1',
      date: '2020-09-15',
      unit: 'Rotterdam',
      platforms: [{ platform: 'Telegram', kind: 'named', roles: [] }],
    })
    assert.equal(again.status, 409)
  })

  it('audits every narrative read, naming the reader but not the text', async () => {
    await call(h.app, reviewer, 'GET', `/api/registrations/${h.reg.a}`)
    const res = await call(h.app, admin, 'GET', '/api/audit?action=registration_read&limit=10')
    const { items } = (await res.json()) as { items: Array<{ actor: string; target: string; details: unknown }> }
    const read = items.find((e) => e.actor === 'reviewer' && e.target === `registration:${h.reg.a}`)
    assert.ok(read)
    assert.doesNotMatch(JSON.stringify(items), /benaderde|Verdachte/)
  })

  it('audits failed and successful logins', async () => {
    await h.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'analyst', password: 'verkeerd' }),
    })
    const res = await call(h.app, admin, 'GET', '/api/audit?limit=500')
    const { items } = (await res.json()) as { items: Array<{ action: string; target: string }> }
    assert.ok(items.some((e) => e.action === 'login_failed' && e.target === 'user:analyst'))
    assert.ok(items.some((e) => e.action === 'login_succeeded'))
  })

  it('names the first tampered entry after an update behind the trigger’s back', async () => {
    const intact = await verifyAuditLog(h.db.conn)
    assert.equal(intact.ok, true)
    assert.ok(intact.entries > 5)
    const { rows } = await sql<{ seq: string }>`select seq from audit_log order by seq limit 1 offset 3`.execute(h.db.conn.db)
    const seq = Number(rows[0]?.seq)
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(h.db.conn.db)
    await sql`update audit_log set actor = 'iemand anders' where seq = ${seq}`.execute(h.db.conn.db)
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(h.db.conn.db)
    const res = await call(h.app, admin, 'GET', '/api/audit/verify')
    // entries counts what was checked, up to and including the tampered one (the fourth)
    assert.deepEqual(await res.json(), { ok: false, entries: 4, first_tampered_seq: seq, reason: 'hash_mismatch' })
  })
})
