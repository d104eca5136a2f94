/** Dutch number words and age arithmetic for the person rules. Input words are already normalised (lower case, no diacritics). */

const UNITS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
}
const TEENS: Record<string, number> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  achttien: 18, negentien: 19,
}
const TENS: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
}

/** Every Dutch number word from 1 to 99, diaeresis folded ("tweeentwintig"). */
export const NUMBER_WORDS = new Map<string, number>()
for (const [w, v] of Object.entries({ ...UNITS, ...TEENS, ...TENS })) NUMBER_WORDS.set(w, v)
for (const [u, uv] of Object.entries(UNITS)) for (const [t, tv] of Object.entries(TENS)) NUMBER_WORDS.set(`${u}en${t}`, uv + tv)

/** "zestien" → 16, "tweeentwintig" → 22 (diaeresis already folded), "16" → 16; 1–99 only, else null. */
export function parseDutchNumber(word: string): number | null {
  const c0 = word.charCodeAt(0)
  if (c0 >= 48 && c0 <= 57) {
    if (word.length === 1) return c0 === 48 ? null : c0 - 48
    const c1 = word.charCodeAt(1)
    if (word.length === 2 && c1 >= 48 && c1 <= 57) return c0 === 48 ? null : (c0 - 48) * 10 + (c1 - 48)
    return null
  }
  return NUMBER_WORDS.get(word.includes('-') ? word.replace(/-/g, '') : word) ?? null
}

/**
 * "16-jarige", "16jarige", "zestienjarige", "zestien-jarig" → 16. Only the adjective forms (-jarig, -jarige);
 * "-jarigen" (plural noun) also yields the number.
 */
export function parseJarig(word: string): number | null {
  if (!word.includes('jarig')) return null
  const m = /^(.+?)-?jarig(e|en)?$/.exec(word)
  if (!m?.[1]) return null
  return parseDutchNumber(m[1])
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
}

export function monthNumber(word: string): number | null {
  return MONTHS[word] ?? null
}

export interface BirthDate {
  year: number
  month: number | null
  day: number | null
}

/** "12-03-2003", "12/3/2003", "2003-03-12" as one token → a birth date; else null. */
export function parseNumericDate(token: string): BirthDate | null {
  let m = /^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})$/.exec(token)
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/.exec(token)
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]))
  return null
}

export function validDate(year: number, month: number | null, day: number | null): BirthDate | null {
  if (year < 1900 || year > 2100) return null
  if (month !== null && (month < 1 || month > 12)) return null
  if (day !== null && (day < 1 || day > 31)) return null
  return { year, month, day }
}

/**
 * Age on `date` (YYYY-MM-DD). With a birth year only, the birthday is unknown: officers and annotators then take
 * registration year minus birth year whatever the month (GUIDELINES "Persons" conventions; every annotator does so).
 */
export function ageOn(birth: BirthDate, date: string): number | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(date)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  let age = y - birth.year
  if (birth.month !== null && (mo < birth.month || (mo === birth.month && birth.day !== null && d < birth.day))) age -= 1
  return age >= 0 && age < 120 ? age : null
}
