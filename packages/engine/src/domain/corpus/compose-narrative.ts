import type { RoleId } from '@platformscope/contract'
import type { CorpusPerson, TruthMention } from './corpus-record.ts'
import { NarrativeBuilder, slotFits, templateFits, type Cast, type MentionFill } from './narrative-builder.ts'
import {
  DUAL_TEMPLATES,
  FILLER_SENTENCES,
  GENERIC_SURFACES,
  NEGATED_TEMPLATES,
  NO_ROLE_TEMPLATES,
  PAIR_TEMPLATES,
  ROLE_TEMPLATES,
  UNCLEAR_TEMPLATES,
  VULNERABILITY_TEMPLATES,
  type PairTemplate,
  type Template,
} from './phrases.ts'
import { formsOf } from './platform-forms.ts'
import type { Rng } from './prng.ts'

/** Everything a narrative has to say; the composer decides how. */
export interface NarrativeSpec {
  /** YYYY-MM-DD */
  date: string
  /** the youngest minor first; may be absent in benchmark records about adults */
  primary: CorpusPerson
  secondary: CorpusPerson | null
  suspect: CorpusPerson | null
  /** platforms that count, with the union of their roles (each role given by at least one mention) */
  platforms: ReadonlyArray<{ name: string; roles: readonly RoleId[] }>
  /** platforms (in or outside the catalogue) named with a repeated, role-less mention */
  repeatWithoutRole: readonly string[]
  /** platforms named only to be denied */
  negated: readonly string[]
  /** platforms outside the catalogue, with roles (possibly none) */
  outside: ReadonlyArray<{ name: string; roles: readonly RoleId[] }>
  generic: number
  unclear: number
  vulnerabilities: readonly string[]
  fillers: number
}

const ROLE_ORDER: readonly RoleId[] = [
  'recruiting',
  'relationship',
  'advertising',
  'customer_acquisition',
  'customer_meeting',
  'image_distribution',
]

interface Item {
  order: number
  emit: (b: NarrativeBuilder) => void
}

