import cliProgress from 'cli-progress'
import { openFromOptions } from '../context.ts'
import { loadCatalogue } from '../../adapters/files/load-catalogue.ts'
import { reextractRegistrations } from '../../app/extract-registrations.ts'
import { AppError } from '../../domain/errors.ts'
import { extractorFromOptions } from '../extractor-from-options.ts'

export interface ExtractDbOptions {
  dataDir?: string
  catalogue?: string
  lexicons?: string
  from?: string
  to?: string
}

/**
 * `platformscope extract --db`: extraction again over the stored registrations (after a catalogue or lexicon
 * change). Suggestions are replaced; confirmed, rejected, corrected and manual findings are left alone.
 */
export async function extractStoredRegistrations(opts: ExtractDbOptions): Promise<void> {
  for (const [flag, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new AppError('usage', { reason: `${flag} verwacht een datum als JJJJ-MM-DD` })
    }
  }
  const catalogue = loadCatalogue(opts.catalogue)
  const extractor = extractorFromOptions(opts, catalogue)
  const conn = await openFromOptions(opts)
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'extractie [{bar}] {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null
  let started = false
  try {
    const s = await reextractRegistrations({
      conn,
      catalogue,
      extractor,
      selection: { from: opts.from ?? null, to_exclusive: opts.to ?? null },
      onProgress: (done, total) => {
        if (!bar) return
        if (!started) bar.start(total, done)
        else bar.update(done)
        started = true
      },
    })
    if (started) bar?.stop()
    process.stdout.write(
      `extractie opnieuw: ${s.registrations} registraties, ${s.mentions} vermeldingen voorgesteld ` +
        `(extractor ${s.extractorVersion}, catalogus ${s.catalogueVersion}); beoordeelde bevindingen ongewijzigd\n`,
    )
  } finally {
    if (started) bar?.stop()
    await conn.close()
  }
}
