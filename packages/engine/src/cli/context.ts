import type { Command } from 'commander'
import { openDatabase, type DatabaseConnection } from '../adapters/db/connect.ts'
import { loadCatalogue } from '../adapters/files/load-catalogue.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'

export interface GlobalOptions {
  dataDir?: string
  catalogue?: string
  verbose?: boolean
}

/** Adds the options every database command shares (ARCHITECTURE.md: --data-dir, DATABASE_URL wins). */
export function withDatabaseOptions(cmd: Command): Command {
  return cmd
    .option('--data-dir <dir>', 'embedded database folder (ignored when DATABASE_URL is set)', './.platformscope')
    .option('--catalogue <file>', 'catalogue JSON (default: data/catalogue.json)')
}

export async function openFromOptions(
  opts: GlobalOptions,
  extra: { statementTimeoutMs?: number; pgliteBufferMb?: number | undefined } = {},
): Promise<DatabaseConnection> {
  return openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: opts.dataDir, ...extra })
}

export function catalogueFromOptions(opts: GlobalOptions): Catalogue {
  return loadCatalogue(opts.catalogue)
}