/** Writes a narrative for the spec and returns it with the exact spans of every mention. */
export function composeNarrative(
  rng: Rng,
  spec: NarrativeSpec,
): { text: string; mentions: TruthMention[]; vulnerabilities: string[] } {
  const p = spec.primary
  const female = p.gender === 'F'
  const noun = roleNoun(mainRole(p.roles), female)
  const suspect = suspectRef(rng)
  const cast: Cast = {
    minorNoun: noun,
    minorGender: p.gender,
    suspect,
    date: dutchDate(spec.date),
    laterDate: dutchDate(addDays(spec.date, rng.int(2, 60))),
    earlierDate: dutchDate(addDays(spec.date, -rng.int(14, 200))),
  }
  const b = new NarrativeBuilder(rng, cast)
  const vulnerabilities = new Set(spec.vulnerabilities)

  b.sentence(opening(rng, p, noun, cast.date))
  const second = p.roles.find((r) => r !== mainRole(p.roles))
  if (second !== undefined) {
    const as = roleNoun(second, female).replace(/^het /, '')
    b.sentence(
      rng.pick([
        `{V} is in deze zaak tevens ${as}.`,
        `{V} is ook als ${as} geregistreerd.`,
        `In deze registratie is {v} daarnaast ${as}.`,
        `{V} geldt in deze zaak ook als ${as}.`,
      ]),
    )
  }
  if (spec.secondary) b.sentence(secondaryIntro(rng, spec.secondary))
  if (spec.suspect) b.sentence(suspectIntro(rng, spec.suspect))
  if (rng.chance(0.3)) b.paragraph()

  const items: Item[] = []
  const story = (role: RoleId | null): number =>
    role === null ? rng.next() * 6 : ROLE_ORDER.indexOf(role) + rng.next() * 0.9

  // sometimes two platforms share a sentence ("via Instagram en Snapchat", "eerst via P, daarna via Q")
  const remaining = new Map(spec.platforms.map((x) => [x.name, [...x.roles]]))
  if (spec.platforms.length >= 2 && rng.chance(0.45)) {
    const [a, c] = rng.shuffle(spec.platforms)
    const pair =
      a && c ? pickPair(rng, a.name, remaining.get(a.name) ?? [], c.name, remaining.get(c.name) ?? []) : null
    if (a && c && pair) {
      const ra = remaining.get(a.name) ?? []
      const rc = remaining.get(c.name) ?? []
      for (const r of pair.p) ra.splice(ra.indexOf(r), 1)
      for (const r of pair.q) rc.splice(rc.indexOf(r), 1)
      const pf: MentionFill = { kind: 'named', forms: formsOf(a.name), negated: false, roles: pair.p }
      const qf: MentionFill = { kind: 'named', forms: formsOf(c.name), negated: false, roles: pair.q }
      items.push({ order: story(pair.p[0] ?? null), emit: (x) => x.sentence(pair.t, pf, qf) })
    }
  }
  for (const platform of spec.platforms) {
    const forms = formsOf(platform.name)
    const base: MentionFill = { kind: 'named', forms, negated: false, roles: [] }
    for (const group of roleGroups(rng, remaining.get(platform.name) ?? [], base)) {
      const fill: MentionFill = { ...base, roles: group }
      const template = pickTemplate(rng, group, fill)
      if (template.vulnerability !== undefined) vulnerabilities.add(template.vulnerability)
      items.push({
        order: story(group[0] ?? null),
        emit: (x) => x.sentence(template.t, { ...fill, roles: template.roles }),
      })
    }
  }
  for (const name of spec.repeatWithoutRole) {
    const fill: MentionFill = { kind: 'named', forms: formsOf(name), negated: false, roles: [] }
    const template = rng.pick(NO_ROLE_TEMPLATES.filter((t) => templateFits(t, fill)))
    items.push({ order: 6 + rng.next(), emit: (x) => x.sentence(template.t, fill) })
  }
  for (const name of spec.negated) {
    const fill: MentionFill = { kind: 'named', forms: formsOf(name), negated: true, roles: [] }
    const template = rng.pick(NEGATED_TEMPLATES.filter((t) => templateFits(t, fill)))
    items.push({ order: rng.next() * 7, emit: (x) => x.sentence(template.t, fill) })
  }
  for (const o of spec.outside) {
    const forms = formsOf(o.name)
    if (o.roles.length === 0) {
      const fill: MentionFill = { kind: 'named', forms, negated: false, roles: [] }
      const template = rng.pick(NO_ROLE_TEMPLATES.filter((t) => templateFits(t, fill)))
      items.push({ order: rng.next() * 7, emit: (x) => x.sentence(template.t, fill) })
    } else {
      const role = rng.pick(o.roles)
      const fill: MentionFill = { kind: 'named', forms, negated: false, roles: [role] }
      const template = pickTemplate(rng, [role], fill)
      if (template.vulnerability !== undefined) vulnerabilities.add(template.vulnerability)
      items.push({
        order: story(role),
        emit: (x) => x.sentence(template.t, { ...fill, roles: template.roles }),
      })
    }
  }
  for (let i = 0; i < spec.generic; i++) {
    const role = rng.pick(ROLE_ORDER)
    const fill: MentionFill = { kind: 'generic', surface: rng.pick(GENERIC_SURFACES), roles: [role] }
    const template = pickTemplate(rng, [role], fill)
    if (template.vulnerability !== undefined) vulnerabilities.add(template.vulnerability)
    items.push({
      order: story(role),
      emit: (x) => x.sentence(template.t, { ...fill, roles: template.roles }),
    })
  }
  for (let i = 0; i < spec.unclear; i++) {
    const template = rng.pick(UNCLEAR_TEMPLATES)
    const fill: MentionFill = { kind: 'unclear', roles: template.roles }
    items.push({ order: story(template.roles[0] ?? null), emit: (x) => x.sentence(template.t, fill) })
  }
  for (const v of spec.vulnerabilities) {
    const options = VULNERABILITY_TEMPLATES[v]
    if (options === undefined) throw new Error(`no sentence for vulnerability ${v}`)
    const t = rng.pick(options)
    items.push({ order: rng.next() * 7, emit: (x) => x.sentence(t) })
  }
  const fillers = rng.shuffle(FILLER_SENTENCES).slice(0, spec.fillers)
  // very long narratives repeat the kind of content a long statement has
  while (fillers.length < spec.fillers) fillers.push(rng.pick(FILLER_SENTENCES))
  for (const t of fillers) {
    items.push({ order: rng.next() * 8, emit: (x) => x.sentence(t) })
  }

  items.sort((a, c) => a.order - c.order)
  items.forEach((item, i) => {
    if (i > 0 && rng.chance(0.08)) b.paragraph()
    item.emit(b)
  })
  const { text, mentions } = b.build()
  return { text, mentions, vulnerabilities: [...vulnerabilities].sort() }
}

