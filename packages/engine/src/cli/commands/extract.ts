import { createReadStream, createWriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'
import { Command } from 'commander'
import { extractJsonLines } from '../../app/extract-jsonl.ts'
import { extractJsonLinesParallel } from '../../app/extract-parallel.ts'
import { loadCatalogue } from '../../adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../adapters/files/load-lexicons.ts'
import { createExtractor } from '../../domain/extraction/create-extractor.ts'
import { AppError } from '../../domain/errors.ts'
import { extractStoredRegistrations } from './extract-db.ts'

interface ExtractOptions {
  input?: string
  output?: string
  explain?: boolean
  catalogue?: string
  lexicons?: string
  db?: boolean
  dataDir?: string
  from?: string
  to?: string
  workers?: string
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract platform mentions, roles, persons and vulnerabilities from JSON Lines (stdin → stdout by default)')
    .option('--input <file>', 'JSON Lines input, one {"id","text","date"?,"unit"?} per line (default: stdin)')
    .option('--output <file>', 'JSON Lines output (default: stdout)')
    .option('--explain', 'print every finding with the rule and evidence that produced it, for people to read')
    .option('--catalogue <file>', 'catalogue JSON (default: data/catalogue.json)')
    .option('--lexicons <dir>', 'lexicon folder (default: data/lexicons)')
    .option('--workers <n>', 'extraction threads; 1 extracts on the main thread (default 1)', '1')
    .option('--db', 'extract again over the stored registrations (DATABASE_URL or --data-dir), keeping reviewed findings')
    .option('--data-dir <dir>', 'with --db: embedded database folder', './.platformscope')
    .option('--from <date>', 'with --db: only registrations on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'with --db: only registrations before this date (YYYY-MM-DD)')
    .action(async (opts: ExtractOptions) => {
      if (opts.db) return extractStoredRegistrations(opts)
      const workers = Number(opts.workers ?? '1')
      if (!/^\d+$/.test(opts.workers ?? '1') || !Number.isSafeInteger(workers) || workers < 1 || workers > 64) {
        throw new AppError('usage', { reason: `--workers verwacht een geheel getal van 1 tot en met 64, niet '${opts.workers}'.` })
      }
      const catalogue = loadCatalogue(opts.catalogue)
      const extractor = createExtractor(catalogue, loadLexicons(catalogue, opts.lexicons))
      const inputName = opts.input ?? '-'
      const input = opts.input && opts.input !== '-' ? createReadStream(opts.input) : process.stdin
      input.on('error', () => undefined)
      const output = opts.output && opts.output !== '-' ? createWriteStream(opts.output) : process.stdout
      try {
        const stream = { file: inputName, explain: Boolean(opts.explain) }
        if (workers === 1) await extractJsonLines(input, output, extractor, stream)
        else await extractJsonLinesParallel(input, output, { ...stream, workers, catalogue: opts.catalogue, lexicons: opts.lexicons })
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
          throw new AppError('export_unreadable', { file: inputName, reason: code }, { cause: error })
        }
        throw error
      } finally {
        if (output !== process.stdout) {
          output.end()
          await finished(output)
        }
      }
    })
}
