import { Command, Option } from 'commander'
import cliProgress from 'cli-progress'
import { catalogueFromOptions, openFromOptions, withDatabaseOptions, type GlobalOptions } from '../context.ts'
import { bulkImportBufferMb, importExports, DEFAULT_BATCH_SIZE, DEFAULT_EXTRACTING_BATCH_SIZE, DEFAULT_SOURCE, type FileImportSummary, type ImportProgress, type OnError } from '../../app/import-export.ts'
import { loadColumnMapping } from '../../adapters/files/load-column-mapping.ts'
import { AppError } from '../../domain/errors.ts'
import { extractorFromOptions } from '../extractor-from-options.ts'

interface ImportCliOptions extends GlobalOptions {
  source: string
  extract: boolean
  onError: OnError
  mapping?: string
  batchSize?: string
  lexicons?: string
}

export function importCommand(): Command {
  return withDatabaseOptions(new Command('import'))
    .description('import registration exports (CSV, XLSX, JSON Lines) and extract platform findings from new or changed ones')
    .argument('<files...>', 'export files')
    .option('--source <name>', 'registration system the records come from (when a record names none)', DEFAULT_SOURCE)
    .option('--no-extract', 'store registrations only; run `platformscope extract --db` later')
    .addOption(new Option('--on-error <mode>', 'on a bad record: stop, or skip it and import the rest').choices(['skip', 'abort']).default('abort'))
    .option('--mapping <file>', 'JSON column mapping for headers that are not recognised, e.g. {"Kenmerk": "source_ref"}')
    .option('--lexicons <dir>', 'lexicon folder (default: data/lexicons)')
    .option('--batch-size <n>', `records per transaction (default ${DEFAULT_EXTRACTING_BATCH_SIZE}, or ${DEFAULT_BATCH_SIZE} with --no-extract)`)
    .action(async (files: string[], opts: ImportCliOptions) => {
      const batchSize = opts.batchSize === undefined ? undefined : Number(opts.batchSize)
      if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000)) {
        throw new AppError('usage', { reason: '--batch-size moet een geheel getal van 1 tot 50000 zijn' })
      }
      const catalogue = catalogueFromOptions(opts)
      const mapping = opts.mapping ? loadColumnMapping(opts.mapping) : undefined
      const extractor = opts.extract ? extractorFromOptions(opts, catalogue) : null
      const bar = process.stderr.isTTY ? progressBar() : null
      const conn = await openFromOptions(opts, { pgliteBufferMb: bulkImportBufferMb(files) })
      try {
        await importExports({
          conn,
          catalogue,
          extractor,
          files,
          source: opts.source,
          onError: opts.onError,
          ...(batchSize !== undefined ? { batchSize } : {}),
          ...(mapping ? { mapping } : {}),
          ...(bar ? { onProgress: bar.update } : {}),
          onFileDone: (s) => {
            bar?.stop()
            process.stdout.write(formatSummary(s, extractor !== null))
          },
        })
      } finally {
        bar?.stop()
        await conn.close()
      }
    })
}

/** One bar per file, in bytes read; restarted for the next file. */
function progressBar(): { update: (p: ImportProgress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    { format: '{file} [{bar}] {percentage}% | {recordsRead} gelezen, {rejected} afgewezen', hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  )
  let running = false
  return {
    update: (p) => {
      const payload = { file: p.file, recordsRead: p.recordsRead, rejected: p.rejected }
      if (!running) {
        bar.start(Math.max(1, p.totalBytes), p.bytesRead, payload)
        running = true
      } else bar.update(p.bytesRead, payload)
    },
    stop: () => {
      if (running) bar.stop()
      running = false
    },
  }
}

function formatSummary(s: FileImportSummary, extracted: boolean): string {
  const lines = [
    `${s.file} (${s.format}${s.encoding ? `, ${s.encoding}` : ''}, sha256 ${s.sha256.slice(0, 12)}…, batch ${s.batchId})`,
    `  gelezen ${s.recordsRead}: nieuw ${s.inserted}, gewijzigd ${s.updated}, ongewijzigd ${s.unchanged}, afgewezen ${s.rejected}`,
  ]
  if (extracted) lines.push(`  extractie: ${s.extracted} registraties, ${s.mentions} vermeldingen voorgesteld`)
  else lines.push('  extractie overgeslagen (--no-extract); draai later `platformscope extract --db`')
  for (const r of s.firstRejects) {
    lines.push(`  afgewezen: regel ${r.line}${r.field ? `, veld '${r.field}'` : ''}: ${r.message}`)
  }
  if (s.rejectsFile) lines.push(`  alle afwijzingen: ${s.rejectsFile}`)
  return lines.join('\n') + '\n'
}
