// Validates an annotator's markup files before they become a dev set (the annotator's own check; check-devset.mjs
// validates the built sets): node check-markup.mjs <id prefix> <file.txt>...  e.g. node check-markup.mjs DEV23 batch-0*.txt
// Prints every problem with file, record number and field, then a coverage summary. Exit 1 on any problem.
import { readFileSync } from 'node:fs'
import { parseRecord } from './markup.mjs'

const catalogue = JSON.parse(readFileSync(new URL('../../../../../data/catalogue.json', import.meta.url), 'utf8'))
const platformNames = new Set(catalogue.platforms.map((p) => p.name))
const personRoles = new Set(catalogue.person_roles.map((r) => r.id))
const vulnerabilityIds = new Set(catalogue.vulnerability_factors.map((v) => v.id))
const unitNames = new Set(catalogue.police_units.map((u) => u.name))
const [prefix, ...files] = process.argv.slice(2)
const problems = []
const all = []
for (const file of files) {
  const blocks = readFileSync(file, 'utf8').split(/\n(?=@)/).map((b) => b.trim()).filter((b) => b.startsWith('@'))
  blocks.forEach((b, i) => {
    const where = `${file} record ${i + 1}`
    let r
    try {
      r = parseRecord(b, `${prefix}-${String(all.length + 1).padStart(4, '0')}`)
    } catch (e) {
      problems.push(`${where}: ${e.message}`)
      return
    }
    all.push(r)
    const bad = (field, msg) => problems.push(`${where} ${field}: ${msg}`)
    if (Number.isNaN(Date.parse(r.date)) || r.date < '2016-01-01' || r.date > '2022-12-31') bad('date', r.date)
    if (r.unit !== null && !unitNames.has(r.unit)) bad('unit', r.unit)
    for (const phone of (r.text.match(/(?<![\d-])0\d[\d -]{7,}\d\b/g) ?? []).filter((p) => !/^\d{2}-\d{2}-\d{4}(?: \d{1,2})?$/.test(p)))
      if (!/^06-00000\d{3}$/.test(phone)) bad('text', `phone number not of the form 06-00000xxx: ${phone}`)
    r.gold.mentions.forEach((m, j) => {
      if (m.negated && m.roles.length > 0) bad(`mention ${j + 1} (${m.surface})`, 'negated mention has roles')
      if (new Set(m.roles).size !== m.roles.length) bad(`mention ${j + 1} (${m.surface})`, 'duplicate role')
    })
    r.gold.persons.forEach((p, j) => {
      if (!(p.age === null || (Number.isInteger(p.age) && p.age >= 0 && p.age < 100))) bad(`P line ${j + 1}`, `age ${p.age}`)
      if (!(p.gender === null || p.gender === 'F' || p.gender === 'M')) bad(`P line ${j + 1}`, `gender ${p.gender}`)
      for (const role of p.roles) if (!personRoles.has(role)) bad(`P line ${j + 1}`, `role ${role}`)
    })
    for (const v of r.gold.vulnerabilities) if (!vulnerabilityIds.has(v)) bad('V line', v)
  })
}
const mentions = all.flatMap((r) => r.gold.mentions)
const count = (xs) => [...xs.reduce((a, x) => a.set(x, (a.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')
console.log(`records ${all.length}, mentions ${mentions.length}, roles ${mentions.reduce((n, m) => n + m.roles.length, 0)}, persons ${all.reduce((n, r) => n + r.gold.persons.length, 0)}`)
console.log(`kinds: ${count(mentions.map((m) => m.kind + (m.negated ? '/negated' : '')))}`)
console.log(`roles: ${count(mentions.flatMap((m) => m.roles))}`)
console.log(`units: ${count(all.map((r) => r.unit))}`)
console.log(`outside catalogue: ${count(mentions.filter((m) => m.kind === 'named' && !platformNames.has(m.platform)).map((m) => m.platform))}`)
for (const p of problems) console.error(p)
if (problems.length) { console.error(`${problems.length} problem(s)`); process.exit(1) }
console.log('valid')
