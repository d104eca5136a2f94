import { Command, Option } from 'commander'
import { catalogueFromOptions, openFromOptions, withDatabaseOptions, type GlobalOptions } from '../context.ts'
import { runDemo } from '../../app/run-demo.ts'
import { extractorFromOptions } from '../extractor-from-options.ts'
import { describeFiles } from './picture.ts'

interface DemoCliOptions extends GlobalOptions {
  out: string
  lang: 'nl' | 'en'
  lexicons?: string
}

export function demoCommand(): Command {
  return withDatabaseOptions(new Command('demo'))
    .description(
      'generate the calibrated corpus, import and extract it, and write the 2017–2020 intelligence picture (idempotent)',
    )
    .option('--out <dir>', 'output folder', './out')
    .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
    .option('--lexicons <dir>', 'lexicon folder (default: data/lexicons)')
    .action(async (opts: DemoCliOptions) => {
      const catalogue = catalogueFromOptions(opts)
      const extractor = extractorFromOptions(opts, catalogue)
      const conn = await openFromOptions(opts)
      try {
        process.stderr.write(`database: ${conn.kind} (${conn.location})\n`)
        const result = await runDemo({
          conn,
          catalogue,
          extractor,
          outDir: opts.out,
          lang: opts.lang,
          now: () => new Date(),
          onStep: (message) => process.stderr.write(`${message}\n`),
        })
        process.stdout.write(describeFiles(result.files))
        process.stdout.write(`klaar in ${result.seconds.toFixed(1)} s\n`)
      } finally {
        await conn.close()
      }
    })
}
