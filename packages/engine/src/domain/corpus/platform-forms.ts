import type { Rng } from './prng.ts'

/**
 * How narratives write a platform: the spellings an analyst meets in registrations (canonical, lower case,
 * aliases, common misspellings), the forms that need context ("via snap"), URLs and whether the name makes
 * Dutch compounds ("Snapchataccount", "WhatsApp-groep"). Written from how police texts read, not from the
 * extraction lexicons.
 */
export interface PlatformForms {
  /** catalogue canonical name, or the proper name of a platform outside the catalogue */
  name: string
  inCatalogue: boolean
  /** spellings usable anywhere, with weights */
  forms: ReadonlyArray<readonly [string, number]>
  /** spellings that only read as the platform after "via", "op" or "per" */
  contextForms?: readonly string[]
  /** URL-like forms; `rng` fills in paths and handles */
  url?: (rng: Rng) => string
  /** the name makes Dutch compounds ("Snapchataccount") */
  compound?: boolean
}

const HANDLE_WORDS = [
  'panda',
  'kiwi',
  'mango',
  'storm',
  'wolk',
  'ster',
  'vlinder',
  'zonnetje',
  'tijger',
  'regenboog',
]
const SUSPECT_HANDLE_WORDS = [
  'boss',
  'money',
  'cashflow',
  'lifestyle',
  'kingz',
  'hustle',
  'goldchain',
  'bigdreams',
]

export function handle(rng: Rng, suspect: boolean): string {
  const word = rng.pick(suspect ? SUSPECT_HANDLE_WORDS : HANDLE_WORDS)
  const sep = rng.pick(['', '_', '.', '__'])
  return `${word}${sep}${rng.pick(['x', 'xo', 'official', 'nl', 'real', ''])}${rng.int(10, 99)}`
}

const adPath = (rng: Rng): string => `${rng.pick(['advertentie', 'ad', 'profiel'])}/${rng.int(10000, 999999)}`

