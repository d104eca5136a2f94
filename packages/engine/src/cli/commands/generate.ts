import { Command } from 'commander'
import { AppError } from '../../domain/errors.ts'
import { generateBenchmarkFile, generateCalibratedFile } from '../../app/generate-corpus.ts'
import { loadCatalogue } from '../../adapters/files/load-catalogue.ts'

interface GenerateOptions {
  calibrated?: boolean
  registrations?: string
  seed?: string
  output: string
  catalogue?: string
}

export function generateCommand(): Command {
  return new Command('generate')
    .description(
      'write synthetic registrations as JSON Lines: the calibrated corpus that reproduces the 2021 report, or N for benchmarks',
    )
    .option('--calibrated', 'the 210 registrations (2017–2020) whose ground truth reproduces the report')
    .option('--registrations <n>', 'N realistic registrations (2015–2024), streamed')
    .option('--seed <seed>', 'seed for the generator; the same seed gives the same file')
    .requiredOption('--output <file>', "output file ('-' for stdout)")
    .option('--catalogue <file>', 'catalogue JSON for --registrations (default: data/catalogue.json)')
    .action(async (opts: GenerateOptions) => {
      if (Boolean(opts.calibrated) === (opts.registrations !== undefined)) {
        throw new AppError('usage', { reason: 'Geef precies één van --calibrated of --registrations N.' })
      }
      const started = performance.now()
      let result
      if (opts.calibrated) {
        result = await generateCalibratedFile(opts.output, opts.seed)
      } else {
        const count = Number(opts.registrations)
        if (!Number.isSafeInteger(count) || count < 1 || !/^\d+$/.test(opts.registrations ?? '')) {
          throw new AppError('usage', {
            reason: `--registrations verwacht een positief geheel getal, niet '${opts.registrations}'.`,
          })
        }
        const tty = process.stderr.isTTY && opts.output !== '-'
        result = await generateBenchmarkFile(
          opts.output,
          count,
          opts.seed ?? 'benchmark',
          loadCatalogue(opts.catalogue),
          (n) => {
            if (tty) process.stderr.write(`\r${n} / ${count}`)
          },
        )
        if (tty) process.stderr.write('\r')
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      if (opts.output !== '-') {
        process.stderr.write(
          `${result.records} registraties geschreven naar ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB, ${seconds} s)\n`,
        )
      }
    })
}