function pickPair(
  rng: Rng,
  p: string,
  pRoles: readonly RoleId[],
  q: string,
  qRoles: readonly RoleId[],
): PairTemplate | null {
  const pForms = formsOf(p)
  const qForms = formsOf(q)
  const fitting = PAIR_TEMPLATES.filter(
    (t) =>
      t.p.every((r) => pRoles.includes(r)) &&
      t.q.every((r) => qRoles.includes(r)) &&
      slotFits(t.t, 'P', pForms) &&
      slotFits(t.t, 'Q', qForms),
  )
  return fitting.length === 0 ? null : rng.pick(fitting)
}

/** Splits a platform's roles over mentions: sometimes one sentence gives two roles. */
function roleGroups(rng: Rng, roles: readonly RoleId[], fill: MentionFill): RoleId[][] {
  const rest = [...roles]
  const groups: RoleId[][] = []
  if (rest.length >= 2 && rng.chance(0.4)) {
    const dual = rng
      .shuffle(DUAL_TEMPLATES)
      .find((t) => t.roles.every((r) => rest.includes(r)) && templateFits(t, fill))
    if (dual) {
      groups.push([...dual.roles])
      for (const r of dual.roles) rest.splice(rest.indexOf(r), 1)
    }
  }
  for (const r of rest) groups.push([r])
  return groups
}

function pickTemplate(rng: Rng, roles: readonly RoleId[], fill: MentionFill): Template {
  const candidates =
    roles.length === 1
      ? (ROLE_TEMPLATES[roles[0] ?? 'relationship'] ?? [])
      : DUAL_TEMPLATES.filter(
          (t) => t.roles.length === roles.length && t.roles.every((r) => roles.includes(r)),
        )
  const fitting = candidates.filter((t) => templateFits(t, fill))
  // WhatsApp verbs are how many registrations say it; give them a fair share
  const verbs = fitting.filter((t) => t.whatsapp === true)
  if (verbs.length > 0 && rng.chance(0.25)) return rng.pick(verbs)
  // so are compounds ("WhatsApp-groep", "Snapchataccount")
  const compounds = fitting.filter((t) => t.t.includes('{P|'))
  if (compounds.length > 0 && rng.chance(0.2)) return rng.pick(compounds)
  const plain = fitting.filter((t) => t.whatsapp !== true)
  if (plain.length === 0) throw new Error(`no template for roles ${roles.join(',')}`)
  return rng.pick(plain)
}

const MAIN_ROLE_PREFERENCE = [
  'aangever',
  'slachtoffer',
  'melder',
  'betrokkene',
  'benadeelde',
  'getuige',
  'verdachte',
]

