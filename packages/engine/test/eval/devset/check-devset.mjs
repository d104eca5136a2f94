// Validates every annotated dev set of sets.mjs (tune.jsonl, heldout.jsonl, tune-2.jsonl, …) and prints coverage.
// --only <file> restricts the coverage summary to one file (validation always covers all).
// Usage: node packages/engine/test/eval/devset/check-devset.mjs [--quiet]
// Exit 1 when any record is invalid; every problem names file, line and field.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { EXPECTED_RECORDS, ID_PREFIXES } from './sets.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const catalogue = JSON.parse(readFileSync(join(here, '../../../../../data/catalogue.json'), 'utf8'))
const platformNames = new Set(catalogue.platforms.map((p) => p.name))
const roleIds = new Set(catalogue.roles.map((r) => r.id))
const personRoles = new Set(catalogue.person_roles.map((r) => r.id))
const vulnerabilityIds = new Set(catalogue.vulnerability_factors.map((v) => v.id))
const unitNames = new Set(catalogue.police_units.map((u) => u.name))
const KINDS = new Set(['named', 'generic', 'unclear'])

const problems = []
const ids = new Set()
const all = []
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined
for (const file of Object.keys(EXPECTED_RECORDS)) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n').filter((l) => l.trim() !== '')
  if (lines.length !== EXPECTED_RECORDS[file]) problems.push(`${file}: ${lines.length} records, expected ${EXPECTED_RECORDS[file]}`)
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`
    const bad = (field, msg) => problems.push(`${where} ${field}: ${msg}`)
    let r
    try {
      r = JSON.parse(line)
    } catch (e) {
      bad('(json)', e.message)
      return
    }
    if (only === undefined || only === file) all.push(r)
    const idPrefix = typeof r.id === 'string' ? /^(DEV\d*)-\d{4}$/.exec(r.id)?.[1] : undefined
    if (idPrefix === undefined || !ID_PREFIXES.has(idPrefix)) bad('id', `must be <prefix>-nnnn with a prefix of sets.mjs (${[...ID_PREFIXES].join(', ')})`)
    else if (ids.has(r.id)) bad('id', `duplicate ${r.id}`)
    else ids.add(r.id)
    if (typeof r.text !== 'string' || r.text.length === 0) return bad('text', 'empty')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date) || Number.isNaN(Date.parse(r.date))) bad('date', String(r.date))
    else if (r.date < '2016-01-01' || r.date > '2022-12-31') bad('date', `${r.date} outside 2016-2022`)
    if (r.unit !== null && !unitNames.has(r.unit)) bad('unit', String(r.unit))
    // a date written dd-mm-yyyy (03-09-2018), also before a time ('18-09-2017 21.30'), is no phone number
    for (const phone of (r.text.match(/(?<![\d-])0\d[\d -]{7,}\d\b/g) ?? []).filter((p) => !/^\d{2}-\d{2}-\d{4}(?: \d{1,2})?$/.test(p))) {
      if (!/^06-00000\d{3}$/.test(phone)) bad('text', `phone number not of the form 06-00000xxx: ${phone}`)
    }
    const allowedKeys = new Set(['id', 'text', 'date', 'unit', 'gold'])
    for (const k of Object.keys(r)) if (!allowedKeys.has(k)) bad(k, 'unknown field')
    const g = r.gold ?? {}
    if (!Array.isArray(g.mentions)) return bad('gold.mentions', 'missing')
    let prevEnd = -1
    g.mentions.forEach((m, j) => {
      const f = `gold.mentions[${j}]`
      if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end <= m.start || m.end > r.text.length)
        return bad(f, `bad span ${m.start}-${m.end}`)
      if (r.text.slice(m.start, m.end) !== m.surface) bad(`${f}.surface`, `text.slice(${m.start},${m.end}) !== surface`)
      if (m.start < prevEnd) bad(f, 'overlaps or precedes the previous mention')
      prevEnd = m.end
      if (!KINDS.has(m.kind)) bad(`${f}.kind`, String(m.kind))
      if (m.kind === 'named') {
        if (typeof m.platform !== 'string' || m.platform === '') bad(`${f}.platform`, 'named mention needs a platform')
        else if (m.in_catalogue !== platformNames.has(m.platform)) bad(`${f}.in_catalogue`, `inconsistent for ${m.platform}`)
      } else {
        if (m.platform !== null) bad(`${f}.platform`, 'generic/unclear mention must have platform null')
        if (m.in_catalogue !== false) bad(`${f}.in_catalogue`, 'must be false when platform is null')
      }
      if (typeof m.negated !== 'boolean') bad(`${f}.negated`, 'boolean')
      if (!Array.isArray(m.roles)) return bad(`${f}.roles`, 'array')
      if (m.negated && m.roles.length > 0) bad(`${f}.roles`, 'negated mention has roles')
      if (new Set(m.roles).size !== m.roles.length) bad(`${f}.roles`, 'duplicate role')
      for (const role of m.roles) if (!roleIds.has(role)) bad(`${f}.roles`, role)
    })
    if (!Array.isArray(g.persons)) bad('gold.persons', 'missing')
    else
      g.persons.forEach((p, j) => {
        const f = `gold.persons[${j}]`
        if (!(p.age === null || (Number.isInteger(p.age) && p.age >= 0 && p.age < 100))) bad(`${f}.age`, String(p.age))
        if (!(p.gender === null || p.gender === 'F' || p.gender === 'M')) bad(`${f}.gender`, String(p.gender))
        if (!Array.isArray(p.roles)) bad(`${f}.roles`, 'array')
        else for (const role of p.roles) if (!personRoles.has(role)) bad(`${f}.roles`, role)
      })
    if (!Array.isArray(g.vulnerabilities)) bad('gold.vulnerabilities', 'missing')
    else {
      for (const v of g.vulnerabilities) if (!vulnerabilityIds.has(v)) bad('gold.vulnerabilities', v)
      if (new Set(g.vulnerabilities).size !== g.vulnerabilities.length) bad('gold.vulnerabilities', 'duplicate')
    }
  })
}

if (!process.argv.includes('--quiet')) {
  const mentions = all.flatMap((r) => r.gold?.mentions ?? [])
  const count = (xs) => xs.reduce((acc, x) => acc.set(x, (acc.get(x) ?? 0) + 1), new Map())
  const show = (title, map) => console.log(`${title}: ${[...map].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  console.log(`records ${all.length}, mentions ${mentions.length}, records without mentions ${all.filter((r) => r.gold?.mentions?.length === 0).length}`)
  show('kind', count(mentions.map((m) => m.kind + (m.negated ? '/negated' : ''))))
  show('roles', count(mentions.flatMap((m) => (m.roles.length ? m.roles : ['(none)']))))
  const named = mentions.filter((m) => m.kind === 'named')
  show('in catalogue', count(named.filter((m) => m.in_catalogue).map((m) => m.platform)))
  show('outside catalogue', count(named.filter((m) => !m.in_catalogue).map((m) => m.platform)))
  const missing = [...platformNames].filter((n) => named.filter((m) => m.platform === n).length < 2)
  console.log(`catalogue platforms with fewer than 2 named mentions: ${missing.join(', ') || 'none'}`)
  show('units', count(all.map((r) => r.unit)))
  show('years', count(all.map((r) => r.date?.slice(0, 4))))
  show('vulnerabilities', count(all.flatMap((r) => r.gold?.vulnerabilities ?? [])))
}
for (const p of problems) console.error(p)
if (problems.length > 0) {
  console.error(`${problems.length} problem(s)`)
  process.exit(1)
}
console.log('dev set valid')
