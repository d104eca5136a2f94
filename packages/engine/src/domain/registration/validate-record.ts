import { z } from 'zod'
import { GenderSchema } from '@platformscope/contract'
import type { Catalogue } from '../catalogue/catalogue.ts'
import type { RegisteredPerson, RegistrationRecord } from './registration.ts'
import type { RegistrationField } from './registration-fields.ts'
import type { RowError } from './row-error.ts'
import { excelSerialToDate, parseRegistrationDate } from './parse-date.ts'

/** One record as a reader delivers it: values by field, before any checking. */
export interface RawRecord {
  file: string
  /** line (CSV/JSONL) or row (XLSX) on which the record starts */
  line: number
  values: Partial<Record<RegistrationField, unknown>>
  /** problems the reader already found (an over-long field, a broken quote) */
  readerErrors?: RowError[]
}

/** A narrative of a million characters is already ~300 printed pages; anything longer is an export error. */
export const MAX_NARRATIVE_LENGTH = 1_000_000
export const MAX_SHORT_FIELD_LENGTH = 200

export interface ValidateOptions {
  catalogue: Catalogue
  /** used when the record names no source of its own */
  defaultSource: string
}

export type ValidationResult = { ok: true; record: RegistrationRecord } | { ok: false; errors: RowError[] }

/** with the u flag a paired surrogate is one code point, so this matches only lone halves */
const LONE_SURROGATE = /\p{Cs}/gu
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const NEEDS_CARE = /[\u0000\r\ud800-\udfff]/

const PersonSchema = z.object({
  pseudonym: z.string().trim().min(1).max(MAX_SHORT_FIELD_LENGTH),
  gender: GenderSchema.nullish(),
  birth_year: z.number().int().min(1900).max(2099).nullish(),
  birth_country: z.string().trim().max(MAX_SHORT_FIELD_LENGTH).nullish(),
  resident_nl: z.boolean().nullish(),
  roles: z.array(z.string().trim().min(1).max(MAX_SHORT_FIELD_LENGTH)).max(50).default([]),
  age: z.number().int().min(0).max(129).nullish(),
})
export const PersonsSchema = z.array(PersonSchema).max(500)

/**
 * Checks and normalises one record. Every problem becomes a RowError naming file, line and field, so a bad
 * record is reported as data and the rest of the file can still be imported. Values starting with = + - @ are
 * kept as plain text: nothing here evaluates them, and CSV/XLSX output neutralises them.
 */
export function validateRecord(raw: RawRecord, options: ValidateOptions): ValidationResult {
  const errors: RowError[] = [...(raw.readerErrors ?? [])]
  // a record the reader could not take apart (broken JSON) has no fields to check
  if (errors.some((e) => e.field === null)) return { ok: false, errors }
  const tooLong = new Set(errors.filter((e) => e.code === 'field_too_long').map((e) => e.field))
  const fail = (field: RegistrationField, code: RowError['code'], message: string, value?: string): void => {
    errors.push({ file: raw.file, line: raw.line, field, code, message, ...(value === undefined ? {} : { value: clip(value) }) })
  }
  const v = raw.values

  const text = (field: RegistrationField, max: number): string | null => {
    if (tooLong.has(field)) return null
    const value = v[field]
    if (value === undefined || value === null) return null
    if (typeof value !== 'string' && typeof value !== 'number') {
      fail(field, 'field_invalid', 'verwacht tekst')
      return null
    }
    let s = String(value)
    // the common case (no NUL, CR or surrogate) costs one scan; the Unicode-aware checks run only when needed
    if (NEEDS_CARE.test(s)) s = s.replace(LONE_SURROGATE, '\uFFFD')
    if (s.includes('\u0000')) {
      fail(field, 'field_invalid', 'bevat een NUL-teken (binaire inhoud?)')
      return null
    }
    if (s.length > max) {
      errors.push({ file: raw.file, line: raw.line, field, code: 'field_too_long', message: `${s.length} tekens, maximaal ${max}` })
      return null
    }
    return s
  }
  const short = (field: RegistrationField): string | null => {
    const s = text(field, MAX_SHORT_FIELD_LENGTH)?.trim()
    return s ? s : null
  }

  const sourceRef = short('source_ref')
  if (sourceRef === null && !tooLong.has('source_ref') && !hasError(errors, 'source_ref')) {
    fail('source_ref', 'field_required', 'registratienummer ontbreekt of is leeg')
  }

  let date: string | null = null
  const rawDate = v.date
  if (rawDate instanceof Date) {
    date = Number.isNaN(rawDate.getTime()) ? null : rawDate.toISOString().slice(0, 10)
    if (date === null) fail('date', 'date_invalid', 'geen geldige datum')
  } else if (typeof rawDate === 'number') {
    date = excelSerialToDate(rawDate)
    if (date === null) fail('date', 'date_invalid', 'geen geldige datum', String(rawDate))
  } else {
    const s = short('date')
    if (s === null) {
      if (!hasError(errors, 'date')) fail('date', 'field_required', 'registratiedatum ontbreekt of is leeg')
    } else {
      date = parseRegistrationDate(s)
      if (date === null) fail('date', 'date_invalid', 'geen bestaande datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)', s)
    }
  }

  let policeUnit: string | null = null
  const unitText = short('unit')
  if (unitText !== null) {
    const unit = unitLookup(options.catalogue, unitText)
    if (unit) policeUnit = unit.name
    else fail('unit', 'field_invalid', 'onbekende politie-eenheid', unitText)
  }

  const narrativeText = text('narrative', MAX_NARRATIVE_LENGTH)
  // one line-break convention, so the same text from CSV (CRLF) and JSONL hashes and offsets alike
  const narrative = narrativeText === null || !narrativeText.includes('\r') ? narrativeText : narrativeText.replace(/\r\n?/g, '\n')
  if ((narrative === null || narrative.trim() === '') && !tooLong.has('narrative') && !hasError(errors, 'narrative')) {
    fail('narrative', 'field_required', 'omschrijving ontbreekt of is leeg')
  }

  const persons = parsePersons(v.persons, (code, message) => fail('persons', code, message))

  const record: RegistrationRecord | null =
    errors.length === 0 && sourceRef !== null && date !== null && narrative !== null
      ? {
          source: short('source') ?? options.defaultSource,
          sourceRef,
          date,
          policeUnit,
          societalClass: short('societal_class')?.toUpperCase() ?? null,
          exploitationForm: short('exploitation_form'),
          scope: short('scope'),
          narrative,
          persons: persons ?? [],
        }
      : null
  // short() on the optional fields above may have added errors (e.g. NUL bytes)
  if (record === null || errors.length > 0) return { ok: false, errors }
  return { ok: true, record }
}

