import { ROLE_IDS } from '@platformscope/contract'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import type { Picture } from '../../domain/picture/picture.ts'
import { REPORT_CSS } from './report-css.ts'
import { formatDate, formatNumber, formatPeriod, inPeriod, type ReportLang } from './report-format.ts'
import {
  CHECK_MARK,
  ageGenderTable,
  appendix1,
  askedRolesTable,
  birthCountriesTable,
  candidatesTable,
  personRolesTable,
  table1,
  table2,
  table3,
  vulnerabilityTable,
  type Cell,
  type ReportTable,
} from './report-tables.ts'
import {
  caveatText,
  categoriesText,
  defaultClassification,
  eventNote,
  methodText,
  noUnitNote,
  personSentences,
  personsIntro,
  platformsIntro,
  qualityText,
  evaluationSection,
  reportTitle,
  roleSentences,
  rolesIntro,
  selectionLinesLabelled,
  setAsideNote,
  summary,
  unitsText,
  versionLines,
} from './report-text.ts'
import { html, trusted, type SafeHtml } from './safe-html.ts'

export interface HtmlReportInput {
  picture: Picture
  catalogue: Catalogue
  lang: ReportLang
  /** SVG markup from charts.ts (our own renderer's output, inserted as is) */
  charts: { chart1: string; chart2: string; chart3: string }
  /** classification line on the title page; default says it is still to be set */
  classification?: string
}

/** Footnotes numbered through the whole report; a note is printed at the end of the section that first cites it. */
class Footnotes {
  private readonly numbers = new Map<string, number>()
  private pending: Array<{ n: number; text: string }> = []

  ref(key: string, text: string): SafeHtml {
    let n = this.numbers.get(key)
    if (n === undefined) {
      n = this.numbers.size + 1
      this.numbers.set(key, n)
      this.pending.push({ n, text })
    }
    return html`<sup class="fn"><a href="#fn-${n}">${n}</a></sup>`
  }

  has(key: string): boolean {
    return this.numbers.has(key)
  }

  flush(): SafeHtml {
    const notes = this.pending
    this.pending = []
    if (notes.length === 0) return html``
    return html`<ol class="footnotes">${notes.map((f) => html`<li id="fn-${f.n}" value="${f.n}">${f.text}</li>`)}</ol>`
  }
}

function cell(value: Cell, numeric: boolean, lang: ReportLang, zeroAsBlank = false): SafeHtml {
  if (value === null || value === '' || (zeroAsBlank && value === 0)) return html`<td${numeric ? trusted(' class="num"') : ''}></td>`
  if (typeof value === 'number') return html`<td class="num">${formatNumber(value, lang)}</td>`
  if (value === CHECK_MARK) return html`<td class="mark" aria-label="ja">${CHECK_MARK}</td>`
  return html`<td${numeric ? trusted(' class="num"') : ''}>${value}</td>`
}

interface TableOptions {
  lang: ReportLang
  /** per platform name: the footnote reference to print after it */
  platformNotes?: (platform: string) => SafeHtml | null
  className?: string
  /** numeric column headers printed vertically (wide tables such as table 2) */
  rotateHeaders?: boolean
  /** leave zero cells empty, as the source report's appendix does, so the eye finds the years that count */
  zeroAsBlank?: boolean
}

/** A ReportTable as an HTML table; rows under `groupColumn` get a heading row per group. */
function renderTable(t: ReportTable, o: TableOptions): SafeHtml {
  const grouped = t.groupColumn
  const visible = t.columns.map((c, i) => ({ ...c, i })).filter((c) => c.i !== grouped)
  let lastGroup: Cell | undefined
  const body: SafeHtml[] = []
  for (const row of t.rows) {
    if (grouped !== undefined && row.kind === 'body') {
      const g = row.cells[grouped] ?? null
      if (g !== lastGroup) {
        body.push(html`<tr class="group"><th colspan="${visible.length}" scope="colgroup">${g ?? ''}</th></tr>`)
        lastGroup = g
      }
    }
    const cells = visible.map((c, k) => {
      const value = row.cells[c.i] ?? null
      if (k === 0 && row.kind !== 'body' && grouped !== undefined) {
        // totals in a grouped table: the label sits in the group column
        return html`<th scope="row">${row.cells[grouped] ?? ''}</th>`
      }
      if (k === 0) {
        const note = c.i === t.platformColumn && typeof value === 'string' && o.platformNotes ? o.platformNotes(value) : null
        // a name with a very long unbroken run (hostile or pasted URLs) may break anywhere; others keep whole words
        const long = typeof value === 'string' && /\S{28,}/.test(value)
        return html`<th scope="row"${long ? trusted(' class="long"') : ''}>${value ?? ''}${note}</th>`
      }
      return cell(value, c.numeric, o.lang, o.zeroAsBlank && row.kind === 'body')
    })
    body.push(html`<tr class="${row.kind}">${cells}</tr>`)
  }
  return html`<table class="${o.className ?? ''}">
  <thead><tr>${visible.map((c) =>
    o.rotateHeaders && c.numeric
      ? html`<th scope="col" class="rot"><span>${c.label}</span></th>`
      : html`<th scope="col" class="${c.numeric ? 'num' : ''}">${c.label}</th>`,
  )}</tr></thead>
  <tbody>${body}</tbody>
</table>`
}

