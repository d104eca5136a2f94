import { Command, Option } from 'commander'
import type { z } from 'zod'
import { PasswordSchema, USER_ROLES, UsernameSchema, type UserRole } from '@platformscope/contract'
import { openFromOptions, withDatabaseOptions, type GlobalOptions } from '../context.ts'
import { addUser, findUserByName, listUsers, updateUser } from '../../app/users.ts'
import { AppError } from '../../domain/errors.ts'
import { readPassword } from '../read-password.ts'

const roleOption = () => new Option('--role <role>', 'admin, analyst, reviewer, case_officer or viewer').choices(USER_ROLES)

function checked<S extends z.ZodType>(schema: S, value: unknown, field: string): z.output<S> {
  const r = schema.safeParse(value)
  if (!r.success) throw new AppError('field_invalid', { field, reason: r.error.issues[0]?.message ?? 'invalid' })
  return r.data
}

export function userCommand(): Command {
  const cmd = new Command('user').description('accounts of the web application (there is no default account)')

  cmd.addCommand(
    withDatabaseOptions(new Command('add'))
      .description('create an account; the password is asked for (never echoed) or read from stdin')
      .requiredOption('--username <name>', 'login name')
      .addOption(roleOption().makeOptionMandatory())
      .option('--password-stdin', 'read the password from the first line of stdin')
      .action(async (opts: GlobalOptions & { username: string; role: UserRole; passwordStdin?: boolean }) => {
        const username = checked(UsernameSchema, opts.username, 'username')
        const password = checked(PasswordSchema, await readPassword(opts.passwordStdin ?? false, true), 'password')
        const conn = await openFromOptions(opts)
        try {
          const user = await addUser(conn, { username, password, role: opts.role }, 'cli', new Date())
          process.stdout.write(`gebruiker ${user.username} (${user.role}) aangemaakt\n`)
        } finally {
          await conn.close()
        }
      }),
  )

  cmd.addCommand(
    withDatabaseOptions(new Command('list'))
      .description('list accounts')
      .option('--json', 'print JSON')
      .action(async (opts: GlobalOptions & { json?: boolean }) => {
        const conn = await openFromOptions(opts)
        try {
          const users = await listUsers(conn)
          if (opts.json) {
            process.stdout.write(JSON.stringify(users.map(({ passwordHash: _h, ...u }) => u)) + '\n')
          } else {
            for (const u of users) process.stdout.write(`${u.username}\t${u.role}${u.disabled ? '\tuitgeschakeld' : ''}\n`)
          }
        } finally {
          await conn.close()
        }
      }),
  )

  cmd.addCommand(
    withDatabaseOptions(new Command('set'))
      .description("change an account's role, disable or enable it, or set a new password (ends its sessions)")
      .requiredOption('--username <name>', 'login name')
      .addOption(roleOption())
      .option('--disable', 'disable the account')
      .option('--enable', 'enable the account')
      .option('--password', 'set a new password (asked for, or read with --password-stdin)')
      .option('--password-stdin', 'read the new password from the first line of stdin')
      .action(
        async (
          opts: GlobalOptions & { username: string; role?: UserRole; disable?: boolean; enable?: boolean; password?: boolean; passwordStdin?: boolean },
        ) => {
          if (opts.disable && opts.enable) throw new AppError('usage', { reason: '--disable en --enable sluiten elkaar uit' })
          const wantsPassword = opts.password === true || opts.passwordStdin === true
          if (!opts.role && !opts.disable && !opts.enable && !wantsPassword) {
            throw new AppError('usage', { reason: 'geef --role, --disable, --enable of --password' })
          }
          const password = wantsPassword
            ? checked(PasswordSchema, await readPassword(opts.passwordStdin ?? false, true), 'password')
            : undefined
          const conn = await openFromOptions(opts)
          try {
            const user = await findUserByName(conn, opts.username)
            const disabled = opts.disable ? true : opts.enable ? false : undefined
            const updated = await updateUser(conn, user.id, { role: opts.role, disabled, password }, 'cli', new Date())
            process.stdout.write(`gebruiker ${updated.username}: ${updated.role}${updated.disabled ? ', uitgeschakeld' : ''}\n`)
          } finally {
            await conn.close()
          }
        },
      ),
  )
  for (const sub of cmd.commands) sub.exitOverride()
  return cmd
}
