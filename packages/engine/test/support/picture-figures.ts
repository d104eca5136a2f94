import type { CorpusRecord } from '../../src/domain/corpus/corpus-record.ts'
import type { PictureRows } from '../../src/domain/picture/picture-aggregates.ts'
import { personId, registrationId } from '../../src/domain/registration/registration-id.ts'

/** The corpus's ground truth as the rows the picture reads — what a perfect extraction would have stored. */
export function rowsFromTruth(records: readonly CorpusRecord[]): PictureRows {
  const ids = records.map((r) => registrationId(r.source, r.id))
  return {
    registrations: records.map((r, i) => ({
      id: ids[i] ?? '',
      date: r.date,
      policeUnit: r.unit,
      source: r.source,
      exploitationForm: r.exploitation_form,
    })),
    mentions: records.flatMap((r, i) =>
      r.truth.mentions.map((m) => ({
        registrationId: ids[i] ?? '',
        platformId: null,
        platformName: m.platform,
        kind: m.kind,
        negated: m.negated,
        roles: m.roles,
        status: 'confirmed',
        origin: 'manual',
        extractorVersion: null,
        catalogueVersion: null,
      })),
    ),
    personLinks: records.flatMap((r, i) =>
      r.persons.map((p) => ({
        registrationId: ids[i] ?? '',
        personId: personId(p.pseudonym),
        age: p.age,
        roles: p.roles,
        gender: p.gender,
        birthCountry: p.birth_country,
        residentNl: p.resident_nl,
      })),
    ),
    vulnerabilities: records.flatMap((r, i) =>
      r.truth.vulnerabilities.map((factor) => ({
        registrationId: ids[i] ?? '',
        factor,
        status: 'confirmed',
        origin: 'manual',
      })),
    ),
  }
}
