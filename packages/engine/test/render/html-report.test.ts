import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ROLE_IDS } from '@platformscope/contract'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { renderPictureCharts } from '../../src/adapters/render/charts.ts'
import { renderReportHtml } from '../../src/adapters/render/html-report.ts'
import type { Picture } from '../../src/domain/picture/picture.ts'
import { buildPictureFixture, FORMULA_PLATFORM, HOSTILE_PLATFORM } from '../fixtures/hand-built-picture.ts'
import { tableRows } from './html-table-cells.ts'

const catalogue = loadCatalogue()
let charts: Awaited<ReturnType<typeof renderPictureCharts>>
let nl: string
let picture: Picture

const render = (p: Picture, lang: 'nl' | 'en' = 'nl'): string => renderReportHtml({ picture: p, catalogue, lang, charts })

describe(renderReportHtml.name, () => {
  before(async () => {
    picture = buildPictureFixture()
    charts = await renderPictureCharts(picture, catalogue, 'nl')
    nl = render(picture)
  })

  it('prints table 1 with every top-10 platform, its yearly counts and total', () => {
    const rows = tableRows(nl, 'tabel-1')
    assert.deepEqual(rows[0], ['Platform', '2017', '2018', '2019', '2020', 'Totaal'])
    const expected = picture.table1_top10.map((r) => [r.platform, ...picture.years.map((y) => String(r.counts[y])), String(r.total)])
    assert.deepEqual(rows.slice(1), expected)
  })

  it('prints table 2 per police unit with the subtotal, the other platforms and the totals', () => {
    const t = picture.table2_mentions_per_police_unit
    const rows = tableRows(nl, 'tabel-2')
    assert.deepEqual(rows[0], ['Platform', ...t.units, 'Totaal'])
    const line = (label: string, r: Record<string, number>): string[] => [
      label,
      ...t.units.map((u) => String(r[u] ?? 0)),
      String(t.units.reduce((s, u) => s + (r[u] ?? 0), 0)),
    ]
    const body = picture.table1_top10.map((r) => line(r.platform, t.platforms[r.platform] ?? {}))
    assert.deepEqual(rows.slice(1), [
      ...body,
      line('Subtotaal top 10', t.subtotal_top10),
      line(`Overige platformen (${t.other_platforms_count})`, t.other_platforms),
      line('Totaal', t.total),
    ])
    assert.match(nl, /7 vermeldingen zijn niet aan een politie-eenheid te koppelen/)
  })

  it('prints table 3 as a role matrix with a check mark per role, grouped by platform type', () => {
    const rows = tableRows(nl, 'tabel-3')
    assert.equal(rows[0]?.length, 1 + ROLE_IDS.length)
    for (const [platform, roles] of Object.entries(picture.table3_roles_top10)) {
      const row = rows.find((r) => r[0] === platform)
      assert.ok(row, `row for ${platform}`)
      assert.deepEqual(row.slice(1), ROLE_IDS.map((r) => (roles.includes(r) ? '✓' : '')), platform)
    }
    const groups = rows.filter((r) => r.length === 1).map((r) => r[0])
    assert.deepEqual(groups, ['Instant messaging diensten', 'Seksadvertentiewebsites', 'Sociaal netwerksites'])
  })

  it('adds a role table for the platforms the selection asked for, and only then', () => {
    assert.ok(!nl.includes('id="tabel-3b"'))
    const asked = buildPictureFixture()
    asked.selection.role_platforms = ['Grinder']
    asked.roles_per_platform = { Grinder: ['customer_meeting'] }
    const rows = tableRows(render(asked), 'tabel-3b')
    assert.deepEqual(rows.slice(1), [['Datingdiensten'], ['Grinder', ...ROLE_IDS.map((r) => (r === 'customer_meeting' ? '✓' : ''))]])
  })

  it('prints appendix 1 with every counted platform, zero years left blank, and the column totals', () => {
    const rows = tableRows(nl, 'bijlage-1')
    for (const r of picture.appendix1_platforms_per_year) {
      assert.deepEqual(
        rows.find((x) => x[0] === r.platform),
        [r.platform, ...picture.years.map((y) => (r.counts[y] ? String(r.counts[y]) : '')), String(r.total)],
      )
    }
    const total = rows.at(-1)
    assert.deepEqual(total, ['Totaal', ...picture.years.map((y) => String(picture.headline.mentions_per_year[y])), String(picture.headline.named_platform_mentions)])
  })

  it('prints the birth countries and vulnerability factors with their counts', () => {
    assert.deepEqual(
      tableRows(nl, 'geboortelanden').slice(1),
      picture.persons.birth_countries_abroad.map((c) => [c, String(picture.persons.birth_country_counts[c])]),
    )
    const factors = tableRows(nl, 'kwetsbaarheid').slice(1)
    assert.deepEqual(factors[0], ['alcohol- en/of drugsgebruik (soms onvrijwillig of drogeren)', '41', String(Math.round((100 * 41) / 210))])
    assert.equal(factors.length, Object.keys(picture.vulnerability_factors).length)
  })

  it('writes the summary from the numbers', () => {
    const h = picture.headline
    assert.ok(
      nl.includes(`In 2017–2020 werden ${h.named_platform_mentions} vermeldingen van ${h.distinct_platforms} verschillende online platformen gevonden in ${h.registrations} registraties.`),
    )
    const im = picture.trends.category_growth.instant_messaging
    assert.ok(nl.includes(`toe bij instant messaging diensten (van ${im.first} naar ${im.last})`))
    assert.ok(nl.includes('In 2017 nog niet aangetroffen, later wel: Telegram (13 registraties, vanaf 2018).'))
    assert.ok(nl.includes('In 2020 niet meer aangetroffen: Badoo (11 registraties, tot en met 2019).'))
    const changed = buildPictureFixture()
    changed.trends.category_growth.instant_messaging = { ...im, first: 60, last: 20 }
    assert.ok(render(changed).includes('af bij instant messaging diensten (van 60 naar 20)'))
  })

  it('escapes hostile platform names everywhere', () => {
    assert.ok(!nl.includes('<script'), 'no script element may appear')
    assert.ok(!nl.includes('<img'), 'no img element may appear')
    assert.ok(nl.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;Chat'))
    assert.equal(tableRows(nl, 'tabel-1').filter((r) => r[0] === HOSTILE_PLATFORM).length, 1)
    assert.ok(nl.includes('=HYPERLINK(&quot;http://example.invalid&quot;,&quot;klik&quot;)'))
    assert.ok(FORMULA_PLATFORM.length > 0)
  })

  it('loads nothing from outside and runs no script (CSP)', () => {
    assert.match(nl, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/)
    assert.doesNotMatch(nl, /\s(src|href)="(https?:)?\/\//)
    assert.doesNotMatch(nl, /\son[a-z]+="/)
  })

  it('states the counting rules, the versions and that quality was not measured for this run', () => {
    assert.match(nl, /één keer per registratie/)
    assert.match(nl, /Ontkende vermeldingen/)
    assert.match(nl, /niet gemeten/)
    assert.match(nl, /extractor-1\.0\.0/)
    assert.match(nl, /cat0fixture01/)
    assert.match(nl, /geregistreerde rol/)
    const measured = buildPictureFixture()
    measured.extraction_quality = { precision: 0.953, recall: 0.91, f1: 0.931, measured_on: 'het gekalibreerde corpus' }
    assert.match(render(measured), /precisie 95,3%.*recall 91%.*F1 93,1%/s)
  })

  it('shows the held-out measurement pooled over its sets, and says when it was made for another extractor', () => {
    const measured = buildPictureFixture()
    measured.extraction_evaluation = {
      extractor_version: measured.versions.extractor[0] ?? '',
      measured_at: '2026-12-05',
      sets: [
        { set: 'heldout', records: 70, fields: { named: { tp: 90, fp: 5, fn: 5 }, roles: { tp: 40, fp: 10, fn: 10 } } },
        { set: 'heldout-2', records: 75, fields: { named: { tp: 100, fp: 0, fn: 0 }, roles: { tp: 60, fp: 0, fn: 20 } } },
      ],
    }
    const out = render(measured)
    assert.match(out, /op 145 geannoteerde registratieteksten die niet voor het afstellen/)
    assert.match(out, /de extractor die de bevindingen in dit beeld heeft gedaan/)
    const rows = tableRows(out, 'extraction-evaluation').slice(1)
    // named: 190 / 195 found right, 190 / 195 found → 97.4 % each; roles: 100 / 110 and 100 / 130
    assert.deepEqual(rows[0], ['Genoemde platformen (vindplaats en platform)', '97,4%', '97,4%', '97,4%', '195'])
    assert.deepEqual(rows[1], ['Rollen van platformen', '90,9%', '76,9%', '83,3%', '130'])
    assert.equal(rows.length, 2, 'fields without annotations are left out')
    measured.extraction_evaluation.extractor_version = 'ps-extract-older'
    assert.match(render(measured), /extractorversie ps-extract-older; de bevindingen in dit beeld komen van/)
    assert.doesNotMatch(nl, /Onafhankelijk gemeten/, 'no measurement, no claim')
    assert.doesNotMatch(out, /95%-interval/, 'no interval measured, none shown')
    measured.extraction_evaluation.f1_interval_95 = { named: [0.951, 0.99], roles: [0.78, 0.879] }
    const withIntervals = render(measured)
    assert.match(withIntervals, /Tussen haakjes het 95%-interval van de F1/)
    const head = tableRows(withIntervals, 'extraction-evaluation')[0]
    assert.equal(head?.[3], 'F1 (95%-interval)')
    assert.deepEqual(tableRows(withIntervals, 'extraction-evaluation').slice(1).map((r) => r[3]), ['97,4% (95,1%–99%)', '83,3% (78%–87,9%)'])
  })

  it('footnotes a platform event where the platform first appears', () => {
    assert.match(nl, /Speurders\.nl<sup class="fn"><a href="#fn-\d+">\d+<\/a><\/sup>/)
    assert.match(nl, /De website Speurders\.nl is op 1 november 2020 opgeheven\./)
  })

  it('renders in English with lang en', () => {
    const en = render(picture, 'en')
    assert.match(en, /<html lang="en">/)
    assert.match(en, /Table 1\. Top 10 online platforms/)
    assert.match(en, /mentions of \d+ different online platforms were found in 210 registrations/)
    assert.doesNotMatch(en, /Samenvatting|werden/)
    assert.deepEqual(tableRows(en, 'tabel-1')[0], ['Platform', '2017', '2018', '2019', '2020', 'Total'])
  })

  it('says so when no registration names a platform', () => {
    const empty = buildPictureFixture()
    empty.headline = { ...empty.headline, registrations: 0, named_platform_mentions: 0, distinct_platforms: 0 }
    assert.match(render(empty), /geen met naam genoemd online platform gevonden/)
  })
})
