import { Command } from 'commander'
import { openFromOptions, withDatabaseOptions, type GlobalOptions } from '../context.ts'
import { verifyAuditLog } from '../../app/audit.ts'
import { AppError } from '../../domain/errors.ts'

export function auditCommand(): Command {
  const cmd = new Command('audit').description('the append-only, hash-chained audit log')
  cmd.addCommand(
    withDatabaseOptions(new Command('verify'))
      .description('recompute the hash chain; exit 1 naming the first tampered entry')
      .option('--json', 'print JSON')
      .action(async (opts: GlobalOptions & { json?: boolean }) => {
        const conn = await openFromOptions(opts)
        try {
          const result = await verifyAuditLog(conn)
          if (opts.json) process.stdout.write(JSON.stringify(result) + '\n')
          if (!result.ok) {
            throw new AppError('audit_tampered', { seq: result.first_tampered_seq, reason: result.reason })
          }
          if (!opts.json) process.stdout.write(`auditlog intact: ${result.entries} regels gecontroleerd\n`)
        } finally {
          await conn.close()
        }
      }),
  )
  for (const sub of cmd.commands) sub.exitOverride()
  return cmd
}
