import { Command, Option } from 'commander'
import { catalogueFromOptions, openFromOptions, withDatabaseOptions, type GlobalOptions } from '../context.ts'
import {
  buildPictureFromDatabase,
  resolveSelection,
  writePicture,
  type WrittenPicture,
} from '../../app/build-picture.ts'
import { messagesNl } from '../messages.nl.ts'

interface PictureCliOptions extends GlobalOptions {
  from?: string
  to?: string
  unit?: string[]
  category?: string[]
  platform?: string[]
  source?: string[]
  form?: string[]
  rolesFor?: string[]
  status: 'suggested' | 'confirmed'
  lang: 'nl' | 'en'
  out: string
  pdf: boolean
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

export function pictureCommand(): Command {
  return withDatabaseOptions(new Command('picture'))
    .description('the intelligence picture of what is in the database: picture.json, HTML, PDF, XLSX and CSV')
    .option(
      '--from <date>',
      'first registration date counted, YYYY-MM-DD (default: start of the first year stored)',
    )
    .option(
      '--to <date>',
      'first registration date NOT counted, YYYY-MM-DD (default: after the last year stored)',
    )
    .option('--unit <name>', 'police unit (repeat or separate with commas)', collect)
    .option(
      '--category <id>',
      'platform category: instant_messaging, sex_advertising, social_network, dating',
      collect,
    )
    .option('--platform <name>', 'platform from the catalogue (repeat or separate with commas)', collect)
    .option('--source <name>', 'registration source (repeat or separate with commas)', collect)
    .option('--form <text>', 'exploitation form as registered (repeat or separate with commas)', collect)
    .option(
      '--roles-for <name>',
      'also list the roles of these platforms (table 3 beyond the top 10)',
      collect,
    )
    .addOption(
      new Option(
        '--status <status>',
        'suggested: every finding not rejected; confirmed: reviewed findings only',
      )
        .choices(['suggested', 'confirmed'])
        .default('suggested'),
    )
    .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
    .option('--out <dir>', 'output folder', './out')
    .option('--no-pdf', 'skip the PDF')
    .action(async (opts: PictureCliOptions) => {
      const catalogue = catalogueFromOptions(opts)
      const conn = await openFromOptions(opts)
      try {
        const selection = await resolveSelection(conn, catalogue, {
          from: opts.from,
          to: opts.to,
          units: opts.unit,
          categories: opts.category,
          platforms: opts.platform,
          sources: opts.source,
          exploitationForms: opts.form,
          status: opts.status,
          rolePlatforms: opts.rolesFor,
        })
        const picture = await buildPictureFromDatabase(conn, catalogue, selection, { now: new Date() })
        const files = await writePicture(picture, catalogue, opts.out, { lang: opts.lang, pdf: opts.pdf })
        process.stdout.write(
          `${picture.headline.registrations} registraties, ${picture.headline.named_platform_mentions} vermeldingen van ${picture.headline.distinct_platforms} platformen\n`,
        )
        process.stdout.write(describeFiles(files))
      } finally {
        await conn.close()
      }
    })
}

/** Where the report is, and how to get the PDF when Chromium is missing. */
export function describeFiles(files: WrittenPicture): string {
  const lines = [`rapport:  ${files.html}`]
  if (files.pdf) lines.push(`pdf:      ${files.pdf}`)
  lines.push(`json:     ${files.json}`, `xlsx:     ${files.xlsx}`)
  if (files.csv.length > 0)
    lines.push(`csv:      ${files.csv.length} bestanden in ${files.csv[0]?.replace(/[^/\\]+$/, '') ?? ''}`)
  if (files.pdfMissing) lines.push(`let op:   ${messagesNl.chromium_missing({})}`)
  return lines.join('\n') + '\n'
}
