/**
 * Vega-Lite specs for the picture's charts, as plain JSON. Browser-safe (no imports): the engine renders them
 * to SVG for the report (adapters/render/charts.ts), the dashboard can hand the same spec to vega-embed.
 *
 * Print first: series are told apart by lightness (dark → light, each with an outline) and every bar carries
 * its value, so a chart still reads on a black-and-white printer.
 */

/** A Vega-Lite top-level spec as JSON; compile with `vega-lite`'s `compile` (cast to its `TopLevelSpec`). */
export type VegaLiteSpec = { readonly [key: string]: unknown }

export interface GroupedBarDatum {
  /** the x group, e.g. a year or an age */
  group: string
  /** the bar within a group, e.g. a platform category or a gender */
  series: string
  value: number
}

export interface BarDatum {
  label: string
  value: number
  /** optional text after the value, e.g. "(56%)" */
  note?: string
}

/** Navy to near-white: distinct in colour and in grey (luminance roughly 15%, 45%, 70%, 95%). */
export const CHART_PALETTE: readonly string[] = ['#14365d', '#4a78a8', '#9cb9d5', '#eef2f6', '#6b6b6b', '#c8c8c8']

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif'

function baseConfig(): VegaLiteSpec {
  return {
    font: FONT,
    background: 'white',
    view: { stroke: null },
    axis: {
      labelFontSize: 11,
      titleFontSize: 11,
      titleFontWeight: 'normal',
      titleColor: '#333',
      labelColor: '#222',
      domainColor: '#444',
      tickColor: '#444',
      gridColor: '#e3e3e3',
    },
    legend: {
      orient: 'bottom',
      direction: 'horizontal',
      labelFontSize: 11,
      labelLimit: 0,
      symbolType: 'square',
      symbolSize: 140,
      symbolStrokeColor: '#222',
      symbolStrokeWidth: 0.7,
      columnPadding: 18,
    },
  }
}

export interface GroupedBarOptions {
  data: readonly GroupedBarDatum[]
  groupOrder: readonly string[]
  seriesOrder: readonly string[]
  yTitle: string
  /** plot width in pixels; default: 24 px per bar plus 36 px between groups, 320–560 */
  width?: number
  height?: number
  description?: string
}

/** Grouped vertical bars (Grafiek 1: category per year; Grafiek 3: gender per age), values on the bars. */
export function groupedBarChartSpec(o: GroupedBarOptions): VegaLiteSpec {
  const series = [...o.seriesOrder]
  const range = series.map((_, i) => CHART_PALETTE[i % CHART_PALETTE.length])
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: o.description ?? '',
    data: { values: o.data.map((d) => ({ ...d })) },
    // a fixed width: with xOffset, Vega-Lite applies `width.step` per bar, not per group
    width: o.width ?? Math.max(320, Math.min(560, o.groupOrder.length * (24 * series.length + 36))),
    height: o.height ?? 230,
    config: baseConfig(),
    encoding: {
      x: { field: 'group', type: 'nominal', sort: [...o.groupOrder], title: null, axis: { labelAngle: 0, labelPadding: 6 } },
      xOffset: { field: 'series', type: 'nominal', sort: series },
      y: { field: 'value', type: 'quantitative', title: o.yTitle, axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: '#222', strokeWidth: 0.6 },
        encoding: {
          fill: {
            field: 'series',
            type: 'nominal',
            sort: series,
            title: null,
            scale: { domain: series, range },
            // long labels (platform types) in a 2-column grid keep the legend as wide as the plot
            legend: { columns: series.length <= 3 ? series.length : 2 },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 9.5, color: '#111' },
        encoding: { text: { field: 'value', type: 'quantitative' } },
      },
    ],
  }
}

export interface BarOptions {
  data: readonly BarDatum[]
  xTitle: string
  width?: number
  description?: string
}

/** Horizontal bars in the given order (Grafiek 2: person roles), value and note printed at the bar's end. */
export function horizontalBarChartSpec(o: BarOptions): VegaLiteSpec {
  const order = o.data.map((d) => d.label)
  const values = o.data.map((d) => ({ label: d.label, value: d.value, text: d.note ? `${d.value} ${d.note}` : String(d.value) }))
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: o.description ?? '',
    data: { values },
    width: o.width ?? 420,
    height: { step: 26 },
    config: baseConfig(),
    encoding: {
      y: { field: 'label', type: 'nominal', sort: order, title: null, axis: { labelPadding: 6, ticks: false } },
      x: {
        field: 'value',
        type: 'quantitative',
        title: o.xTitle,
        axis: { tickMinStep: 1, format: 'd' },
        scale: { nice: true },
      },
    },
    layer: [
      { mark: { type: 'bar', fill: CHART_PALETTE[0], stroke: '#222', strokeWidth: 0.6, height: { band: 0.7 } } },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 10, color: '#111' },
        encoding: { text: { field: 'text', type: 'nominal' } },
      },
    ],
  }
}
