// The annotation markup of source/*.txt (see build-devset.mjs for the format), parsed into a dev-set record.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const catalogue = JSON.parse(readFileSync(join(here, '../../../../../data/catalogue.json'), 'utf8'))
const catalogueNames = new Set(catalogue.platforms.map((p) => p.name))
const ROLE = { rec: 'recruiting', adv: 'advertising', acq: 'customer_acquisition', meet: 'customer_meeting', rel: 'relationship', img: 'image_distribution' }
const KIND = { n: 'named', g: 'generic', u: 'unclear' }

export function parseRecord(block, id) {
  const lines = block.split('\n')
  const header = lines.shift() ?? ''
  const m = /^@\s*(\d{4}-\d{2}-\d{2})\s*\|\s*(.+?)\s*$/.exec(header)
  if (!m) throw new Error(`${id}: bad header ${header}`)
  const persons = []
  let vulnerabilities = []
  const textLines = []
  for (const line of lines) {
    if (/^P /.test(line)) {
      const [, age, gender, ...roles] = line.trim().split(/\s+/)
      persons.push({ age: age === '-' ? null : Number(age), gender: gender === '-' ? null : gender, roles })
    } else if (/^V /.test(line)) {
      vulnerabilities = line.trim().split(/\s+/).slice(1)
    } else if (line.trim() !== '') {
      textLines.push(line.trim())
    }
  }
  const marked = textLines.join(' ')
  let text = ''
  const mentions = []
  const re = /\[\[([^|\]]+)\|([^|\]]*)\|([^|\]]+)\|([^\]]*)\]\]/g
  let last = 0
  for (let mm = re.exec(marked); mm; mm = re.exec(marked)) {
    text += marked.slice(last, mm.index)
    const [, surface, platform, flags, roles] = mm
    const kind = KIND[flags.replace('!', '')]
    if (!kind) throw new Error(`${id}: bad flags ${flags}`)
    if ((kind === 'named') !== (platform !== '')) throw new Error(`${id}: platform set iff named: ${surface}`)
    const start = text.length
    text += surface
    mentions.push({
      start,
      end: text.length,
      surface,
      platform: platform === '' ? null : platform,
      in_catalogue: platform !== '' && catalogueNames.has(platform),
      kind,
      negated: flags.includes('!'),
      roles: roles === '' ? [] : roles.split(',').map((r) => {
        const full = ROLE[r.trim()]
        if (!full) throw new Error(`${id}: bad role ${r}`)
        return full
      }),
    })
    last = mm.index + mm[0].length
  }
  text += marked.slice(last)
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${id}: unparsed markup`)
  // '-': no unit can be attributed (heldout-7's convention)
  return { id, text, date: m[1], unit: m[2] === '-' ? null : m[2], gold: { mentions, persons, vulnerabilities } }
}