export const CATALOGUE_FORMS: readonly PlatformForms[] = [
  {
    name: 'WhatsApp',
    inCatalogue: true,
    forms: [
      ['WhatsApp', 10],
      ['Whatsapp', 5],
      ['whatsapp', 3],
      ['Whatsap', 2],
      ['WhatsApp Messenger', 1],
      ['Whats App', 1],
      ['whats app', 1],
    ],
    compound: true,
  },
  {
    name: 'Snapchat',
    inCatalogue: true,
    forms: [
      ['Snapchat', 10],
      ['snapchat', 3],
      ['SnapChat', 2],
      ['Snapcaht', 2],
      ['Snap Chat', 1],
    ],
    contextForms: ['snap', 'Snap'],
    url: (rng) => `snapchat.com/add/${handle(rng, rng.chance(0.5))}`,
    compound: true,
  },
  {
    name: 'Instagram',
    inCatalogue: true,
    forms: [
      ['Instagram', 10],
      ['instagram', 3],
      ['Insta', 2],
      ['insta', 1],
      ['Instagramm', 2],
    ],
    contextForms: ['IG', 'ig'],
    url: (rng) => `${rng.pick(['', 'www.', 'https://www.'])}instagram.com/${handle(rng, rng.chance(0.5))}`,
    compound: true,
  },
  {
    name: 'Sexjobs.nl',
    inCatalogue: true,
    forms: [
      ['Sexjobs.nl', 6],
      ['sexjobs.nl', 2],
      ['Sexjobs', 3],
      ['sexjob.nl', 2],
      ['Sexjob', 1],
    ],
    url: (rng) => `${rng.pick(['www.', 'https://www.', 'http://'])}sexjobs.nl/${adPath(rng)}`,
  },
  {
    name: 'Facebook',
    inCatalogue: true,
    forms: [
      ['Facebook', 10],
      ['facebook', 2],
      ['Facebook Messenger', 2],
      ['FB Messenger', 1],
      ['Facebok', 1],
    ],
    contextForms: ['FB', 'fb'],
    url: (rng) => `${rng.pick(['www.', 'https://www.', 'm.'])}facebook.com/${handle(rng, rng.chance(0.5))}`,
    compound: true,
  },
  {
    name: 'Telegram',
    inCatalogue: true,
    forms: [
      ['Telegram Messenger', 1],
      ['Telegramm', 1],
    ],
    contextForms: ['Telegram', 'Telegram', 'Telegram', 'telegram'],
    url: (rng) => `${rng.pick(['', 'https://'])}t.me/${handle(rng, true)}`,
    compound: true,
  },
  {
    name: 'Kinky.nl',
    inCatalogue: true,
    forms: [
      ['Kinky.nl', 6],
      ['kinky.nl', 3],
    ],
    contextForms: ['Kinky'],
    url: (rng) => `${rng.pick(['www.', 'https://www.'])}kinky.nl/${adPath(rng)}`,
  },
  {
    name: 'Speurders.nl',
    inCatalogue: true,
    forms: [
      ['Speurders.nl', 6],
      ['speurders.nl', 3],
      ['Speurder.nl', 1],
    ],
    contextForms: ['Speurders'],
    url: (rng) => `${rng.pick(['www.', 'https://www.'])}speurders.nl/${adPath(rng)}`,
  },
  {
    name: 'Badoo',
    inCatalogue: true,
    forms: [
      ['Badoo', 8],
      ['badoo', 2],
      ['Baddoo', 1],
    ],
    compound: true,
  },
  {
    name: 'Kik Messenger',
    inCatalogue: true,
    forms: [
      ['Kik Messenger', 4],
      ['kik messenger', 1],
      ['KikMessenger', 1],
      ['Kik-messenger', 1],
    ],
    contextForms: ['Kik', 'Kik', 'kik'],
  },
  { name: 'Tinder', inCatalogue: true, forms: [], contextForms: ['Tinder', 'Tinder', 'tinder'] },
  {
    name: 'SDC.com',
    inCatalogue: true,
    forms: [
      ['SDC.com', 3],
      ['SDC', 2],
      ['sdc.com', 1],
    ],
  },
  {
    name: 'Eromarkt.nl',
    inCatalogue: true,
    forms: [
      ['Eromarkt.nl', 3],
      ['Eromarkt', 2],
      ['eromarkt.nl', 1],
    ],
  },
  {
    name: 'Sexmarkt.nl',
    inCatalogue: true,
    forms: [
      ['Sexmarkt.nl', 3],
      ['Seksmarkt.nl', 1],
      ['sexmarkt', 1],
    ],
  },
  {
    name: 'Chatgirl.nl',
    inCatalogue: true,
    forms: [
      ['Chatgirl.nl', 3],
      ['Chatgirl', 2],
    ],
  },
  {
    name: 'HotorNot',
    inCatalogue: true,
    forms: [
      ['HotorNot', 2],
      ['Hot or Not', 2],
      ['hotornot', 1],
    ],
  },
  {
    name: 'Grinder',
    inCatalogue: true,
    forms: [
      ['Grindr', 3],
      ['Grinder', 2],
    ],
  },
  {
    name: 'Sms',
    inCatalogue: true,
    forms: [
      ['sms-berichten', 2],
      ["sms'jes", 1],
      ['smsjes', 1],
    ],
    contextForms: ['sms', 'sms', 'SMS'],
  },
  {
    name: 'Skype',
    inCatalogue: true,
    forms: [
      ['Skype', 4],
      ['skype', 1],
    ],
    compound: true,
  },
  {
    name: 'Suikerarrangement.nl',
    inCatalogue: true,
    forms: [
      ['Suikerarrangement.nl', 3],
      ['Suikerarrangement', 1],
    ],
  },
  { name: 'Seeking.com', inCatalogue: true, forms: [['Seeking.com', 3]], contextForms: ['Seeking'] },
  {
    name: 'Sudy',
    inCatalogue: true,
    forms: [
      ['Sudy', 3],
      ['Sudy app', 1],
    ],
  },
  { name: 'Luxy', inCatalogue: true, forms: [['Luxy', 3]] },
  {
    name: 'Richmeetbeautiful.nl',
    inCatalogue: true,
    forms: [
      ['Richmeetbeautiful.nl', 2],
      ['RichMeetBeautiful', 1],
      ['Rich Meet Beautiful', 1],
    ],
  },
  {
    name: 'Sugardaters.nl',
    inCatalogue: true,
    forms: [
      ['Sugardaters.nl', 2],
      ['Sugardaters', 1],
    ],
  },
  { name: 'Tagged', inCatalogue: true, forms: [['Tagged.com', 2]], contextForms: ['Tagged'] },
  {
    name: 'Girls4u.nl',
    inCatalogue: true,
    forms: [
      ['Girls4u.nl', 2],
      ['Girls4u', 1],
    ],
  },
  {
    name: 'Seekingarrangement.nl',
    inCatalogue: true,
    forms: [
      ['Seekingarrangement.nl', 2],
      ['SeekingArrangement', 1],
      ['Seeking Arrangement', 1],
    ],
  },
  {
    name: 'Imessage',
    inCatalogue: true,
    forms: [
      ['iMessage', 3],
      ['Imessage', 1],
      ['imessage', 1],
    ],
  },
  { name: 'Jaumo', inCatalogue: true, forms: [['Jaumo', 1]] },
  {
    name: 'Bullchat',
    inCatalogue: true,
    forms: [
      ['Bullchat', 2],
      ['BullChat', 1],
    ],
  },
  {
    name: 'Redlights.nl',
    inCatalogue: true,
    forms: [
      ['Redlights.nl', 2],
      ['Redlights', 1],
    ],
  },
  {
    name: 'Binkdate',
    inCatalogue: true,
    forms: [
      ['Binkdate', 2],
      ['BinkDate', 1],
    ],
  },
  {
    name: 'Fetlife.com',
    inCatalogue: true,
    forms: [
      ['Fetlife', 2],
      ['FetLife', 1],
      ['Fetlife.com', 1],
    ],
  },
  {
    name: 'My Model',
    inCatalogue: true,
    forms: [
      ['MyModel', 2],
      ['My-Model', 1],
    ],
    contextForms: ['My Model'],
  },
  {
    name: 'Marktplaats',
    inCatalogue: true,
    forms: [
      ['Marktplaats', 4],
      ['Marktplaats.nl', 1],
      ['marktplaats', 1],
    ],
  },
  { name: 'Chatgum', inCatalogue: true, forms: [['Chatgum', 1]] },
  {
    name: 'Youtube',
    inCatalogue: true,
    forms: [
      ['YouTube', 3],
      ['Youtube', 1],
    ],
  },
  {
    name: 'E-mail',
    inCatalogue: true,
    forms: [
      ['e-mail', 4],
      ['email', 1],
      ['e-mails', 1],
    ],
    contextForms: ['mail'],
  },
]