function mainRole(roles: readonly string[]): string {
  return MAIN_ROLE_PREFERENCE.find((r) => roles.includes(r)) ?? 'betrokkene'
}

/** How a police narrative names a person by role: "aangeefster", "het slachtoffer", "betrokkene". */
export function roleNoun(role: string, female: boolean): string {
  switch (role) {
    case 'aangever':
      return female ? 'aangeefster' : 'aangever'
    case 'slachtoffer':
      return 'het slachtoffer'
    default:
      return role
  }
}

function opening(rng: Rng, p: CorpusPerson, noun: string, date: string): string {
  const female = p.gender === 'F'
  const a = p.age
  const child = female ? 'meisje' : 'jongen'
  const aged = female ? `${a}-jarig meisje` : `${a}-jarige jongen`
  const bare = noun.replace(/^het /, '')
  const article = noun.startsWith('het ') ? 'het' : 'de'
  const options = [
    `{V}, ${a} jaar oud, verklaarde op ${date} het volgende.`,
    `${capital(article)} ${a}-jarige ${bare} werd op ${date} gehoord.`,
    `{V} (${a}) kwam op ${date} in beeld na een melding van school.`,
    `Op ${date} werd een ${aged} gehoord als ${bare}; hierna ${noun === 'het slachtoffer' ? 'het slachtoffer' : bare} genoemd.`,
    `Registratie naar aanleiding van een gesprek op ${date} met {v}, een ${child} van ${a} jaar.`,
    `Op ${date} meldde {v} (${a}) zich aan de balie van het politiebureau.`,
  ]
  if (bare === 'aangeefster' || bare === 'aangever') {
    options.push(
      `Op ${date} deed ${bare} (${a}) aangifte van mensenhandel.`,
      `{V} is ${a} jaar en deed op ${date} aangifte.`,
    )
  }
  if (bare === 'slachtoffer')
    options.push(`De melding van ${date} betreft een ${aged} dat slachtoffer zou zijn van uitbuiting.`)
  return rng.pick(options).replace(/(\d+-jarige jongen) dat/, '$1 die')
}

function secondaryIntro(rng: Rng, s: CorpusPerson): string {
  const female = s.gender === 'F'
  const friend = female ? 'vriendin' : 'vriend'
  const classmate = female ? 'klasgenote' : 'klasgenoot'
  const a = s.age
  const role = s.roles[0] ?? 'betrokkene'
  if (role === 'getuige') {
    return rng.pick([
      `Een ${friend} van {v}, ${a} jaar oud, werd als getuige gehoord.`,
      `Getuige (${a}), een ${classmate} van {v}, bevestigde dit.`,
    ])
  }
  if (role === 'melder') {
    return rng.pick([
      `De melding werd gedaan door een ${a}-jarige ${friend} van {v}.`,
      `Melder (${a}) is een ${classmate} van {v}.`,
    ])
  }
  return rng.pick([
    `Ook een ${female ? `${a}-jarig meisje` : `${a}-jarige jongen`} werd als ${role} geregistreerd.`,
    `Een tweede minderjarige, ${a} jaar, is als ${role} aangemerkt.`,
  ])
}

function suspectIntro(rng: Rng, s: CorpusPerson): string {
  const man = s.gender === 'M' ? 'man' : 'vrouw'
  return rng.pick([
    `Als verdachte is een ${s.age}-jarige ${man} aangemerkt.`,
    `{Verd} (${s.age}) is eerder met de politie in aanraking geweest.`,
    `{Verd} is ${s.age} jaar oud en woont in de regio.`,
  ])
}

function suspectRef(rng: Rng): string {
  const letter = rng.pick([...'BDFHJKLMNRSTVWZ'])
  return rng.weighted([
    ['verdachte', 6],
    ['de verdachte', 2],
    [`verdachte ${letter}.`, 3],
  ] as const)
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`
}

export function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000)
  return d.toISOString().slice(0, 10)
}
