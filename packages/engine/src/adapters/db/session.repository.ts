import type { Kysely } from 'kysely'
import type { UserRole } from '@platformscope/contract'
import type { Database } from './database.ts'

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
  const row = await db
    .selectFrom('session')
    .innerJoin('users', 'users.id', 'session.user_id')
    .select([
      'session.id_hash',
      'session.csrf_token',
      'session.expires_at',
      'users.id as user_id',
      'users.username',
      'users.role',
      'users.disabled',
    ])
    .where('session.id_hash', '=', idHash)
    .where('session.expires_at', '>', now)
    .executeTakeFirst()
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
