import type { RegistrationRecord } from './registration.ts'

/**
 * The canonical form of a record whose hash decides "unchanged": field order fixed, persons sorted by
 * pseudonym. Hashing happens in the app layer (the domain has no crypto).
 */
export function canonicalRecord(r: RegistrationRecord): string {
  const persons = [...r.persons]
    .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0))
    .map((p) => [p.pseudonym, p.gender, p.birthYear, p.birthCountry, p.residentNl, [...p.roles].sort(), p.age])
  return JSON.stringify([
    r.source,
    r.sourceRef,
    r.date,
    r.policeUnit,
    r.societalClass,
    r.exploitationForm,
    r.scope,
    r.narrative,
    persons,
  ])
}
