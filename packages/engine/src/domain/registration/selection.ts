/**
 * Which registrations a picture or a re-extraction looks at, as the report made its selection (issue 3.4):
 * societal class F561, registrations concerning minors, resident in the Netherlands, a period. Every
 * criterion is optional; null/undefined means "no restriction". The SQL form lives in
 * adapters/db/registration.repository.ts (`whereRegistrationSelected`); `isRegistrationSelected` is the same rule
 * over rows in memory, and tests keep the two in step.
 */
export interface RegistrationSelection {
  /** inclusive, YYYY-MM-DD */
  from?: string | null
  /** exclusive, YYYY-MM-DD */
  to_exclusive?: string | null
  /** e.g. ['F561']; compared case-insensitively */
  societal_classes?: string[] | null
  /** canonical police unit names */
  units?: string[] | null
  exploitation_forms?: string[] | null
  sources?: string[] | null
  /**
   * Only registrations with a linked person under 18 at the registration date (age, or else registration year
   * minus birth year). With `resident_nl_only` as well, it must be the same person.
   */
  minors_only?: boolean
  /** Only registrations with a linked person resident in the Netherlands. */
  resident_nl_only?: boolean
}

/** The report's own selection: F561, minors, resident in the Netherlands, 2017–2020. */
export const REPORT_SELECTION: Readonly<Required<Pick<RegistrationSelection, 'from' | 'to_exclusive' | 'societal_classes' | 'minors_only' | 'resident_nl_only'>>> = {
  from: '2017-01-01',
  to_exclusive: '2021-01-01',
  societal_classes: ['F561'],
  minors_only: true,
  resident_nl_only: true,
}

export interface SelectableRegistration {
  date: string
  policeUnit: string | null
  societalClass: string | null
  exploitationForm: string | null
  source: string
  persons: ReadonlyArray<{ age: number | null; birthYear: number | null; residentNl: boolean | null }>
}

export const MINOR_AGE_LIMIT = 18

export function isPersonMinor(p: { age: number | null; birthYear: number | null }, regDate: string): boolean {
  if (p.age !== null) return p.age < MINOR_AGE_LIMIT
  if (p.birthYear !== null) return Number(regDate.slice(0, 4)) - p.birthYear < MINOR_AGE_LIMIT
  return false
}

export function isRegistrationSelected(r: SelectableRegistration, s: RegistrationSelection): boolean {
  if (s.from && r.date < s.from) return false
  if (s.to_exclusive && r.date >= s.to_exclusive) return false
  if (s.societal_classes && !includesFolded(s.societal_classes, r.societalClass)) return false
  if (s.units && !includesFolded(s.units, r.policeUnit)) return false
  if (s.exploitation_forms && !includesFolded(s.exploitation_forms, r.exploitationForm)) return false
  if (s.sources && !s.sources.includes(r.source)) return false
  if (s.minors_only || s.resident_nl_only) {
    return r.persons.some(
      (p) => (!s.minors_only || isPersonMinor(p, r.date)) && (!s.resident_nl_only || p.residentNl === true),
    )
  }
  return true
}

function includesFolded(list: readonly string[], value: string | null): boolean {
  if (value === null) return false
  const v = value.toLowerCase()
  return list.some((x) => x.toLowerCase() === v)
}
