import { parse as parseUuid, v5 as uuidv5 } from 'uuid'

/** Fixed namespace of every platformscope UUIDv5; changing it would re-key every stored registration. */
export const PLATFORMSCOPE_NAMESPACE = '3f6c2a8e-1b4d-4e7a-9c05-7d2e8b1f4a60'
/** parsed once: uuid would parse the string namespace on every call (a third of its cost in a bulk import) */
const NAMESPACE = parseUuid(PLATFORMSCOPE_NAMESPACE)

/**
 * registration.id = UUIDv5 of (source, source_ref): the same export row always lands on the same row, and the
 * id doubles as the distribution column (ARCHITECTURE.md). JSON keeps "a:b"+"c" apart from "a"+"b:c".
 */
export function registrationId(source: string, sourceRef: string): string {
  return uuidv5(registrationIdName(source, sourceRef), NAMESPACE)
}

/** person.id = UUIDv5 of the pseudonym, so a person linked from several registrations is one row. */
export function personId(pseudonym: string): string {
  return uuidv5(personIdName(pseudonym), NAMESPACE)
}

/** The UUIDv5 names behind registrationId and personId, for a faster UUIDv5 where ids are made in bulk. */
export function registrationIdName(source: string, sourceRef: string): string {
  return JSON.stringify(['registration', source, sourceRef])
}

export function personIdName(pseudonym: string): string {
  return JSON.stringify(['person', pseudonym])
}

/** A stable id for an extracted mention: the same finding on the same text gets the same id on every run. */
export function mentionId(registrationId: string, start: number, end: number, kind: string, platform: string | null): string {
  return uuidv5(JSON.stringify(['mention', registrationId, start, end, kind, platform]), NAMESPACE)
}
