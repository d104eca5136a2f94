import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseCatalogue } from './parse-catalogue.ts'
import { AppError } from '../errors.ts'
import { readFiguresJson } from '../../../test/support/source-report.ts'

const catalogueText = readFileSync(new URL('../../../../../data/catalogue.json', import.meta.url), 'utf8')
const figures = readFiguresJson() as { appendix1_platforms_per_year: Array<{ platform: string; category: string }>; police_units: string[] }

function rejectionOf(mutate: (c: Record<string, unknown>) => void): AppError {
  const raw = JSON.parse(catalogueText) as Record<string, unknown>
  mutate(raw)
  try {
    parseCatalogue(JSON.stringify(raw), 'broken.json', 'v')
  } catch (error) {
    assert.ok(error instanceof AppError)
    return error
  }
  assert.fail('the broken catalogue was accepted')
}

describe(parseCatalogue.name, () => {
  const catalogue = parseCatalogue(catalogueText, 'catalogue.json', 'v1')

  it("holds the report's 39 platforms with their canonical names and categories", () => {
    assert.equal(catalogue.platforms.length, 39)
    for (const row of figures.appendix1_platforms_per_year) {
      const p = catalogue.platformByName(row.platform)
      assert.ok(p, `missing ${row.platform}`)
      assert.equal(p.category, row.category, row.platform)
    }
  })

  it('has the 4 categories, 6 roles and 11 police units with Dutch and English labels', () => {
    assert.equal(catalogue.data.categories.length, 4)
    assert.equal(catalogue.data.roles.length, 6)
    assert.equal(catalogue.data.police_units.length, 11)
    for (const r of catalogue.data.roles) assert.ok(r.nl && r.en)
  })

  it('resolves police units by name and alias, case- and accent-insensitively', () => {
    assert.equal(catalogue.unitByName('Eenheid Zeeland-West-Brabant')?.name, 'Zeeland-West-Brabant')
    assert.equal(catalogue.unitByName('zwb')?.name, 'Zeeland-West-Brabant')
    assert.equal(catalogue.unitByName('noord holland')?.name, 'Noord-Holland')
    assert.equal(catalogue.unitByName('Atlantis'), undefined)
  })

  it('records the closure of Speurders.nl as an event', () => {
    assert.deepEqual(
      catalogue.platformByName('Speurders.nl')?.events?.map((e) => [e.type, e.date]),
      [['closed', '2020-11-01']],
    )
  })

  it('names the JSON path of an unknown category', () => {
    const error = rejectionOf((c) => {
      ;(c.platforms as Array<Record<string, unknown>>)[2]!.category = 'chat'
    })
    assert.equal(error.code, 'catalogue_invalid')
    assert.equal(error.details.path, '$.platforms[2].category')
  })

  it('names the JSON path of an alias claimed by two platforms', () => {
    const error = rejectionOf((c) => {
      ;(c.platforms as Array<{ aliases: string[] }>)[1]!.aliases.push('whatsapp')
    })
    assert.equal(error.details.path, '$.platforms[1].aliases')
    assert.match(String(error.details.reason), /whatsapp/)
  })

  it('names the JSON path of a missing field and of an unexpected one', () => {
    assert.equal(rejectionOf((c) => delete (c.platforms as Array<Record<string, unknown>>)[0]!.name).details.path, '$.platforms[0].name')
    const extra = rejectionOf((c) => ((c.platforms as Array<Record<string, unknown>>)[5]!.colour = 'red'))
    assert.equal(extra.details.path, '$.platforms[5]')
    assert.match(String(extra.details.reason), /colour/)
  })

  it('reports unreadable JSON as such', () => {
    assert.throws(() => parseCatalogue('{"platforms": [', 'x.json', 'v'), (e: unknown) => e instanceof AppError && e.code === 'catalogue_unreadable')
  })
})
