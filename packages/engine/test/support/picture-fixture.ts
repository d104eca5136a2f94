import { sql, type Kysely } from 'kysely'
import type { Database } from '../../src/adapters/db/database.ts'
import type { Catalogue } from '../../src/domain/catalogue/catalogue.ts'
import { createRng } from '../../src/domain/corpus/prng.ts'
import { syncCataloguePlatforms } from '../../src/adapters/db/platform.repository.ts'

/**
 * A seeded, awkward fixture for the picture's differential test: every status and origin, negations, platforms by id
 * and by differently-cased name, out-of-catalogue names, unit aliases and unknown units, registrations outside the
 * period, persons linked several times with equal ages, adults and residents abroad.
 */
export async function insertPictureFixture(
  db: Kysely<Database>,
  catalogue: Catalogue,
  seed: string,
  n = 400,
): Promise<void> {
  const rng = createRng(seed)
  const uuid = (prefix: number, i: number): string =>
    `${prefix.toString(16).padStart(8, '0')}-0000-5000-8000-${i.toString(16).padStart(12, '0')}`
  await syncCataloguePlatforms(db, catalogue)
  const units = [
    'Rotterdam',
    'eenheid den haag',
    'Oost-Nederland',
    'Limburg',
    'Landelijke Eenheid',
    'Onbekende eenheid',
    null,
    '  ',
  ]
  const statuses = ['suggested', 'suggested', 'confirmed', 'rejected', 'corrected'] as const
  const roles = [
    'recruiting',
    'advertising',
    'customer_acquisition',
    'customer_meeting',
    'relationship',
    'image_distribution',
  ]
  const personRoles = [
    'aangever',
    'benadeelde',
    'betrokkene',
    'getuige',
    'melder',
    'slachtoffer',
    'verdachte',
    'tolk', // not a catalogue person role: never counted
  ]
  const factors = ['substance_use', 'care_involvement', 'out_of_home_placement']
  const persons = Array.from({ length: Math.ceil(n / 2) }, (_, i) => ({
    id: uuid(2, i),
    pseudonym: `P-${i}`,
    gender: rng.weighted([
      ['F', 8],
      ['M', 1],
      [null, 1],
    ] as const),
    birth_country: rng.weighted([
      ['Nederland', 8],
      ['Polen', 1],
      ['Suriname', 1],
      [null, 1],
    ] as const),
    birth_year: 2000,
    resident_nl: rng.weighted([
      [true, 8],
      [false, 1],
      [null, 1],
    ] as const),
  }))
  await db.insertInto('person').values(persons).execute()
  const regs = []
  const mentions = []
  const links = []
  const vulns = []
  for (let i = 0; i < n; i++) {
    const id = uuid(1, i)
    regs.push({
      id,
      source: rng.pick(['bvh', 'onderzoek']),
      source_ref: `R-${i}`,
      reg_date: `${rng.int(2016, 2021)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      police_unit: rng.pick(units),
      societal_class: 'F561',
      exploitation_form: rng.pick(['binnenlandse seksuele uitbuiting', 'overig', null]),
      scope: 'registratie',
      narrative: 'x',
      content_hash: 'h',
      import_batch_id: null,
      extracted_at: null,
    })
    const mCount = rng.int(0, 5)
    for (let j = 0; j < mCount; j++) {
      const kind = rng.weighted([
        ['named', 8],
        ['generic', 1],
        ['unclear', 1],
      ] as const)
      const p = rng.pick(catalogue.platforms.slice(0, 15))
      const outside = kind === 'named' && rng.chance(0.08)
      const byId = !outside && rng.chance(0.5)
      mentions.push({
        id: uuid(3, i * 10 + j),
        registration_id: id,
        platform_id: kind === 'named' && byId ? p.id : null,
        platform_name:
          kind !== 'named'
            ? null
            : outside
              ? rng.pick(['Nieuwchat', 'Anderapp '])
              : rng.chance(0.3)
                ? p.name.toUpperCase()
                : p.name,
        in_catalogue: !outside,
        kind,
        negated: rng.chance(0.1),
        span_start: 0,
        span_end: 1,
        surface: 'x',
        roles: rng.shuffle(roles).slice(0, rng.int(0, 3)),
        evidence: '[]',
        status: rng.pick(statuses),
        origin: rng.chance(0.15) ? 'manual' : 'extracted',
        confidence: 0.9,
        extractor_version: rng.pick(['x1', 'x2', null]),
        catalogue_version: rng.pick(['c1', null]),
        reviewer: null,
        reviewed_at: null,
      })
    }
    const linked = new Set<number>()
    for (let k = rng.int(0, 3); k > 0; k--) {
      const pi = rng.int(0, persons.length - 1)
      if (linked.has(pi)) continue
      linked.add(pi)
      links.push({
        registration_id: id,
        person_id: uuid(2, pi),
        roles: rng.shuffle(personRoles).slice(0, rng.int(0, 3)),
        age: rng.weighted([
          [rng.int(12, 17), 8],
          [rng.int(18, 40), 2],
          [null, 1],
        ] as const),
        origin: 'registered',
      })
    }
    for (const f of factors) {
      if (rng.chance(0.3)) {
        vulns.push({
          registration_id: id,
          factor: f,
          span_start: null,
          span_end: null,
          status: rng.pick(statuses),
          origin: rng.pick(['extracted', 'manual', 'registered']),
          extractor_version: null,
        })
      }
    }
  }
  await db.insertInto('registration').values(regs).execute()
  if (mentions.length > 0) await db.insertInto('mention').values(mentions).execute()
  if (links.length > 0) await db.insertInto('registration_person').values(links).execute()
  if (vulns.length > 0) await db.insertInto('vulnerability').values(vulns).execute()
  await sql`analyze`.execute(db)
}
