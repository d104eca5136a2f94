import type { Gender } from '@platformscope/contract'

/**
 * One registration as it comes out of a registration system export (BVH or similar) or the uniform form.
 * Persons are structured fields in such systems (role, gender, birth year, birth country), not free text.
 */
export interface RegistrationRecord {
  source: string
  sourceRef: string
  /** YYYY-MM-DD */
  date: string
  policeUnit: string | null
  /** e.g. F561 "Mensenhandel – seksuele uitbuiting" */
  societalClass: string | null
  /** e.g. "binnenlandse seksuele uitbuiting" */
  exploitationForm: string | null
  /** "registratie" (BVH incident) or "onderzoek" (criminal investigation) */
  scope: string | null
  narrative: string
  persons: RegisteredPerson[]
}

export interface RegisteredPerson {
  /** Stable pseudonym across registrations (never a real name). */
  pseudonym: string
  gender: Gender | null
  birthYear: number | null
  birthCountry: string | null
  residentNl: boolean | null
  /** Person roles from the catalogue (aangever, slachtoffer, …) */
  roles: string[]
  /** Age at the registration date. */
  age: number | null
}
