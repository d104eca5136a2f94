import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import type { Hono } from 'hono'
import type { UserRole } from '@platformscope/contract'
import { USER_ROLES } from '@platformscope/contract'
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { DEFAULT_CATALOGUE_PATH, loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { syncPlatformTable } from '../../src/app/catalogue-candidates.ts'
import { addUser } from '../../src/app/users.ts'
import { ImportJobs } from '../../src/app/import-upload.ts'
import { PictureCache } from '../../src/app/dashboard-picture.ts'
import { DrillDownCache } from '../../src/app/drill-down-cache.ts'
import { LoginThrottle, type ThrottleLimits } from '../../src/domain/auth/login-throttle.ts'
import { registrationId, mentionId } from '../../src/domain/registration/registration-id.ts'
import { AppError } from '../../src/domain/errors.ts'
import { createApp } from '../../src/http/app.ts'
import type { ApiEnv, HttpDeps } from '../../src/http/api-env.ts'

export const PASSWORD = 'testwachtwoord-lang-genoeg'

/** A migrated test database with one account per role, a copy of the catalogue, and a few registrations. */
export interface Harness {
  db: TestDatabase
  deps: HttpDeps
  app: Hono<ApiEnv>
  /** registration ids of the seed, by name */
  reg: { a: string; b: string }
  /** one suggested finding of registration a per role, so each role can review its own */
  findingFor: Record<UserRole, string>
  cleanup(): Promise<void>
}

export async function createHarness(options: { throttle?: ThrottleLimits; trustProxy?: boolean } = {}): Promise<Harness> {
  const db = await createTestDatabase('pglite')
  const dir = mkdtempSync(path.join(tmpdir(), 'platformscope-http-'))
  const catalogueFile = path.join(dir, 'catalogue.json')
  copyFileSync(DEFAULT_CATALOGUE_PATH, catalogueFile)
  let catalogue = loadCatalogue(catalogueFile)
  await syncPlatformTable(db.conn, catalogue)
  const now = new Date('2026-03-01T10:00:00Z')
  for (const role of USER_ROLES) await addUser(db.conn, { username: role, password: PASSWORD, role }, 'test', now)

  const a = registrationId('test', 'R-A')
  const b = registrationId('test', 'R-B')
  const narrativeA = 'Verdachte B. benaderde aangeefster via Snapchat en later via WhatsApp. Er werd ook via Kandidaatapp gecommuniceerd.'
  await db.conn.db
    .insertInto('registration')
    .values([
      { id: a, source: 'test', source_ref: 'R-A', reg_date: '2019-05-14', police_unit: 'Rotterdam', societal_class: 'F561', exploitation_form: null, scope: 'registratie', narrative: narrativeA, content_hash: 'a', import_batch_id: null, extracted_at: null },
      { id: b, source: 'test', source_ref: 'R-B', reg_date: '2020-02-01', police_unit: 'Den Haag', societal_class: 'F561', exploitation_form: null, scope: 'registratie', narrative: 'Zij moest klanten ontvangen; de advertentie stond op Sexjobs.', content_hash: 'b', import_batch_id: null, extracted_at: null },
    ])
    .execute()
  const at = (text: string, word: string) => {
    const start = text.indexOf(word)
    return { start, end: start + word.length }
  }
  const snap = at(narrativeA, 'Snapchat')
  const wa = at(narrativeA, 'WhatsApp')
  const kand = at(narrativeA, 'Kandidaatapp')
  const sj = at('Zij moest klanten ontvangen; de advertentie stond op Sexjobs.', 'Sexjobs')
  const findingFor = {} as Record<UserRole, string>
  const mentions = USER_ROLES.map((role, i) => {
    const id = mentionId(a, snap.start, snap.end, 'named', `snapchat-${role}`)
    findingFor[role] = id
    return mentionRow(id, a, 'snapchat', 'Snapchat', true, snap.start, snap.end, 'Snapchat', ['recruiting'], 0.5 + i / 100)
  })
  mentions.push(mentionRow(mentionId(a, wa.start, wa.end, 'named', 'whatsapp'), a, 'whatsapp', 'WhatsApp', true, wa.start, wa.end, 'WhatsApp', ['relationship'], 0.9))
  mentions.push(mentionRow(mentionId(a, kand.start, kand.end, 'named', 'Kandidaatapp'), a, null, 'Kandidaatapp', false, kand.start, kand.end, 'Kandidaatapp', [], 0.8))
  mentions.push(mentionRow(mentionId(b, sj.start, sj.end, 'named', 'sexjobs'), b, 'sexjobs', 'Sexjobs.nl', true, sj.start, sj.end, 'Sexjobs', ['advertising'], 0.95))
  await db.conn.db.insertInto('mention').values(mentions).execute()
  await sql`insert into person (id, pseudonym, gender, birth_country, birth_year, resident_nl)
    values ('00000000-0000-5000-8000-0000000000a1', 'P-00001', 'F', 'Nederland', 2003, true)`.execute(db.conn.db)
  await sql`insert into registration_person (registration_id, person_id, roles, age, origin)
    values (${a}, '00000000-0000-5000-8000-0000000000a1', '{aangever,slachtoffer}', 16, 'registered')`.execute(db.conn.db)

  let clock = now.getTime()
  const deps: HttpDeps = {
    conn: db.conn,
    catalogue: () => catalogue,
    setCatalogue: (c) => {
      catalogue = c
    },
    catalogueFile,
    now: () => new Date((clock += 1000)),
    throttle: new LoginThrottle(options.throttle),
    secureCookies: false,
    trustProxy: options.trustProxy ?? false,
    webDist: undefined,
    pictures: new PictureCache(),
    drillDowns: new DrillDownCache(),
    imports: new ImportJobs(db.conn, () => Promise.reject(new AppError('usage', { reason: 'no extractor in this test' }))),
  }
  return {
    db,
    deps,
    app: createApp(deps),
    reg: { a, b },
    findingFor,
    cleanup: async () => {
      await deps.imports.idle()
      await db.cleanup()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function mentionRow(
  id: string,
  registrationId: string,
  platformId: string | null,
  platformName: string,
  inCatalogue: boolean,
  start: number,
  end: number,
  surface: string,
  roles: string[],
  confidence: number,
) {
  return {
    id,
    registration_id: registrationId,
    platform_id: platformId,
    platform_name: platformName,
    in_catalogue: inCatalogue,
    kind: 'named',
    negated: false,
    span_start: start,
    span_end: end,
    surface,
    roles,
    evidence: JSON.stringify([{ rule: 'alias', start, end, surface }]),
    status: 'suggested',
    origin: 'extracted',
    confidence,
    extractor_version: 'test',
    catalogue_version: 'test',
    reviewer: null,
    reviewed_at: null,
  }
}

export interface Session {
  cookie: string
  csrf: string
}

export async function login(app: Hono<ApiEnv>, username: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<Session> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
  const body = (await res.json()) as { csrf_token: string }
  const setCookie = res.headers.get('set-cookie') ?? ''
  return { cookie: setCookie.split(';')[0] ?? '', csrf: body.csrf_token }
}

export function call(
  app: Hono<ApiEnv>,
  session: Session | null,
  method: string,
  url: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...extra }
  if (session) {
    headers.cookie = session.cookie
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf
  }
  let payload: string | undefined
  if (typeof body === 'string') payload = body
  else if (body !== undefined) {
    payload = JSON.stringify(body)
    headers['content-type'] = 'application/json'
  }
  return Promise.resolve(app.request(url, { method, headers, body: payload }))
}
