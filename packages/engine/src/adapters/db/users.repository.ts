import { sql, type Kysely, type Selectable } from 'kysely'
import type { UserRole } from '@platformscope/contract'
import type { Database, UsersTable } from './database.ts'

export interface UserRecord {
  id: string
  username: string
  passwordHash: string
  role: UserRole
  disabled: boolean
  createdAt: Date
}

function toUser(r: Selectable<UsersTable>): UserRecord {
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    role: r.role as UserRole,
    disabled: r.disabled,
    // Generated<Timestamp> nests ColumnType, so the select type is not Date although the value is
    createdAt: r.created_at instanceof Date ? r.created_at : new Date(String(r.created_at)),
  }
}

export async function insertUser(
  db: Kysely<Database>,
  u: { id: string; username: string; passwordHash: string; role: UserRole },
): Promise<UserRecord> {
  const row = await db
    .insertInto('users')
    .values({ id: u.id, username: u.username, password_hash: u.passwordHash, role: u.role })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toUser(row)
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst()
  return row && toUser(row)
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toUser(row)
}

export async function listUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy(sql`lower(username)`).execute()
  return rows.map(toUser)
}

export async function countAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  change: { role?: UserRole | undefined; disabled?: boolean | undefined; passwordHash?: string | undefined },
): Promise<UserRecord | undefined> {
  const row = await db
    .updateTable('users')
    .set({
      ...(change.role !== undefined && { role: change.role }),
      ...(change.disabled !== undefined && { disabled: change.disabled }),
      ...(change.passwordHash !== undefined && { password_hash: change.passwordHash }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
  return row && toUser(row)
}
