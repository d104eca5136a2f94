import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { CATEGORY_IDS, type CategoryId } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { aggregatePicture, registrationDateRange } from '../adapters/db/picture.repository.ts'
import { loadExtractionEvaluation } from '../adapters/files/load-extraction-evaluation.ts'
import { writeReport } from '../adapters/render/write-report.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import { finishPicture } from '../domain/picture/finish-picture.ts'
import type {
  ExtractionEvaluation,
  ExtractionQuality,
  Picture,
  PictureSelection,
  ReviewStatusFilter,
} from '../domain/picture/picture.ts'
import { defaultSelection } from '../domain/picture/selection.ts'

/** What a user asks for on the command line; names may be aliases (units) or any case (platforms). */
export interface PictureFilters {
  /** inclusive YYYY-MM-DD; default: 1 January of the first stored registration's year */
  from?: string | undefined
  /** exclusive YYYY-MM-DD; default: 1 January after the last stored registration's year */
  to?: string | undefined
  units?: readonly string[] | undefined
  categories?: readonly string[] | undefined
  platforms?: readonly string[] | undefined
  sources?: readonly string[] | undefined
  exploitationForms?: readonly string[] | undefined
  status?: ReviewStatusFilter | undefined
  /** platforms whose roles to list besides the top 10 */
  rolePlatforms?: readonly string[] | undefined
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Validates filters against the catalogue and fills the period from the data; AppError('usage') names the option. */
export async function resolveSelection(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  f: PictureFilters,
): Promise<PictureSelection> {
  for (const [option, value] of [
    ['--from', f.from],
    ['--to', f.to],
  ] as const) {
    if (value !== undefined && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new AppError('usage', { reason: `${option} verwacht een datum als JJJJ-MM-DD, niet "${value}"` })
    }
  }
  let from = f.from
  let to = f.to
  if (from === undefined || to === undefined) {
    const range = await registrationDateRange(conn.db)
    from ??= range ? `${range.first.slice(0, 4)}-01-01` : defaultSelection().from
    to ??= range ? `${Number(range.last.slice(0, 4)) + 1}-01-01` : defaultSelection().to_exclusive
  }
  if (from >= to)
    throw new AppError('usage', {
      reason: `--from (${from}) moet vóór --to (${to}) liggen; --to telt niet mee`,
    })
  return defaultSelection({
    from,
    to_exclusive: to,
    units: listOrNull(f.units, (u) => {
      const unit = catalogue.unitByName(u)
      if (!unit)
        throw usage(
          '--unit',
          u,
          catalogue.data.police_units.map((x) => x.name),
        )
      return unit.name
    }),
    categories: listOrNull(f.categories, (c) => {
      if (!(CATEGORY_IDS as readonly string[]).includes(c)) throw usage('--category', c, CATEGORY_IDS)
      return c as CategoryId
    }),
    platforms: listOrNull(f.platforms, (p) => platformName(catalogue, '--platform', p)),
    sources: listOrNull(f.sources, (s) => s),
    exploitation_forms: listOrNull(f.exploitationForms, (s) => s),
    status: f.status ?? 'suggested',
    role_platforms: listOrNull(f.rolePlatforms, (p) => platformName(catalogue, '--roles-for', p)),
  })
}

function platformName(catalogue: Catalogue, option: string, p: string): string {
  const platform = catalogue.platformById(p) ?? catalogue.platformByName(p)
  if (!platform) throw usage(option, p, [], 'staat niet in de catalogus (data/catalogue.json)')
  return platform.name
}

function usage(option: string, value: string, allowed: readonly string[], why = 'is onbekend'): AppError {
  const hint = allowed.length > 0 ? `; kies uit: ${allowed.join(', ')}` : ''
  return new AppError('usage', { reason: `${option} "${value}" ${why}${hint}` })
}

function listOrNull<T>(values: readonly string[] | undefined, map: (v: string) => T): T[] | null {
  const items = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
  return items.length === 0 ? null : [...new Set(items.map(map))]
}

/** The picture of what is stored, counted by SQL aggregation (adapters/db/picture.repository.ts). */
export async function buildPictureFromDatabase(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  selection: PictureSelection,
  options: { now: Date; extractionQuality?: ExtractionQuality | null; extractionEvaluation?: ExtractionEvaluation | null },
): Promise<Picture> {
  const aggregates = await aggregatePicture(conn.db, catalogue, selection)
  return finishPicture(aggregates, catalogue, selection, {
    generatedAt: options.now.toISOString(),
    extractionQuality: options.extractionQuality ?? null,
    extractionEvaluation:
      options.extractionEvaluation !== undefined ? options.extractionEvaluation : loadExtractionEvaluation(),
  })
}

export interface WrittenPicture {
  json: string
  html: string
  /** null when Chromium is missing (see pdfMissing) or PDF was not asked for */
  pdf: string | null
  xlsx: string
  csv: string[]
  /** true when the PDF could not be made because Chromium is not installed */
  pdfMissing: boolean
}

/** Writes DIR/picture.json and the report (HTML, PDF where Chromium is installed, XLSX, CSV). */
export async function writePicture(
  picture: Picture,
  catalogue: Catalogue,
  outDir: string,
  options: { lang: 'nl' | 'en'; pdf?: boolean },
): Promise<WrittenPicture> {
  await mkdir(outDir, { recursive: true })
  const json = path.join(outDir, 'picture.json')
  await writeFile(json, JSON.stringify(picture, null, 2) + '\n', 'utf8')
  try {
    const written = await writeReport(picture, catalogue, outDir, {
      lang: options.lang,
      pdf: options.pdf ?? true,
    })
    return { json, ...written, pdfMissing: false }
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'chromium_missing') throw error
    // everything but the PDF is written by then (writeReport's contract)
    return {
      json,
      html: path.join(outDir, 'picture.html'),
      pdf: null,
      xlsx: path.join(outDir, 'picture.xlsx'),
      csv: Array.isArray(error.details.csv)
        ? error.details.csv.filter((f): f is string => typeof f === 'string')
        : [],
      pdfMissing: true,
    }
  }
}
