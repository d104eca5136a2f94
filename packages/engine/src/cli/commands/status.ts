import { Command } from 'commander'
import { catalogueFromOptions, openFromOptions, withDatabaseOptions, type GlobalOptions } from '../context.ts'
import { readStatus } from '../../app/read-status.ts'

export function statusCommand(): Command {
  return withDatabaseOptions(new Command('status'))
    .description('counts of what is stored, the catalogue version and the database in use')
    .option('--json', 'print JSON')
    .action(async (opts: GlobalOptions & { json?: boolean }) => {
      const catalogue = catalogueFromOptions(opts)
      const conn = await openFromOptions(opts)
      try {
        const status = await readStatus(conn, catalogue)
        if (opts.json) {
          process.stdout.write(JSON.stringify(status) + '\n')
        } else {
          process.stdout.write(
            [
              `database:       ${status.database.kind} ${status.database.server_version} (${status.database.location})`,
              `catalogue:      ${status.catalogue_version}`,
              `registrations:  ${status.registrations}`,
              `mentions:       ${status.mentions}`,
              `persons:        ${status.persons}`,
              `import batches: ${status.import_batches}`,
            ].join('\n') + '\n',
          )
        }
      } finally {
        await conn.close()
      }
    })
}
