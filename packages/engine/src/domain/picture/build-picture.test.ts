import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseCatalogue } from '../catalogue/parse-catalogue.ts'
import { buildPicture } from './build-picture.ts'
import { defaultSelection } from './selection.ts'
import type { MentionRow, PersonLinkRow, PictureRows, RegistrationRow } from './picture-aggregates.ts'

const catalogue = parseCatalogue(
  readFileSync(new URL('../../../../../data/catalogue.json', import.meta.url), 'utf8'),
  'catalogue.json',
  'cat-v1',
)

const reg = (id: string, date: string, policeUnit: string | null = 'Rotterdam'): RegistrationRow => ({
  id,
  date,
  policeUnit,
  source: 'bvh',
  exploitationForm: 'binnenlandse seksuele uitbuiting',
})
const named = (
  registrationId: string,
  platformName: string,
  roles: string[] = [],
  extra: Partial<MentionRow> = {},
): MentionRow => ({
  registrationId,
  platformId: null,
  platformName,
  kind: 'named',
  negated: false,
  roles,
  status: 'suggested',
  origin: 'extracted',
  extractorVersion: 'x1',
  catalogueVersion: 'cat-v1',
  ...extra,
})
const minor = (
  registrationId: string,
  personId: string,
  age: number,
  roles: string[],
  extra: Partial<PersonLinkRow> = {},
): PersonLinkRow => ({
  registrationId,
  personId,
  age,
  roles,
  gender: 'F',
  birthCountry: 'Nederland',
  residentNl: true,
  ...extra,
})

function rows(): PictureRows {
  return {
    registrations: [
      reg('r1', '2017-03-01'),
      reg('r2', '2018-05-05', 'eenheid den haag'),
      reg('r3', '2019-01-01', null),
      reg('r4', '2021-02-01'),
    ],
    mentions: [
      named('r1', 'WhatsApp', ['recruiting']),
      named('r1', 'whatsapp', ['relationship']),
      named('r1', 'Snapchat', [], { negated: true }),
      named('r2', 'Snapchat', ['image_distribution']),
      named('r2', 'Instagram', ['recruiting'], { status: 'rejected' }),
      named('r3', 'WhatsApp', [], { status: 'confirmed' }),
      named('r3', 'Onbekendchat', []),
      { ...named('r3', 'x'), platformName: null, kind: 'generic' },
      { ...named('r2', 'x'), platformName: null, kind: 'unclear' },
      named('r4', 'WhatsApp'),
    ],
    personLinks: [
      minor('r1', 'p1', 15, ['slachtoffer', 'aangever']),
      minor('r2', 'p1', 16, ['slachtoffer']),
      minor('r2', 'p2', 13, ['getuige'], { gender: 'M', birthCountry: 'Polen' }),
      minor('r3', 'p3', 17, ['betrokkene'], { residentNl: false }),
      { ...minor('r3', 'p4', 35, ['verdachte']) },
    ],
    vulnerabilities: [
      { registrationId: 'r1', factor: 'substance_use', status: 'suggested', origin: 'extracted' },
      { registrationId: 'r4', factor: 'substance_use', status: 'suggested', origin: 'extracted' },
    ],
  }
}

