import { randomUUID } from 'node:crypto'
import type { CreateUserRequest, UpdateUserRequest } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import {
  countAdmins,
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers as listUserRecords,
  updateUser as updateUserRecord,
  type UserRecord,
} from '../adapters/db/users.repository.ts'
import { deleteUserSessions } from '../adapters/db/session.repository.ts'
import { AppError } from '../domain/errors.ts'
import { recordAudit } from './audit.ts'
import { hashPassword } from './auth-passwords.ts'

/** Creates an account (argon2id hash); there is no default account, the first admin comes from the CLI. */
export async function addUser(
  conn: DatabaseConnection,
  input: CreateUserRequest,
  actor: string,
  now: Date,
): Promise<UserRecord> {
  if (await findUserByUsername(conn.db, input.username)) {
    throw new AppError('conflict', { reason: `gebruiker '${input.username}' bestaat al` })
  }
  const user = await insertUser(conn.db, {
    id: randomUUID(),
    username: input.username,
    passwordHash: await hashPassword(input.password),
    role: input.role,
  })
  await recordAudit(conn, { actor, action: 'user_created', target: `user:${user.id}`, details: { username: user.username, role: user.role } }, now)
  return user
}

export function listUsers(conn: DatabaseConnection): Promise<UserRecord[]> {
  return listUserRecords(conn.db)
}

/** Role, disabled flag or password; disabling or a new password ends the user's sessions. Keeps one active admin. */
export async function updateUser(
  conn: DatabaseConnection,
  id: string,
  change: UpdateUserRequest,
  actor: string,
  now: Date,
): Promise<UserRecord> {
  const current = await findUserById(conn.db, id)
  if (!current) throw new AppError('not_found', { what: `user ${id}` })
  const losesAdmin =
    current.role === 'admin' && !current.disabled && ((change.role !== undefined && change.role !== 'admin') || change.disabled === true)
  if (losesAdmin && (await countAdmins(conn.db)) <= 1) {
    throw new AppError('conflict', { reason: 'de laatste beheerder kan niet worden uitgeschakeld of gedegradeerd' })
  }
  const updated = await updateUserRecord(conn.db, id, {
    role: change.role,
    disabled: change.disabled,
    passwordHash: change.password === undefined ? undefined : await hashPassword(change.password),
  })
  if (!updated) throw new AppError('not_found', { what: `user ${id}` })
  if (change.disabled === true || change.password !== undefined || change.role !== undefined) {
    await deleteUserSessions(conn.db, id)
  }
  await recordAudit(
    conn,
    {
      actor,
      action: 'user_updated',
      target: `user:${id}`,
      details: {
        ...(change.role !== undefined && { role: change.role }),
        ...(change.disabled !== undefined && { disabled: change.disabled }),
        ...(change.password !== undefined && { password_changed: true }),
      },
    },
    now,
  )
  return updated
}

export async function findUserByName(conn: DatabaseConnection, username: string): Promise<UserRecord> {
  const user = await findUserByUsername(conn.db, username)
  if (!user) throw new AppError('not_found', { what: `gebruiker '${username}'` })
  return user
}
