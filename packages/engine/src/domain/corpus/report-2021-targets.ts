import type { CategoryId, RoleId } from '@platformscope/contract'

/**
 * What the calibrated corpus is built to reproduce: the published counts of the 2021 EMM report
 * ("De rol van online platformen bij binnenlandse seksuele uitbuiting van minderjarigen"), as the
 * generator's specification. The picture never reads this; tests compare the generated ground truth
 * against ../shared/source-report/figures.json independently (test/support/report-figures.ts).
 * Table 2 is given per platform and unit; its Rotterdam subtotal erratum does not arise because the
 * generator places mentions per cell and the subtotal is never an input.
 */
export interface CalibrationTargets {
  years: readonly number[]
  /** appendix 1: registrations naming each platform, per year */
  platforms: ReadonlyArray<{ name: string; category: CategoryId; counts: Readonly<Record<number, number>> }>
  units: readonly string[]
  /** table 2: per top-10 platform, registrations per regional unit naming it */
  unitCells: Readonly<Record<string, Readonly<Record<string, number>>>>
  /** table 2: the other 29 platforms together, per regional unit */
  otherPlatformsPerUnit: Readonly<Record<string, number>>
  /** table 3: the role set of each top-10 platform */
  roleRows: Readonly<Record<string, readonly RoleId[]>>
  registrations: number
  genericMentions: number
  unclearMentions: number
  persons: {
    minors: number
    multiRole: number
    victimRegistrationsPercent: number
    male: number
    /** registrations per age of their youngest minor: exact counts chosen so round(100*n/210) gives the shares */
    youngestAgeCounts: Readonly<Record<number, number>>
    bornAbroad: number
    birthCountriesAbroad: readonly string[]
  }
}