describe(buildPicture.name, () => {
  const picture = buildPicture(rows(), catalogue, defaultSelection())

  it('counts a platform once per registration, never when negated or rejected, and only inside the period', () => {
    assert.equal(picture.headline.registrations, 3)
    assert.equal(picture.headline.named_platform_mentions, 3)
    assert.deepEqual(picture.headline.mentions_per_year, { '2017': 1, '2018': 1, '2019': 1, '2020': 0 })
    const whatsapp = picture.appendix1_platforms_per_year.find((r) => r.platform === 'WhatsApp')
    assert.deepEqual(whatsapp?.counts, { '2017': 1, '2018': 0, '2019': 1, '2020': 0 })
    assert.equal(
      picture.appendix1_platforms_per_year.some((r) => r.platform === 'Instagram'),
      false,
    )
  })

  it('takes roles as the union over the registration’s mentions of the platform', () => {
    assert.deepEqual(picture.table3_roles_top10['WhatsApp'], ['recruiting', 'relationship'])
    assert.equal(picture.role_counts_per_platform['WhatsApp']?.recruiting, 1)
  })

  it('sets generic and unclear mentions aside and lists platforms outside the catalogue as candidates', () => {
    assert.equal(picture.headline.generic_mentions_excluded, 1)
    assert.equal(picture.headline.unclear_platforms_excluded, 1)
    assert.deepEqual(picture.candidate_platforms, [{ name: 'Onbekendchat', registrations: 1, mentions: 1 }])
    assert.equal(picture.headline.distinct_platforms, 2)
  })

  it('attributes registrations to canonical police units and counts the rest as without unit', () => {
    const t2 = picture.table2_mentions_per_police_unit
    assert.equal(t2.platforms['WhatsApp']?.['Rotterdam'], 1)
    assert.equal(t2.platforms['Snapchat']?.['Den Haag'], 1)
    assert.equal(t2.no_unit, 1)
    assert.equal(t2.units.includes('Landelijke Eenheid'), false)
  })

  it('describes minors linked to the picture’s registrations, not adults or residents abroad', () => {
    const p = picture.persons
    assert.equal(p.minors_linked, 2)
    assert.equal(p.with_more_than_one_person_role, 1)
    assert.equal(p.registrations_with_at_least_victim_role_percent, 67)
    assert.equal(p.male, 1)
    assert.deepEqual(p.age_range, [13, 16])
    assert.equal(p.age_share_of_registrations_percent['13'], 33)
    assert.deepEqual(p.age_gender_registrations['13'], { F: 0, M: 1, unknown: 0 })
    assert.equal(p.born_abroad, 1)
    assert.deepEqual(p.birth_countries_abroad, ['Polen'])
    assert.equal(p.born_in_netherlands_percent, 50)
  })

  it('counts vulnerability factors in the picture’s registrations only', () => {
    assert.equal(picture.vulnerability_factors['substance_use'], 1)
  })

  it('with status confirmed counts reviewed and manual findings only', () => {
    const confirmed = buildPicture(rows(), catalogue, defaultSelection({ status: 'confirmed' }))
    assert.equal(confirmed.headline.registrations, 1)
    assert.deepEqual(Object.keys(confirmed.table3_roles_top10), ['WhatsApp'])
  })

  it('applies unit, category and platform selections', () => {
    const denHaag = buildPicture(rows(), catalogue, defaultSelection({ units: ['Den Haag'] }))
    assert.equal(denHaag.headline.registrations, 1)
    const social = buildPicture(rows(), catalogue, defaultSelection({ categories: ['social_network'] }))
    assert.equal(social.headline.registrations, 0)
    const snap = buildPicture(rows(), catalogue, defaultSelection({ platforms: ['snapchat'] }))
    assert.equal(snap.headline.named_platform_mentions, 1)
    assert.equal(snap.headline.generic_mentions_excluded, 0)
  })

  it('breaks top-10 ties by total, then category in the report’s order, then name', () => {
    const many: PictureRows = {
      registrations: ['a', 'b', 'c'].map((id) => reg(id, '2018-01-01')),
      mentions: [
        named('a', 'Telegram'),
        named('b', 'Badoo'),
        named('c', 'Kinky.nl'),
        named('a', 'Kinky.nl'),
        named('b', 'Speurders.nl'),
        named('c', 'Facebook'),
      ],
      personLinks: [],
      vulnerabilities: [],
    }
    const p = buildPicture(many, catalogue, defaultSelection())
    assert.deepEqual(
      p.table1_top10.map((r) => r.platform),
      ['Kinky.nl', 'Telegram', 'Speurders.nl', 'Badoo', 'Facebook'],
    )
  })

  it('lists the closure of Speurders.nl among platform events', () => {
    assert.deepEqual(
      picture.trends.platform_events.map((e) => [e.platform, e.event, e.date]),
      [['Speurders.nl', 'closed', '2020-11-01']],
    )
  })
})