function figure(id: string, title: string, content: SafeHtml, note?: SafeHtml | string | null, extraClass = ''): SafeHtml {
  return html`<figure class="block ${extraClass}" id="${id}">
  <figcaption>${title}</figcaption>
  ${content}
  ${note ? html`<p class="table-note">${note}</p>` : ''}
</figure>`
}

function paragraphs(lines: readonly string[]): SafeHtml {
  return html`${lines.map((l) => html`<p>${l}</p>`)}`
}

const LABELS = {
  nl: {
    contents: 'Inhoud',
    summary: 'Samenvatting',
    intro: '1. Inleiding',
    method: '2. Methode',
    findings: '3. Bevindingen',
    s31: '3.1 Welke online platformen komen voor?',
    s32: '3.2 Welke rollen vervullen de platformen?',
    s33: '3.3 Wat zijn de kenmerken van de betrokken minderjarigen?',
    appendix1: 'Bijlage 1. Overzicht online platformen per jaar',
    appendix2: 'Bijlage 2. Genoemde platformen buiten de catalogus',
    size: 'Omvang',
    types: 'Typen platformen',
    perUnit: 'Platformen per politie-eenheid',
    genderAge: 'Geslacht, leeftijd en geboorteland',
    vulnerability: 'Kwetsbaarheid',
    selectionHead: 'Bron en selectie',
    countedHead: 'Wat wordt geteld',
    personsHead: 'Personen',
    versionsHead: 'Versies',
    qualityHead: 'Kwaliteit van de extractie',
    caveatHead: 'Beperkingen',
    kRegs: 'registraties met een genoemd platform',
    kMentions: 'vermeldingen van platformen',
    kPlatforms: 'verschillende platformen',
    kMinors: 'gekoppelde minderjarigen',
    sumPlatforms: 'Platformen',
    sumRoles: 'Rollen',
    sumPersons: 'Minderjarigen',
    generatedBy: 'Samengesteld met platformscope',
    catalogue: 'catalogus',
    noCountries: 'Alle minderjarigen met een bekend geboorteland zijn in Nederland geboren.',
    noFactors: 'In de registraties van deze selectie zijn geen kwetsbaarheidsfactoren gevonden.',
    candidatesIntro:
      'Deze namen zijn in de tekst als platform herkend maar staan niet in de catalogus. Ze tellen niet mee in de tabellen. Een analist kan ze na controle aan de catalogus toevoegen.',
    appendixIntro: 'Alle meegetelde platformen, gegroepeerd per type en binnen een type geordend naar het totaal.',
    introText: (period: string) => [
      `Dit tactisch intelligencebeeld beschrijft de rol van online platformen in registraties van seksuele uitbuiting van minderjarigen ${period}. Het beantwoordt drie vragen:`,
    ],
    questions: [
      'Welke online platformen komen voor in relatie tot seksuele uitbuiting?',
      'Welke rollen vervullen deze platformen daarbij?',
      'Wat zijn de kenmerken van de betrokken minderjarigen?',
    ],
    reading:
      'Hoofdstuk 2 beschrijft hoe de cijfers tot stand komen en waar hun grenzen liggen. Hoofdstuk 3 geeft de bevindingen per vraag. Bijlage 1 bevat het volledige overzicht van platformen per jaar. De tabellen zijn ook beschikbaar als CSV- en Excelbestanden.',
  },
  en: {
    contents: 'Contents',
    summary: 'Summary',
    intro: '1. Introduction',
    method: '2. Method',
    findings: '3. Findings',
    s31: '3.1 Which online platforms occur?',
    s32: '3.2 Which roles do the platforms play?',
    s33: '3.3 What are the characteristics of the minors involved?',
    appendix1: 'Appendix 1. Online platforms per year',
    appendix2: 'Appendix 2. Named platforms outside the catalogue',
    size: 'Extent',
    types: 'Platform types',
    perUnit: 'Platforms per police unit',
    genderAge: 'Gender, age and country of birth',
    vulnerability: 'Vulnerability',
    selectionHead: 'Source and selection',
    countedHead: 'What is counted',
    personsHead: 'Persons',
    versionsHead: 'Versions',
    qualityHead: 'Extraction quality',
    caveatHead: 'Limitations',
    kRegs: 'registrations naming a platform',
    kMentions: 'platform mentions',
    kPlatforms: 'different platforms',
    kMinors: 'minors linked',
    sumPlatforms: 'Platforms',
    sumRoles: 'Roles',
    sumPersons: 'Minors',
    generatedBy: 'Compiled with platformscope',
    catalogue: 'catalogue',
    noCountries: 'All minors with a known country of birth were born in the Netherlands.',
    noFactors: 'No vulnerability factors were found in the registrations of this selection.',
    candidatesIntro:
      'These names were recognised as platforms in the text but are not in the catalogue. They are not counted in the tables. An analyst can add them to the catalogue after checking.',
    appendixIntro: 'Every counted platform, grouped by type and, within a type, ordered by total.',
    introText: (period: string) => [
      `This tactical intelligence picture describes the role of online platforms in registrations of the sexual exploitation of minors ${period}. It answers three questions:`,
    ],
    questions: [
      'Which online platforms occur in relation to sexual exploitation?',
      'Which roles do these platforms play in it?',
      'What are the characteristics of the minors involved?',
    ],
    reading:
      'Chapter 2 describes how the figures come about and where their limits lie. Chapter 3 gives the findings per question. Appendix 1 holds the complete overview of platforms per year. The tables are also available as CSV and Excel files.',
  },
} as const

