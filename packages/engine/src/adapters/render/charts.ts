import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import {
  groupedBarChartSpec,
  horizontalBarChartSpec,
  type GroupedBarDatum,
  type VegaLiteSpec,
} from '@platformscope/contract'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import type { Picture } from '../../domain/picture/picture.ts'
import type { ReportLang } from './report-format.ts'
import { categoryOrder, personRoleEntries, personRoleLabel, tableLabels } from './report-tables.ts'

/** The three charts of the report as Vega-Lite specs (the dashboard builds the same from picture.json). */
export function pictureChartSpecs(p: Picture, catalogue: Catalogue, lang: ReportLang): Record<'chart1' | 'chart2' | 'chart3', VegaLiteSpec> {
  const nl = lang === 'nl'
  const L = tableLabels(lang)
  const cats = categoryOrder(catalogue)
  const chart1Data: GroupedBarDatum[] = cats.flatMap((c) =>
    p.years.map((y) => ({ group: y, series: catalogue.categoryLabel(c, lang), value: p.chart1_mentions_per_category_per_year[c][y] ?? 0 })),
  )
  const chart1 = groupedBarChartSpec({
    data: chart1Data,
    groupOrder: p.years,
    seriesOrder: cats.map((c) => catalogue.categoryLabel(c, lang)),
    yTitle: nl ? 'Aantal registraties' : 'Registrations',
    description: L.c1,
  })

  const regs = p.headline.registrations
  const chart2 = horizontalBarChartSpec({
    // most frequent role first: the chart is read top-down
    data: [...personRoleEntries(p, catalogue)].sort(([, a], [, b]) => b.registrations - a.registrations).map(([id, v]) => ({
      label: personRoleLabel(catalogue, id, lang),
      value: v.registrations,
      note: regs > 0 ? `(${Math.round((100 * v.registrations) / regs)}%)` : undefined,
    })),
    xTitle: nl ? 'Aantal registraties waarin een minderjarige deze rol heeft' : 'Registrations in which a minor has this role',
    // narrow on purpose: the report scales the SVG to the text width, which enlarges its labels to body size
    width: 340,
    description: L.c2,
  })

  const ages = Object.keys(p.persons.age_gender_registrations).sort((a, b) => Number(a) - Number(b))
  const hasUnknown = ages.some((a) => (p.persons.age_gender_registrations[a]?.unknown ?? 0) > 0)
  const genders: Array<['F' | 'M' | 'unknown', string]> = [
    ['F', L.female],
    ['M', L.male],
    ...(hasUnknown ? [['unknown', L.unknown] as ['unknown', string]] : []),
  ]
  const chart3 = groupedBarChartSpec({
    data: ages.flatMap((a) =>
      genders.map(([g, label]) => ({ group: nl ? `${a} jaar` : `${a} years`, series: label, value: p.persons.age_gender_registrations[a]?.[g] ?? 0 })),
    ),
    groupOrder: ages.map((a) => (nl ? `${a} jaar` : `${a} years`)),
    seriesOrder: genders.map(([, label]) => label),
    yTitle: nl ? 'Aantal registraties' : 'Registrations',
    description: L.c3,
  })
  return { chart1, chart2, chart3 }
}

/** Renders a Vega-Lite spec to an SVG string on the server (no DOM, no canvas). */
export async function renderChartSvg(spec: VegaLiteSpec): Promise<string> {
  const compiled = compile(spec as unknown as TopLevelSpec).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}

export async function renderPictureCharts(p: Picture, catalogue: Catalogue, lang: ReportLang): Promise<Record<'chart1' | 'chart2' | 'chart3', string>> {
  const specs = pictureChartSpecs(p, catalogue, lang)
  const [chart1, chart2, chart3] = await Promise.all([renderChartSvg(specs.chart1), renderChartSvg(specs.chart2), renderChartSvg(specs.chart3)])
  return { chart1, chart2, chart3 }
}
