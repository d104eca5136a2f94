import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { closePdfBrowser, isChromiumAvailable, renderScreenshot } from '../../src/adapters/render/pdf-report.ts'
import { writeReport } from '../../src/adapters/render/write-report.ts'
import { AppError } from '../../src/domain/errors.ts'
import { buildPictureFixture } from '../fixtures/hand-built-picture.ts'
import { decodePng, inkShare } from './png.ts'

const catalogue = loadCatalogue()
const dir = mkdtempSync(path.join(tmpdir(), 'platformscope-pdf-'))
after(async () => {
  await closePdfBrowser()
  rmSync(dir, { recursive: true, force: true })
})

const chromium = isChromiumAvailable()
const skip = chromium ? false : 'Chromium not found at /usr/bin/chromium (or CHROMIUM_PATH): apt-get install -y chromium poppler-utils fonts-dejavu-core'

describe(writeReport.name, () => {
  it('writes an A4 PDF of at least 3 pages whose first page is not blank', { skip }, async () => {
    const out = path.join(dir, 'nl')
    const files = await writeReport(buildPictureFixture(), catalogue, out, { lang: 'nl', keepBrowser: true })
    assert.equal(files.pdf, path.join(out, 'picture.pdf'))
    const info = execFileSync('pdfinfo', [files.pdf!], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    assert.ok(pages >= 3, `${pages} pages`)
    assert.match(info, /Page size:\s+59[45](\.\d+)? x 84[12]/, 'A4')
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', files.pdf!, '-'], { encoding: 'utf8' })
    assert.match(text, /Pagina 2 \/ \d+/)
    assert.match(text, /Tactisch intelligencebeeld · 2017–2020/, 'running header')
    assert.match(text, /Rubricering: nog vast te stellen/, 'classification on every page')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', files.pdf!, path.join(out, 'page')])
    const png = decodePng(readFileSync(path.join(out, 'page-01.png')))
    assert.ok(png.width > 400 && png.height > 600, `${png.width}×${png.height}`)
    const ink = inkShare(png)
    assert.ok(ink > 0.01 && ink < 0.6, `ink share ${ink}`)
  })

  it('screenshots the HTML report in Chromium as a non-blank page (smoke test)', { skip }, async () => {
    const html = readFileSync(path.join(dir, 'nl', 'picture.html'), 'utf8')
    const file = path.join(dir, 'screen.png')
    await renderScreenshot(html, file, { width: 1000 })
    const ink = inkShare(decodePng(readFileSync(file)))
    assert.ok(ink > 0.01, `ink share ${ink}`)
  })

  it('still writes the HTML, CSV and XLSX when Chromium is missing, then says so', async () => {
    const before = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = path.join(dir, 'no-such-chromium')
    try {
      await closePdfBrowser()
      const out = path.join(dir, 'missing')
      await assert.rejects(
        writeReport(buildPictureFixture(), catalogue, out, { lang: 'en' }),
        (e: unknown) => e instanceof AppError && e.code === 'chromium_missing' && e.details.html === path.join(out, 'picture.html'),
      )
      assert.ok(existsSync(path.join(out, 'picture.html')))
      assert.ok(existsSync(path.join(out, 'picture.xlsx')))
      assert.ok(existsSync(path.join(out, 'tabel-1-top-10-platformen.csv')))
      assert.ok(!existsSync(path.join(out, 'picture.pdf')))
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = before
    }
  })
})