/** The whole report as one self-contained HTML document (inline CSS and SVG; no scripts, no external requests). */
export function renderReportHtml(input: HtmlReportInput): string {
  const { picture: p, catalogue, lang, charts } = input
  const L = LABELS[lang]
  const nl = lang === 'nl'
  const { title, subtitle } = reportTitle(lang)
  const period = formatPeriod(p.selection.from, p.selection.to_exclusive, lang)
  const periodLong = formatPeriod(p.selection.from, p.selection.to_exclusive, lang, 'long')
  const notes = new Footnotes()
  const events = new Map(p.trends.platform_events.map((e) => [e.platform, e]))
  const platformNotes = (name: string): SafeHtml | null => {
    const e = events.get(name)
    return e ? notes.ref(`event:${name}`, eventNote(e, lang)) : null
  }
  const sum = summary(p, catalogue, lang)
  const method = methodText(p, lang, p.candidate_platforms.length > 0)
  const generated = p.versions.generated_at ? formatDate(p.versions.generated_at, lang) : null
  const fmt = (x: number): string => formatNumber(x, lang)

  const titlePage = html`<section class="title-page">
  <div class="band"></div>
  <p class="kicker">${subtitle}</p>
  <h1 class="report-title">${title}</h1>
  <p class="period">${periodLong}</p>
  <dl class="selection">
    ${selectionLinesLabelled(p, catalogue, lang).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
  </dl>
  <div class="title-foot">
    <p class="classification">${input.classification ?? defaultClassification(lang)}</p>
    <p>${generated ? html`${nl ? 'Datum' : 'Date'}: ${generated} · ` : ''}${L.generatedBy} · ${L.catalogue} ${p.versions.catalogue}</p>
  </div>
</section>`

  const keyFigures = html`<div class="key-figures">
  ${[
    [p.headline.registrations, L.kRegs],
    [p.headline.named_platform_mentions, L.kMentions],
    [p.headline.distinct_platforms, L.kPlatforms],
    [p.persons.minors_linked, L.kMinors],
  ].map(([v, label]) => html`<div class="kf"><span class="kf-n">${fmt(Number(v))}</span><span class="kf-l">${String(label)}</span></div>`)}
</div>`

  const summarySection = html`<section class="chapter" id="samenvatting">
  <h1>${L.summary}</h1>
  ${keyFigures}
  <h3>${L.sumPlatforms}</h3>${paragraphs(sum.platforms)}
  ${sum.roles.length ? html`<h3>${L.sumRoles}</h3>${paragraphs(sum.roles)}` : ''}
  ${sum.persons.length ? html`<h3>${L.sumPersons}</h3>${paragraphs(sum.persons)}` : ''}
</section>`

  const toc: Array<[string, string, number]> = [
    ['#samenvatting', L.summary, 0],
    ['#inleiding', L.intro, 0],
    ['#methode', L.method, 0],
    ['#bevindingen', L.findings, 0],
    ['#s31', L.s31, 1],
    ['#s32', L.s32, 1],
    ['#s33', L.s33, 1],
    ['#bijlage-1', L.appendix1, 0],
    ...(p.candidate_platforms.length ? [['#bijlage-2', L.appendix2, 0] as [string, string, number]] : []),
  ]
  const introSection = html`<section class="chapter" id="inleiding">
  <h2 class="toc-title">${L.contents}</h2>
  <ol class="toc">${toc.map(([href, label, level]) => html`<li class="l${level}"><a href="${href}">${label}</a></li>`)}</ol>
  <h1>${L.intro}</h1>
  ${paragraphs(L.introText(inPeriod(p.selection.from, p.selection.to_exclusive, lang)))}
  <ol class="questions">${L.questions.map((q) => html`<li>${q}</li>`)}</ol>
  <p>${L.reading}</p>
</section>`

  const methodSection = html`<section class="chapter" id="methode">
  <h1>${L.method}</h1>
  <h3>${L.selectionHead}</h3>
  <p>${method.selection}</p>
  <h3>${L.countedHead}</h3>
  <ul>${method.counted.map((c) => html`<li>${c}</li>`)}</ul>
  <h3>${L.personsHead}</h3>
  <p>${method.persons}</p>
  <h3>${L.qualityHead}</h3>
  <p>${qualityText(p, lang)}</p>
  ${evaluationHtml(p, lang)}
  <h3>${L.versionsHead}</h3>
  <table class="kv">${versionLines(p, lang).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</table>
  <h3>${L.caveatHead}</h3>
  ${paragraphs(caveatText(lang))}
</section>`

  const t1 = table1(p, lang)
  const t2 = table2(p, lang)
  const t3 = table3(p, catalogue, lang)
  const intro31 = platformsIntro(p, lang)
  const s31 = html`<section class="sub" id="s31">
  <h2>${L.s31}</h2>
  <h3>${L.size}</h3>
  <p>${intro31[0]}${notes.ref('set-aside', setAsideNote(p, lang))}</p>
  <p>${intro31[1]}</p>
  ${figure('tabel-1', t1.title, renderTable(t1, { lang, platformNotes, className: 'years' }))}
  <h3>${L.types}</h3>
  ${paragraphs(categoriesText(p, catalogue, lang))}
  ${figure('grafiek-1', nl ? 'Grafiek 1. Aantal registraties per type platform per jaar' : 'Chart 1. Registrations per platform type per year', html`<div class="chart">${trusted(charts.chart1)}</div>`)}
  <h3>${L.perUnit}</h3>
  ${paragraphs(unitsText(p, lang))}
  ${figure('tabel-2', t2.title, renderTable(t2, { lang, platformNotes, className: 'units', rotateHeaders: true }), noUnitNote(p, lang))}
  ${leftoverEvents(p, notes, lang)}
  ${notes.flush()}
</section>`

  const asked = askedRolesTable(p, catalogue, lang)
  const markNote = nl ? `${CHECK_MARK} = de rol is in ten minste één registratie gevonden.` : `${CHECK_MARK} = the role was found in at least one registration.`
  const s32 = html`<section class="sub break-before" id="s32">
  <h2>${L.s32}</h2>
  <p>${rolesIntro(lang)}</p>
  <ol class="roles">${ROLE_IDS.map((r) => {
    const def = catalogue.data.roles.find((x) => x.id === r)
    return html`<li><strong>${catalogue.roleLabel(r, lang)}</strong>${nl && def ? html`: ${def.definition_nl}` : ''}</li>`
  })}</ol>
  ${paragraphs(roleSentences(p, catalogue, lang))}
  ${figure('tabel-3', t3.title, renderTable(t3, { lang, platformNotes, className: 'roles-matrix' }), markNote)}
  ${asked ? figure('tabel-3b', asked.title, renderTable(asked, { lang, platformNotes, className: 'roles-matrix' }), markNote) : ''}
  ${notes.flush()}
</section>`

  const countries = birthCountriesTable(p, lang)
  const vulnerability = vulnerabilityTable(p, catalogue, lang)
  const ageGender = ageGenderTable(p, lang)
  const personRoles = personRolesTable(p, catalogue, lang)
  const s33 = html`<section class="sub break-before" id="s33">
  <h2>${L.s33}</h2>
  ${paragraphs(personsIntro(p, catalogue, lang))}
  ${figure('grafiek-2', personRoles.title, html`<div class="chart medium">${trusted(charts.chart2)}</div>`)}
  <h3>${L.genderAge}</h3>
  <p>${personSentences(p, catalogue, lang).slice(0, 4).join(' ')}</p>
  ${figure('grafiek-3', ageGender.title, html`<div class="chart">${trusted(charts.chart3)}</div>`, nl ? 'Per registratie de jongste gekoppelde minderjarige.' : 'Per registration its youngest linked minor.')}
  ${
    countries.rows.length
      ? figure('geboortelanden', countries.title, renderTable(countries, { lang, className: 'narrow' }))
      : html`<p>${L.noCountries}</p>`
  }
  <h3>${L.vulnerability}</h3>
  ${
    vulnerability.rows.length
      ? figure('kwetsbaarheid', vulnerability.title, renderTable(vulnerability, { lang, className: 'narrow wide-first' }), nl ? 'Een registratie kan meerdere factoren noemen.' : 'A registration can name several factors.')
      : html`<p>${L.noFactors}</p>`
  }
  ${notes.flush()}
</section>`

  const findings = html`<section class="chapter" id="bevindingen">
  <h1>${L.findings}</h1>
  ${s31}${s32}${s33}
</section>`

  const a1 = appendix1(p, catalogue, lang)
  const appendixSection = html`<section class="chapter" id="bijlage-1">
  <h1>${L.appendix1}</h1>
  <p>${L.appendixIntro}</p>
  ${renderTable(a1, { lang, platformNotes, className: 'years appendix', zeroAsBlank: true })}
  ${notes.flush()}
</section>`

  const candidates = p.candidate_platforms.length
    ? html`<section class="chapter" id="bijlage-2">
  <h1>${L.appendix2}</h1>
  <p>${L.candidatesIntro}</p>
  ${renderTable(candidatesTable(p, lang), { lang, className: 'narrow' })}
</section>`
    : ''

  const doc = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="platformscope">
<title>${subtitle} — ${period}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<main class="report">
${titlePage}
${summarySection}
${introSection}
${methodSection}
${findings}
${appendixSection}
${candidates}
</main>
</body>
</html>
`
  return doc.value
}

/** Catalogue events (e.g. a closure) of platforms that no table shows get their note at the end of 3.1. */
function leftoverEvents(p: Picture, notes: Footnotes, lang: ReportLang): SafeHtml {
  const rest = p.trends.platform_events.filter((e) => !notes.has(`event:${e.platform}`))
  if (rest.length === 0) return html``
  return html`<p class="small">${rest.map((e) => html`${e.platform}${notes.ref(`event:${e.platform}`, eventNote(e, lang))} `)}</p>`
}

function evaluationHtml(p: Picture, lang: ReportLang): SafeHtml | string {
  const e = evaluationSection(p, lang)
  if (e === null) return ''
  const f1 = p.extraction_evaluation?.f1_interval_95 ? (lang === 'nl' ? 'F1 (95%-interval)' : 'F1 (95% interval)') : 'F1'
  const head = lang === 'nl' ? ['Onderdeel', 'Precisie', 'Recall', f1, 'Aantal'] : ['Field', 'Precision', 'Recall', f1, 'Count']
  return html`<p id="extraction-evaluation">${e.intro}</p>
  <table class="evaluation">
    <thead><tr>${head.map((h, i) => html`<th scope="col" class="${i > 0 ? 'num' : ''}">${h}</th>`)}</tr></thead>
    <tbody>${e.rows.map(
      ([label, ...cells]) => html`<tr><th scope="row">${label}</th>${cells.map((c) => html`<td class="num">${c}</td>`)}</tr>`,
    )}</tbody>
  </table>`
}
