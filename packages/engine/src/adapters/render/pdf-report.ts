import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { AppError } from '../../domain/errors.ts'
import { escapeHtml } from './safe-html.ts'

/** Debian's Chromium; CHROMIUM_PATH points elsewhere. Never `npx playwright install` (no download here). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

export function isChromiumAvailable(): boolean {
  return existsSync(chromiumPath())
}

// Without these flags Chromium keeps dialling out (updates, sync, QUIC) on a closed network.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

let shared: Promise<Browser> | null = null
let sharedPath = ''

/** One browser per process, launched on first use (~0.25 s) and reused for every PDF. */
async function browser(): Promise<Browser> {
  const path = chromiumPath()
  if (shared && sharedPath === path) return shared
  if (shared) await closePdfBrowser()
  if (!existsSync(path)) throw new AppError('chromium_missing', { path })
  sharedPath = path
  shared = chromium.launch({ executablePath: path, args: ARGS }).catch((cause: unknown) => {
    shared = null
    throw new AppError('chromium_missing', { path, reason: cause instanceof Error ? cause.message : String(cause) }, { cause })
  })
  return shared
}

/** Closes the shared browser; call when the process is done with PDFs (writeReport does unless told to keep it). */
export async function closePdfBrowser(): Promise<void> {
  const b = shared
  shared = null
  if (b) await (await b).close()
}

export interface PdfOptions {
  /** "Pagina" / "Page" */
  pageLabel: string
  /** running header, e.g. "Tactisch intelligencebeeld · 2017–2020" (escaped here) */
  header?: string
  /** left of the page number on every page, e.g. the classification (escaped here) */
  footer?: string
}

const MARGIN_TEXT = "font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#555;width:100%;padding:0 17mm;display:flex;justify-content:space-between;"

/**
 * Prints a self-contained HTML document to an A4 PDF with "Pagina X / Y" in the footer. The page gets no
 * network: every request is aborted, so a report can never fetch anything while printing.
 */
export async function renderPdf(htmlDocument: string, file: string, o: PdfOptions): Promise<void> {
  const b = await browser()
  const context = await b.newContext({ javaScriptEnabled: false, offline: true })
  try {
    const page = await context.newPage()
    await page.route('**/*', (route) => route.abort())
    await page.setContent(htmlDocument, { waitUntil: 'load' })
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      // Chromium fills .pageNumber and .totalPages; the templates are ours, their text is escaped
      headerTemplate: `<div style="${MARGIN_TEXT}"><span>${escapeHtml(o.header ?? '')}</span></div>`,
      footerTemplate: `<div style="${MARGIN_TEXT}"><span>${escapeHtml(o.footer ?? '')}</span><span>${escapeHtml(o.pageLabel)} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    })
  } finally {
    await context.close()
  }
}

/** A PNG of the HTML as a screen shows it (the smoke test and a reviewer's look at the report). */
export async function renderScreenshot(htmlDocument: string, file: string, o: { width?: number; fullPage?: boolean } = {}): Promise<void> {
  const b = await browser()
  const context = await b.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: o.width ?? 1100, height: 1400 } })
  try {
    const page = await context.newPage()
    await page.route('**/*', (route) => route.abort())
    await page.setContent(htmlDocument, { waitUntil: 'load' })
    await page.screenshot({ path: file, fullPage: o.fullPage ?? false })
  } finally {
    await context.close()
  }
}