export const REPORT_2021_TARGETS: CalibrationTargets = {
  years: [2017, 2018, 2019, 2020],
  platforms: [
    { name: 'Sudy', category: 'dating', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Luxy', category: 'dating', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Richmeetbeautiful.nl', category: 'dating', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Sugardaters.nl', category: 'dating', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Tagged', category: 'social_network', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Girls4u.nl', category: 'sex_advertising', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Seekingarrangement.nl', category: 'dating', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Imessage', category: 'instant_messaging', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Jaumo', category: 'dating', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'SDC.com', category: 'dating', counts: { 2017: 3, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Eromarkt.nl', category: 'sex_advertising', counts: { 2017: 3, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Bullchat', category: 'instant_messaging', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'HotorNot', category: 'dating', counts: { 2017: 2, 2018: 0, 2019: 0, 2020: 0 } },
    { name: 'Sexmarkt.nl', category: 'sex_advertising', counts: { 2017: 2, 2018: 1, 2019: 1, 2020: 0 } },
    { name: 'Speurders.nl', category: 'sex_advertising', counts: { 2017: 2, 2018: 3, 2019: 2, 2020: 4 } },
    { name: 'Snapchat', category: 'instant_messaging', counts: { 2017: 5, 2018: 6, 2019: 15, 2020: 21 } },
    { name: 'Kik Messenger', category: 'instant_messaging', counts: { 2017: 2, 2018: 2, 2019: 4, 2020: 2 } },
    { name: 'Kinky.nl', category: 'sex_advertising', counts: { 2017: 2, 2018: 1, 2019: 5, 2020: 3 } },
    { name: 'Facebook', category: 'social_network', counts: { 2017: 8, 2018: 7, 2019: 3, 2020: 3 } },
    { name: 'WhatsApp', category: 'instant_messaging', counts: { 2017: 13, 2018: 19, 2019: 21, 2020: 18 } },
    { name: 'Sexjobs.nl', category: 'sex_advertising', counts: { 2017: 9, 2018: 8, 2019: 4, 2020: 6 } },
    { name: 'Instagram', category: 'instant_messaging', counts: { 2017: 12, 2018: 12, 2019: 5, 2020: 7 } },
    { name: 'Tinder', category: 'dating', counts: { 2017: 1, 2018: 1, 2019: 1, 2020: 0 } },
    { name: 'Badoo', category: 'social_network', counts: { 2017: 4, 2018: 1, 2019: 6, 2020: 0 } },
    { name: 'Chatgirl.nl', category: 'instant_messaging', counts: { 2017: 3, 2018: 0, 2019: 0, 2020: 1 } },
    { name: 'Sms', category: 'instant_messaging', counts: { 2017: 1, 2018: 0, 2019: 0, 2020: 1 } },
    { name: 'Telegram', category: 'instant_messaging', counts: { 2017: 0, 2018: 1, 2019: 6, 2020: 6 } },
    { name: 'Redlights.nl', category: 'sex_advertising', counts: { 2017: 0, 2018: 1, 2019: 0, 2020: 0 } },
    { name: 'Binkdate', category: 'dating', counts: { 2017: 0, 2018: 1, 2019: 0, 2020: 0 } },
    { name: 'Fetlife.com', category: 'social_network', counts: { 2017: 0, 2018: 1, 2019: 0, 2020: 0 } },
    { name: 'My Model', category: 'social_network', counts: { 2017: 0, 2018: 1, 2019: 0, 2020: 0 } },
    { name: 'Suikerarrangement.nl', category: 'dating', counts: { 2017: 0, 2018: 1, 2019: 0, 2020: 1 } },
    { name: 'Seeking.com', category: 'dating', counts: { 2017: 0, 2018: 1, 2019: 0, 2020: 1 } },
    { name: 'Marktplaats', category: 'sex_advertising', counts: { 2017: 0, 2018: 1, 2019: 0, 2020: 0 } },
    { name: 'Skype', category: 'instant_messaging', counts: { 2017: 0, 2018: 0, 2019: 2, 2020: 0 } },
    { name: 'Chatgum', category: 'instant_messaging', counts: { 2017: 0, 2018: 0, 2019: 1, 2020: 0 } },
    { name: 'Youtube', category: 'instant_messaging', counts: { 2017: 0, 2018: 0, 2019: 1, 2020: 0 } },
    { name: 'Grinder', category: 'dating', counts: { 2017: 0, 2018: 0, 2019: 0, 2020: 3 } },
    { name: 'E-mail', category: 'instant_messaging', counts: { 2017: 0, 2018: 0, 2019: 0, 2020: 1 } },
  ],
  units: [
    'Rotterdam',
    'Oost-Nederland',
    'Den Haag',
    'Zeeland-West-Brabant',
    'Noord-Nederland',
    'Amsterdam',
    'Limburg',
    'Midden-Nederland',
    'Oost-Brabant',
    'Noord-Holland',
  ],
  unitCells: {
    Badoo: {
      Rotterdam: 1,
      'Oost-Nederland': 0,
      'Den Haag': 3,
      'Zeeland-West-Brabant': 0,
      'Noord-Nederland': 0,
      Amsterdam: 0,
      Limburg: 1,
      'Midden-Nederland': 0,
      'Oost-Brabant': 0,
      'Noord-Holland': 1,
    },
    Facebook: {
      Rotterdam: 2,
      'Oost-Nederland': 4,
      'Den Haag': 0,
      'Zeeland-West-Brabant': 3,
      'Noord-Nederland': 1,
      Amsterdam: 1,
      Limburg: 1,
      'Midden-Nederland': 2,
      'Oost-Brabant': 1,
      'Noord-Holland': 1,
    },
    Instagram: {
      Rotterdam: 2,
      'Oost-Nederland': 3,
      'Den Haag': 2,
      'Zeeland-West-Brabant': 3,
      'Noord-Nederland': 1,
      Amsterdam: 2,
      Limburg: 0,
      'Midden-Nederland': 1,
      'Oost-Brabant': 0,
      'Noord-Holland': 1,
    },
    'Kik Messenger': {
      Rotterdam: 3,
      'Oost-Nederland': 1,
      'Den Haag': 2,
      'Zeeland-West-Brabant': 0,
      'Noord-Nederland': 1,
      Amsterdam: 0,
      Limburg: 0,
      'Midden-Nederland': 0,
      'Oost-Brabant': 0,
      'Noord-Holland': 0,
    },
    'Kinky.nl': {
      Rotterdam: 2,
      'Oost-Nederland': 1,
      'Den Haag': 1,
      'Zeeland-West-Brabant': 1,
      'Noord-Nederland': 1,
      Amsterdam: 1,
      Limburg: 0,
      'Midden-Nederland': 0,
      'Oost-Brabant': 0,
      'Noord-Holland': 0,
    },
    'Sexjobs.nl': {
      Rotterdam: 1,
      'Oost-Nederland': 2,
      'Den Haag': 2,
      'Zeeland-West-Brabant': 0,
      'Noord-Nederland': 2,
      Amsterdam: 1,
      Limburg: 1,
      'Midden-Nederland': 1,
      'Oost-Brabant': 1,
      'Noord-Holland': 0,
    },
    Snapchat: {
      Rotterdam: 2,
      'Oost-Nederland': 3,
      'Den Haag': 3,
      'Zeeland-West-Brabant': 3,
      'Noord-Nederland': 2,
      Amsterdam: 2,
      Limburg: 2,
      'Midden-Nederland': 2,
      'Oost-Brabant': 1,
      'Noord-Holland': 1,
    },
    'Speurders.nl': {
      Rotterdam: 0,
      'Oost-Nederland': 1,
      'Den Haag': 0,
      'Zeeland-West-Brabant': 0,
      'Noord-Nederland': 2,
      Amsterdam: 1,
      Limburg: 0,
      'Midden-Nederland': 0,
      'Oost-Brabant': 0,
      'Noord-Holland': 0,
    },
    Telegram: {
      Rotterdam: 0,
      'Oost-Nederland': 0,
      'Den Haag': 3,
      'Zeeland-West-Brabant': 3,
      'Noord-Nederland': 0,
      Amsterdam: 0,
      Limburg: 0,
      'Midden-Nederland': 1,
      'Oost-Brabant': 0,
      'Noord-Holland': 0,
    },
    WhatsApp: {
      Rotterdam: 6,
      'Oost-Nederland': 8,
      'Den Haag': 3,
      'Zeeland-West-Brabant': 4,
      'Noord-Nederland': 5,
      Amsterdam: 2,
      Limburg: 4,
      'Midden-Nederland': 1,
      'Oost-Brabant': 2,
      'Noord-Holland': 0,
    },
  },
  otherPlatformsPerUnit: {
    Rotterdam: 15,
    'Oost-Nederland': 4,
    'Den Haag': 6,
    'Zeeland-West-Brabant': 1,
    'Noord-Nederland': 3,
    Amsterdam: 2,
    Limburg: 0,
    'Midden-Nederland': 2,
    'Oost-Brabant': 1,
    'Noord-Holland': 0,
  },
  roleRows: {
    WhatsApp: [
      'recruiting',
      'customer_acquisition',
      'customer_meeting',
      'relationship',
      'image_distribution',
    ],
    Snapchat: [
      'recruiting',
      'advertising',
      'customer_acquisition',
      'customer_meeting',
      'relationship',
      'image_distribution',
    ],
    Instagram: ['recruiting', 'advertising', 'customer_meeting', 'relationship', 'image_distribution'],
    Telegram: ['advertising', 'customer_acquisition', 'customer_meeting', 'image_distribution'],
    'Kik Messenger': ['advertising', 'customer_meeting', 'relationship', 'image_distribution'],
    'Sexjobs.nl': ['advertising', 'customer_acquisition'],
    'Kinky.nl': ['advertising', 'customer_acquisition'],
    'Speurders.nl': ['advertising', 'customer_acquisition'],
    Facebook: ['customer_meeting', 'relationship', 'image_distribution'],
    Badoo: ['advertising', 'customer_acquisition', 'customer_meeting', 'relationship'],
  },
  registrations: 210,
  genericMentions: 35,
  unclearMentions: 6,
  persons: {
    minors: 163,
    multiRole: 47,
    victimRegistrationsPercent: 56,
    male: 9,
    // 12: 2%, 13: 4%, 17: 40%, 16–17: 67% of 210; 14 and 15 share the rest
    youngestAgeCounts: { 12: 4, 13: 8, 14: 22, 15: 35, 16: 57, 17: 84 },
    bornAbroad: 16,
    birthCountriesAbroad: [
      'Duitsland',
      'België',
      'Noorwegen',
      'Polen',
      'Oostenrijk',
      'Irak',
      'Bosnië-Herzegovina',
      'Suriname',
      'Ghana',
      'Colombia',
      'China',
    ],
  },
}
