import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createTestDatabase } from '../support/test-db.ts'
import { CLI_BIN, runCli } from '../support/run-cli.ts'

// The analyst's day, in a real Chromium against the real server: log in, filter, click through a number,
// review a finding and see the picture change, register a case, and a viewer refused a narrative.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const webDist = path.join(repoRoot, 'packages/web/dist/index.html')
const screenshots = path.join(repoRoot, '.tmp/screenshots')
const ANALYST = { username: 'analist', password: 'analist-wachtwoord-2024' }
const VIEWER = { username: 'kijker', password: 'kijker-wachtwoord-2024' }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`)
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('server did not come up')
}

/** Generous timeouts: the embedded database runs in the server's thread, and CI machines can be busy. */
async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  page.setDefaultTimeout(120_000)
  page.setDefaultNavigationTimeout(120_000)
  return page
}

async function login(page: Page, base: string, who: { username: string; password: string }): Promise<void> {
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' })
  await page.fill('input[name=username]', who.username)
  await page.fill('input[name=password]', who.password)
  await page.click('button[type=submit]')
  await page.waitForSelector('[data-testid=whoami]')
}

/** Polls from Node: the CSP forbids the string evaluation that page.waitForFunction would need. */
async function waitUntil(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (await condition()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

async function headline(page: Page): Promise<number[]> {
  await page.waitForSelector('.headline .stat-value')
  await waitUntil(async () => (await page.locator('.picture.busy').count()) === 0, 'the picture to load')
  const texts = await page.$$eval('.dashboard > .picture > .headline .stat-value', (els) => els.map((e) => e.textContent ?? ''))
  return texts.map((t) => Number(t.replace(/\./g, '')))
}

describe('dashboard in Chromium', { skip: existsSync(CHROMIUM) ? false : `Chromium missing at ${CHROMIUM}: apt-get install -y chromium` }, () => {
  let dataDir: string
  let scratch: string
  let server: ChildProcess
  let browser: Browser
  let base: string

  before(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'platformscope-browser-'))
    mkdirSync(screenshots, { recursive: true })
    const db = await createTestDatabase('pglite')
    await db.conn.close()
    dataDir = db.dataDir ?? ''
    const corpus = path.join(scratch, 'calibrated.jsonl')
    for (const args of [
      ['generate', '--calibrated', '--output', corpus],
      ['import', corpus, '--data-dir', dataDir],
    ]) {
      const r = await runCli(args)
      assert.equal(r.code, 0, r.stderr)
    }
    for (const [who, role] of [[ANALYST, 'analyst'], [VIEWER, 'viewer']] as const) {
      const r = await runCli(['user', 'add', '--username', who.username, '--role', role, '--password-stdin', '--data-dir', dataDir], {
        input: `${who.password}\n`,
      })
      assert.equal(r.code, 0, r.stderr)
    }
    if (!existsSync(webDist)) {
      const build = spawnSync('npm', ['run', 'build', '-w', '@platformscope/web'], { cwd: repoRoot, stdio: 'inherit' })
      assert.equal(build.status, 0, 'the dashboard did not build')
    }
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(process.execPath, [CLI_BIN, 'serve', '--port', String(port), '--data-dir', dataDir], {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    await waitForHealth(base, server)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    })
  })

  after(async () => {
    await browser?.close()
    server?.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    rmSync(scratch, { recursive: true, force: true })
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('logs an analyst in and shows the picture computed from the imported registrations', async () => {
    const page = await openPage(browser, { width: 1440, height: 1000 })
    const cspViolations: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) cspViolations.push(m.text())
    })
    await login(page, base, ANALYST)
    const [registrations, mentions, platforms] = await headline(page)
    assert.deepEqual([registrations, mentions, platforms], [210, 306, 39])
    await page.waitForSelector('.chart canvas')
    await page.screenshot({ path: path.join(screenshots, 'dashboard.png'), fullPage: true })
    assert.deepEqual(cspViolations, [])
    await page.close()
  })

  it('filters the dashboard by police unit', async () => {
    const page = await openPage(browser)
    await login(page, base, ANALYST)
    await headline(page)
    await page.selectOption('select[name=unit]', 'Rotterdam')
    await page.click('form.filters button[type=submit]')
    await page.waitForURL(/unit=Rotterdam/)
    await waitUntil(async () => (await page.locator('.headline .stat-value').first().textContent()) !== '210', 'the filtered picture')
    const [registrations = 0, mentions] = await headline(page)
    assert.ok(registrations > 0 && registrations < 210, `registrations ${registrations}`)
    // table 2 of the report (errata applied): Rotterdam has 19 top-10 + 15 other mentions
    assert.equal(mentions, 34)
    await page.close()
  })

  it('clicks through a number to the registrations behind it', async () => {
    const page = await openPage(browser)
    await login(page, base, ANALYST)
    await headline(page)
    const whatsapp2019 = page.locator('.card', { hasText: 'Top 10' }).locator('tr', { hasText: 'WhatsApp' }).locator('td').nth(2).locator('a')
    assert.equal(await whatsapp2019.textContent(), '21')
    await whatsapp2019.click()
    await page.waitForSelector('[data-testid=drill-total]')
    assert.equal(await page.textContent('[data-testid=drill-total]'), '21')
    await page.locator('table.data tbody a').first().click()
    await page.waitForSelector('mark.finding')
    assert.ok((await page.locator('mark.finding', { hasText: /whats|app/i }).count()) > 0)
    // the vulnerability factors found in the text, each with the words that gave it
    const factors = await page.locator('ul.vulnerabilities li').allTextContents()
    assert.ok(factors.length > 0 && factors.every((f) => /: “?.+/.test(f)), JSON.stringify(factors))
    await page.screenshot({ path: path.join(screenshots, 'registration.png') })
    await page.close()
  })

  it('confirms findings in the review queue and sees the reviewed-only picture change', async () => {
    const page = await openPage(browser)
    await login(page, base, ANALYST)
    const confirmedCount = async () =>
      (await (await page.request.get(`${base}/api/picture?status=confirmed`)).json()).picture.headline.registrations as number
    assert.equal(await confirmedCount(), 0)
    await page.goto(`${base}/#/review`)
    await page.waitForSelector('[data-testid=review-remaining]')
    const before = Number((await page.textContent('[data-testid=review-remaining]'))?.replace(/\./g, ''))
    let confirmed = 0
    while ((await confirmedCount()) === 0 && confirmed < 25) {
      const remaining = await page.textContent('[data-testid=review-remaining]')
      await page.keyboard.press('b')
      await waitUntil(async () => (await page.textContent('[data-testid=review-remaining]')) !== remaining, 'the next finding')
      confirmed++
    }
    const after = Number((await page.textContent('[data-testid=review-remaining]'))?.replace(/\./g, ''))
    assert.equal(after, before - confirmed)
    await page.goto(`${base}/#/?status=confirmed`)
    const [registrations] = await headline(page)
    assert.equal(registrations, 1)
    await page.close()
  })

  it('registers a case on the uniform form and counts it at once', async () => {
    const page = await openPage(browser, { width: 1440, height: 1000 })
    await login(page, base, ANALYST)
    const telegramConfirmed = async () => {
      const picture = (await (await page.request.get(`${base}/api/picture?status=confirmed`)).json()).picture
      return (picture.appendix1_platforms_per_year as Array<{ platform: string; total: number }>).find((r) => r.platform === 'Telegram')?.total ?? 0
    }
    const before = await telegramConfirmed()
    await page.goto(`${base}/#/register`)
    await page.fill('input[name=source_ref]', 'FORM-2020-0001')
    await page.fill('input[name=date]', '2020-06-15')
    await page.selectOption('select[name=unit]', 'Den Haag')
    await page.selectOption('select[name=platform-0]', 'Telegram')
    await page.check('input[name=role-0-advertising]')
    await page.click('form.case-form > button[type=submit]')
    await page.waitForSelector('.notice-ok')
    await page.screenshot({ path: path.join(screenshots, 'register-case.png'), fullPage: true })
    assert.equal(await telegramConfirmed(), before + 1)
    await page.close()
  })

  it('shows a viewer the aggregate picture but refuses the narrative', async () => {
    const analyst = await openPage(browser)
    await login(analyst, base, ANALYST)
    const list = await (await analyst.request.get(`${base}/api/registrations?platform=Snapchat`)).json()
    const id = list.items[0].id as string
    await analyst.close()

    const page = await openPage(browser)
    await login(page, base, VIEWER)
    const [registrations = 0] = await headline(page)
    assert.ok(registrations >= 210)
    assert.equal(await page.locator('.count-link').count(), 0, 'viewers get no drill-down links')
    await page.goto(`${base}/#/registrations/${id}`)
    await page.waitForSelector('.notice-error')
    assert.equal(await page.locator('.narrative').count(), 0)
    assert.equal((await page.request.get(`${base}/api/registrations/${id}`)).status(), 403)
    await page.screenshot({ path: path.join(screenshots, 'viewer-refused.png') })
    await page.close()
  })
})
