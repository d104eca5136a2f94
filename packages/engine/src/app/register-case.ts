import { createHash } from 'node:crypto'
import type { RegisterCaseInput } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import {
  insertManualFindings,
  insertManualPersonLinks,
  insertManualPersons,
  insertManualRegistration,
  insertManualVulnerabilities,
} from '../adapters/db/case.repository.ts'
import { inTransaction } from '../adapters/db/transaction.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import { AppError } from '../domain/errors.ts'
import { canonicalRecord } from '../domain/registration/normalize-registration.ts'
import { mentionId, personId, registrationId } from '../domain/registration/registration-id.ts'
import type { RegistrationRecord } from '../domain/registration/registration.ts'
import { recordAudit } from './audit.ts'
import { resolvePlatform } from './review.ts'

/**
 * The uniform registration form (recommendation 1): one registration with its platform involvements, persons,
 * unit and source, in one transaction. Involvements become confirmed manual findings, so the picture counts them
 * at once. Vocabulary is the catalogue's: unknown units, person roles or factors are refused.
 */
export async function registerCase(
  conn: DatabaseConnection,
  catalogue: Catalogue,
  input: RegisterCaseInput,
  actor: string,
  now: Date,
): Promise<{ registrationId: string; findings: number; persons: number }> {
  const unit = input.unit === null ? null : catalogue.unitByName(input.unit)
  if (unit === undefined) throw new AppError('field_invalid', { field: 'unit', reason: 'onbekende politie-eenheid' })
  const personRoles = new Set(catalogue.data.person_roles.map((r) => r.id))
  input.persons.forEach((p, i) => {
    const bad = p.roles.find((r) => !personRoles.has(r))
    if (bad !== undefined) throw new AppError('field_invalid', { field: `persons.${i}.roles`, reason: `onbekende persoonsrol '${bad}'` })
  })
  const factors = new Set(catalogue.data.vulnerability_factors.map((f) => f.id))
  const badFactor = input.vulnerabilities.find((f) => !factors.has(f))
  if (badFactor !== undefined) throw new AppError('field_invalid', { field: 'vulnerabilities', reason: `onbekende factor '${badFactor}'` })

  const id = registrationId(input.source, input.source_ref)
  const conflict = () => new AppError('conflict', { reason: `registratie ${input.source}/${input.source_ref} bestaat al` })
  const record: RegistrationRecord = {
    source: input.source,
    sourceRef: input.source_ref,
    date: input.date,
    policeUnit: unit?.name ?? null,
    societalClass: input.societal_class,
    exploitationForm: input.exploitation_form,
    scope: input.scope,
    narrative: input.narrative,
    persons: input.persons.map((p) => ({
      pseudonym: p.pseudonym,
      gender: p.gender,
      birthYear: p.birth_year,
      birthCountry: p.birth_country,
      residentNl: p.resident_nl,
      roles: p.roles,
      age: p.age,
    })),
  }
  const platforms = await Promise.all(input.platforms.map((p) => resolvePlatform(conn, catalogue, p.platform)))
  const findings = input.platforms.map((p, i) => {
    const resolved = platforms[i] ?? { platformId: null, platformName: null, inCatalogue: true }
    return {
      id: mentionId(id, -1, -1 - i, p.kind, resolved.platformName),
      registrationId: id,
      ...resolved,
      kind: p.kind,
      roles: [...new Set(p.roles)],
    }
  })
  const stored = await inTransaction(conn, async (trx) => {
    const inserted = await insertManualRegistration(trx, {
      id,
      source: record.source,
      sourceRef: record.sourceRef,
      date: record.date,
      policeUnit: record.policeUnit,
      societalClass: record.societalClass,
      exploitationForm: record.exploitationForm,
      scope: record.scope,
      narrative: record.narrative,
      contentHash: createHash('sha256').update(canonicalRecord(record)).digest('hex'),
    })
    if (!inserted) throw conflict()
    await insertManualPersons(
      trx,
      [...new Map(record.persons.map((p) => [p.pseudonym, p])).values()].map((p) => ({
        id: personId(p.pseudonym),
        pseudonym: p.pseudonym,
        gender: p.gender,
        birthYear: p.birthYear,
        birthCountry: p.birthCountry,
        residentNl: p.residentNl,
      })),
    )
    await insertManualPersonLinks(
      trx,
      record.persons.map((p) => ({ registrationId: id, personId: personId(p.pseudonym), roles: p.roles, age: p.age })),
    )
    await insertManualVulnerabilities(trx, id, input.vulnerabilities)
    return insertManualFindings(trx, findings, actor, now, catalogue.version)
  })
  await recordAudit(
    conn,
    {
      actor,
      action: 'case_registered',
      target: `registration:${id}`,
      details: { source: input.source, findings: stored, persons: record.persons.length },
    },
    now,
  )
  return { registrationId: id, findings: stored, persons: record.persons.length }
}
