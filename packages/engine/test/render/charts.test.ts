import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { compile, type TopLevelSpec } from 'vega-lite'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { pictureChartSpecs, renderChartSvg } from '../../src/adapters/render/charts.ts'
import { buildPictureFixture } from '../fixtures/hand-built-picture.ts'

const catalogue = loadCatalogue()
const picture = buildPictureFixture()

describe(pictureChartSpecs.name, () => {
  it('builds specs that Vega-Lite compiles and Vega renders with the values on the bars', async () => {
    const specs = pictureChartSpecs(picture, catalogue, 'nl')
    for (const spec of Object.values(specs)) compile(spec as unknown as TopLevelSpec)
    const svg = await renderChartSvg(specs.chart1)
    assert.match(svg, /^<svg/)
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    for (const [cat, counts] of Object.entries(picture.chart1_mentions_per_category_per_year)) {
      for (const y of picture.years) assert.ok(texts.includes(String(counts[y])), `${cat} ${y}`)
    }
    assert.ok(texts.includes('Instant messaging diensten') && texts.includes('2020'))
  })

  it('labels person roles with their share of registrations and sorts them most frequent first', async () => {
    const svg = await renderChartSvg(pictureChartSpecs(picture, catalogue, 'nl').chart2)
    assert.ok(svg.includes('118 (56%)'))
    assert.ok(svg.indexOf('>slachtoffer<') < svg.indexOf('>melder<'))
  })
})