/** Platforms an analyst meets that the report's catalogue does not hold; they must never be counted. */
export const OUTSIDE_CATALOGUE_FORMS: readonly PlatformForms[] = [
  {
    name: 'TikTok',
    inCatalogue: false,
    forms: [
      ['TikTok', 4],
      ['Tiktok', 2],
      ['tiktok', 1],
    ],
    compound: true,
  },
  {
    name: 'Discord',
    inCatalogue: false,
    forms: [
      ['Discord', 3],
      ['discord', 1],
    ],
    compound: true,
  },
  { name: 'Hyves', inCatalogue: false, forms: [['Hyves', 1]], compound: true },
  {
    name: 'OnlyFans',
    inCatalogue: false,
    forms: [
      ['OnlyFans', 3],
      ['Onlyfans', 1],
    ],
  },
  { name: 'Twitter', inCatalogue: false, forms: [['Twitter', 3]] },
  { name: 'Omegle', inCatalogue: false, forms: [['Omegle', 1]] },
  { name: 'Viber', inCatalogue: false, forms: [['Viber', 1]] },
  {
    name: 'Wickr',
    inCatalogue: false,
    forms: [
      ['Wickr', 1],
      ['Wickr Me', 1],
    ],
  },
  { name: 'Roblox', inCatalogue: false, forms: [['Roblox', 1]] },
  { name: 'Tumblr', inCatalogue: false, forms: [['Tumblr', 1]] },
  {
    name: 'BeReal',
    inCatalogue: false,
    forms: [
      ['BeReal', 2],
      ['Bereal', 1],
    ],
  },
  { name: 'Yubo', inCatalogue: false, forms: [['Yubo', 1]] },
]

const BY_NAME = new Map([...CATALOGUE_FORMS, ...OUTSIDE_CATALOGUE_FORMS].map((f) => [f.name, f]))

export function formsOf(name: string): PlatformForms {
  const f = BY_NAME.get(name)
  if (f === undefined) throw new Error(`no surface forms for platform ${name}`)
  return f
}

export interface SlotContext {
  /** the slot follows "via", "op", "per" or a noun like "de app" */
  hasContext: boolean
  /** the slot is the first half of a compound ("…account") */
  compound: boolean
}

/** Picks a spelling for a slot; compounds take single-word names only, URLs need context. */
export function pickSurface(rng: Rng, forms: PlatformForms, slot: SlotContext): string {
  if (slot.compound) {
    const words = forms.forms.filter(([f]) => /^[\p{L}]+$/u.test(f))
    const ctx = (forms.contextForms ?? []).filter((f) => /^[\p{L}]+$/u.test(f) && f.length > 4)
    const options: Array<readonly [string, number]> = [...words, ...ctx.map((f) => [f, 3] as const)]
    if (options.length > 0) return rng.weighted(options)
    return forms.name
  }
  if (slot.hasContext) {
    if (forms.url !== undefined && rng.chance(0.08)) return forms.url(rng)
    const ctx = forms.contextForms ?? []
    if (ctx.length > 0 && (forms.forms.length === 0 || rng.chance(0.2))) return rng.pick(ctx)
  }
  if (forms.forms.length === 0) return forms.name
  return rng.weighted(forms.forms)
}

/** Whether the platform can fill a slot (context-only names need context; compounds need a compounding name). */
export function fitsSlot(forms: PlatformForms, slot: SlotContext): boolean {
  if (slot.compound) return forms.compound === true
  if (!slot.hasContext) return forms.forms.length > 0
  return true
}
