import { sql, type Kysely } from 'kysely'
import type { UserRole } from '@platformscope/contract'
import type { Database } from './database.ts'
import { PREPARED } from './prepared-statements.ts'

export interface SessionRecord {
  idHash: string
  csrfToken: string
  expiresAt: Date
  user: { id: string; username: string; role: UserRole; disabled: boolean }
}

export async function insertSession(
  db: Kysely<Database>,
  s: { idHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('session')
    .values({ id_hash: s.idHash, user_id: s.userId, csrf_token: s.csrfToken, expires_at: s.expiresAt })
    .execute()
}

/** The live session with its user; expired sessions are not returned. */
export async function findSession(db: Kysely<Database>, idHash: string, now: Date): Promise<SessionRecord | undefined> {
  // every request asks: a prepared statement on a server (PREPARED)
  const { rows } = await sql<{
    id_hash: string
    csrf_token: string
    expires_at: Date
    user_id: string
    username: string
    role: string
    disabled: boolean
  }>`${PREPARED}select s.id_hash, s.csrf_token, s.expires_at, u.id as user_id, u.username, u.role, u.disabled
    from session s join users u on u.id = s.user_id
    where s.id_hash = ${idHash} and s.expires_at > ${now}`.execute(db)
  const row = rows[0]
  if (!row) return undefined
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: { id: row.user_id, username: row.username, role: row.role as UserRole, disabled: row.disabled },
  }
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', idHash).execute()
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute()
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const r = await db.deleteFrom('session').where('expires_at', '<=', now).executeTakeFirst()
  return Number(r.numDeletedRows)
}
