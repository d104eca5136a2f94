/**
 * The report's stylesheet: A4 print first (Chromium's PDF), readable on screen too. Navy is the only colour and
 * every distinction also holds in grey, so a black-and-white print loses nothing.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 17mm 20mm 17mm; }
:root { --navy: #14365d; --rule: #c9d1da; --zebra: #f4f6f9; --group: #e6ecf3; --ink: #1b1b1b; --muted: #555; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", "Segoe UI", system-ui, Arial, sans-serif; color: var(--ink); font-size: 9.6pt; line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #fff; }
.report { max-width: 176mm; margin: 0 auto; }

h1, h2, h3 { color: var(--navy); font-weight: 700; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 19pt; margin: 0 0 5mm; padding-bottom: 2.5mm; border-bottom: 2pt solid var(--navy); }
h2 { font-size: 13pt; margin: 7mm 0 3mm; }
h3 { font-size: 10.5pt; margin: 5mm 0 1.5mm; }
p { margin: 0 0 2.6mm; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 3mm; padding-left: 6mm; }
li { margin-bottom: 1.2mm; }
a { color: inherit; text-decoration: none; }
.small, .table-note { font-size: 8.2pt; color: var(--muted); }

.chapter { break-before: page; page-break-before: always; }
.break-before { break-before: page; page-break-before: always; }

/* title page */
.title-page { position: relative; min-height: 255mm; padding: 30mm 0 0 0; break-after: page; }
.title-page .band { position: absolute; top: 0; left: 0; width: 100%; height: 12mm; background: var(--navy); }
.title-page .kicker { text-transform: uppercase; letter-spacing: .14em; font-size: 10pt; color: var(--navy); font-weight: 700; margin: 8mm 0 4mm; }
.title-page .report-title { font-size: 25pt; line-height: 1.2; border: 0; margin: 0 0 8mm; max-width: 150mm; }
.title-page .period { font-size: 17pt; color: var(--navy); margin: 0 0 16mm; padding-left: 4mm; border-left: 3pt solid var(--navy); }
.selection { display: grid; grid-template-columns: 42mm 1fr; gap: 1.6mm 5mm; margin: 0; font-size: 9.6pt; }
.selection dt { font-weight: 700; color: var(--muted); }
.selection dd { margin: 0; }
.title-foot { position: absolute; bottom: 0; left: 0; right: 0; border-top: 0.8pt solid var(--navy); padding-top: 3mm; font-size: 8.6pt; color: var(--muted); }
.title-foot p { margin: 0 0 1mm; }
.title-foot .classification { font-weight: 700; color: var(--ink); text-transform: uppercase; letter-spacing: .06em; }

/* summary */
.key-figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 0 0 5mm; }
.kf { border: 0.8pt solid var(--navy); border-top-width: 3pt; padding: 2.5mm 3mm; break-inside: avoid; }
.kf-n { display: block; font-size: 20pt; font-weight: 700; color: var(--navy); line-height: 1.1; font-variant-numeric: tabular-nums; }
.kf-l { display: block; font-size: 8.2pt; color: var(--muted); line-height: 1.3; margin-top: 1mm; }

/* contents */
.toc-title { margin-top: 0; }
.toc { list-style: none; padding: 0; margin: 0 0 10mm; }
.toc li { margin: 0 0 1.2mm; padding-bottom: 1mm; border-bottom: 0.4pt dotted var(--rule); }
.toc li.l1 { padding-left: 7mm; font-size: 9pt; }
.questions li { font-weight: 700; }

/* figures and tables */
figure.block { margin: 4mm 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 700; color: var(--navy); font-size: 9.4pt; margin-bottom: 2mm; }
.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
.chart.medium svg { width: 90%; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 1.1mm 1.8mm; text-align: left; vertical-align: top; }
thead th { border-top: 1.4pt solid var(--navy); border-bottom: 1pt solid var(--navy); font-weight: 700; color: var(--navy); vertical-align: bottom; }
tbody th { font-weight: 400; overflow-wrap: break-word; }
tbody th.long { overflow-wrap: anywhere; }
tbody tr.body:nth-child(even) { background: var(--zebra); }
tbody td, tbody th { border-bottom: 0.4pt solid var(--rule); }
.num { text-align: right; }
td.mark { text-align: center; font-weight: 700; color: var(--navy); }
tr.group th { background: var(--group); font-weight: 700; color: var(--navy); padding-top: 1.4mm; border-bottom: 0.6pt solid var(--navy); }
tr.subtotal th, tr.subtotal td { font-weight: 700; border-top: 0.8pt solid var(--navy); background: #fff; }
tr.total th, tr.total td { font-weight: 700; border-top: 1.2pt solid var(--navy); border-bottom: 1.4pt solid var(--navy); background: #fff; }
table.units { font-size: 7.6pt; }
table.units th, table.units td { padding: 1mm 1.1mm; }
table.units thead th.rot { vertical-align: bottom; text-align: center; padding: 1mm 0.6mm 1.6mm; }
table.units thead th.rot span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; text-align: left; }
table.units td.num { text-align: center; }
table.roles-matrix thead th { font-size: 7.8pt; text-align: center; width: 12%; }
table.roles-matrix thead th:first-child { text-align: left; width: auto; }
table.narrow { width: auto; min-width: 90mm; }
table.narrow.wide-first { min-width: 130mm; }
table.appendix { font-size: 8pt; line-height: 1.25; }
table.appendix th, table.appendix td { padding-top: 0.5mm; padding-bottom: 0.5mm; }
table.kv { width: auto; }
table.kv th { color: var(--muted); font-weight: 700; padding-right: 6mm; }
table.kv td { font-family: "DejaVu Sans Mono", monospace; font-size: 8.4pt; }
.roles li { margin-bottom: 1mm; }

sup.fn { font-size: 6.8pt; line-height: 0; margin-left: .5pt; }
ol.footnotes { font-size: 8pt; color: var(--muted); border-top: 0.6pt solid var(--rule); padding-top: 2mm; margin-top: 6mm; padding-left: 5mm; }
ol.footnotes li { margin-bottom: .8mm; }

@media screen {
  body { background: #e9ecef; }
  .report { background: #fff; padding: 14mm 16mm; margin: 8mm auto; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
  .chapter, .title-page { border-top: 1px dashed #ccc; padding-top: 10mm; margin-top: 10mm; }
  .title-page { border-top: 0; margin-top: 0; padding-top: 20mm; min-height: 0; }
  .title-page .report-title { margin-top: 0; }
  .title-foot { position: static; margin-top: 12mm; }
}
`
