import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import { AppError } from '../../domain/errors.ts'
import type { Picture } from '../../domain/picture/picture.ts'
import { renderPictureCharts } from './charts.ts'
import { tableToCsv } from './csv-tables.ts'
import { renderReportHtml } from './html-report.ts'
import { closePdfBrowser, renderPdf } from './pdf-report.ts'
import { pictureTables } from './report-tables.ts'
import { defaultClassification, reportTitle, selectionLinesLabelled } from './report-text.ts'
import { formatPeriod, type ReportLang } from './report-format.ts'
import { writeWorkbook } from './xlsx-workbook.ts'

export interface WriteReportOptions {
  lang?: ReportLang
  /** write picture.pdf through Chromium (default true) */
  pdf?: boolean
  /** keep the shared Chromium open for further PDFs in this process (default: close it) */
  keepBrowser?: boolean
  /** classification line for the title page */
  classification?: string
}

export interface WrittenReport {
  html: string
  pdf: string | null
  xlsx: string
  csv: string[]
}

/**
 * Writes the picture as `picture.html`, `picture.pdf`, `picture.xlsx` and one CSV per table into `outDir`.
 * When Chromium is missing everything else is still written, then AppError('chromium_missing') is thrown with
 * the written paths in its details.
 *
 * ```ts
 * const files = await writeReport(picture, loadCatalogue(), 'out', { lang: 'nl' })
 * console.log(files.pdf)
 * ```
 */
export async function writeReport(picture: Picture, catalogue: Catalogue, outDir: string, options: WriteReportOptions = {}): Promise<WrittenReport> {
  const lang = options.lang ?? 'nl'
  await mkdir(outDir, { recursive: true })
  const charts = await renderPictureCharts(picture, catalogue, lang)
  const document = renderReportHtml({ picture, catalogue, lang, charts, classification: options.classification })
  const htmlFile = path.join(outDir, 'picture.html')
  await writeFile(htmlFile, document, 'utf8')

  const tables = pictureTables(picture, catalogue, lang, selectionLinesLabelled(picture, catalogue, lang))
  const csv: string[] = []
  for (const t of tables) {
    const file = path.join(outDir, `${t.id}.csv`)
    await writeFile(file, tableToCsv(t), 'utf8')
    csv.push(file)
  }
  const xlsx = path.join(outDir, 'picture.xlsx')
  const created = picture.versions.generated_at ? new Date(picture.versions.generated_at) : undefined
  await writeWorkbook(xlsx, tables, { title: reportTitle(lang).title, created: created && !Number.isNaN(created.getTime()) ? created : undefined })

  const written: WrittenReport = { html: htmlFile, pdf: null, xlsx, csv }
  if (options.pdf === false) return written
  const pdfFile = path.join(outDir, 'picture.pdf')
  try {
    await renderPdf(document, pdfFile, {
      pageLabel: lang === 'nl' ? 'Pagina' : 'Page',
      header: `${reportTitle(lang).subtitle} · ${formatPeriod(picture.selection.from, picture.selection.to_exclusive, lang)}`,
      footer: options.classification ?? defaultClassification(lang),
    })
  } catch (error) {
    if (error instanceof AppError && error.code === 'chromium_missing') {
      throw new AppError('chromium_missing', { ...error.details, html: htmlFile, xlsx, csv }, { cause: error })
    }
    throw error
  } finally {
    if (!options.keepBrowser) await closePdfBrowser()
  }
  return { ...written, pdf: pdfFile }
}