function parsePersons(
  value: unknown,
  fail: (code: RowError['code'], message: string) => void,
): RegisteredPerson[] | null {
  if (value === undefined || value === null || value === '') return []
  let data: unknown = value
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value)
    } catch {
      fail('json_invalid', 'personen: verwacht een JSON-lijst')
      return null
    }
  }
  const quick = readPersonsQuickly(data)
  if (quick) return quick
  const parsed = PersonsSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    fail('field_invalid', `personen: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'ongeldig'}`)
    return null
  }
  return parsed.data.map((p) => ({
    pseudonym: p.pseudonym,
    gender: p.gender ?? null,
    birthYear: p.birth_year ?? null,
    birthCountry: p.birth_country ?? null,
    residentNl: p.resident_nl ?? null,
    roles: p.roles,
    age: p.age ?? null,
  }))
}

/**
 * PersonsSchema's result for the common, well-formed case, checked by hand (zod costs several microseconds per
 * record, a large share of a bulk import); null for anything else, which then goes through the schema and gets its
 * error message from there. Must accept nothing the schema refuses and return exactly what it returns.
 */
export function readPersonsQuickly(data: unknown): RegisteredPerson[] | null {
  if (!Array.isArray(data) || data.length > 500) return null
  const out: RegisteredPerson[] = []
  for (const p of data as unknown[]) {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) return null
    const o = p as Record<string, unknown>
    const pseudonym = shortText(o.pseudonym, 1)
    if (pseudonym === null) return null
    const { gender, birth_year, birth_country, resident_nl, roles, age } = o
    if (gender != null && gender !== 'F' && gender !== 'M') return null
    if (birth_year != null && !isIntIn(birth_year, 1900, 2099)) return null
    const country = birth_country == null ? null : shortText(birth_country, 0)
    if (country === null && birth_country != null) return null
    if (resident_nl != null && typeof resident_nl !== 'boolean') return null
    if (age != null && !isIntIn(age, 0, 129)) return null
    let roleList: string[] = []
    if (roles !== undefined) {
      if (!Array.isArray(roles) || roles.length > 50) return null
      roleList = new Array<string>(roles.length)
      for (let i = 0; i < roles.length; i++) {
        const role = shortText(roles[i], 1)
        if (role === null) return null
        roleList[i] = role
      }
    }
    out.push({
      pseudonym,
      gender: (gender ?? null) as RegisteredPerson['gender'],
      birthYear: (birth_year ?? null) as number | null,
      birthCountry: country,
      residentNl: (resident_nl ?? null) as boolean | null,
      roles: roleList,
      age: (age ?? null) as number | null,
    })
  }
  return out
}

/** z.string().trim().min(min).max(MAX_SHORT_FIELD_LENGTH): the trimmed text, or null */
function shortText(v: unknown, min: number): string | null {
  if (typeof v !== 'string') return null
  const t = v.trim()
  return t.length >= min && t.length <= MAX_SHORT_FIELD_LENGTH ? t : null
}

function isIntIn(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
}

const unitCache = new WeakMap<Catalogue, Map<string, { name: string } | null>>()

/** Exports repeat a dozen unit spellings a million times: normalise each spelling once. */
function unitLookup(catalogue: Catalogue, text: string): { name: string } | null {
  let cache = unitCache.get(catalogue)
  if (!cache) unitCache.set(catalogue, (cache = new Map()))
  let unit = cache.get(text)
  if (unit === undefined) {
    unit = catalogue.unitByName(text) ?? null
    if (cache.size < 10_000) cache.set(text, unit)
  }
  return unit
}

function hasError(errors: RowError[], field: string): boolean {
  return errors.some((e) => e.field === field)
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
