import type { RegistrationDetail, RegistrationSummary, ReviewItem } from '@platformscope/contract'
import type {
  RegistrationDetailRecord,
  RegistrationSummaryRecord,
} from '../../adapters/db/registration-query.repository.ts'
import type { QueueEntry } from '../../adapters/db/review.repository.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import { presentFinding } from './finding.ts'

const gender = (g: string | null) => (g === 'F' || g === 'M' ? g : null)
const reviewStatus = (s: string) => (s === 'confirmed' || s === 'rejected' || s === 'corrected' ? s : 'suggested')

export function presentSummary(r: RegistrationSummaryRecord): RegistrationSummary {
  return {
    id: r.id,
    source: r.source,
    source_ref: r.sourceRef,
    date: r.date,
    unit: r.unit,
    platforms: r.platforms,
    findings: r.findings,
    suggested: r.suggested,
  }
}

export function presentDetail(r: RegistrationDetailRecord, catalogue: Catalogue): RegistrationDetail {
  return {
    id: r.id,
    source: r.source,
    source_ref: r.sourceRef,
    date: r.date,
    unit: r.unit,
    societal_class: r.societalClass,
    exploitation_form: r.exploitationForm,
    scope: r.scope,
    narrative: r.narrative,
    findings: r.findings.map((f) => presentFinding(f, catalogue)),
    persons: r.persons.map((p) => ({
      pseudonym: p.pseudonym,
      gender: gender(p.gender),
      birth_year: p.birthYear,
      birth_country: p.birthCountry,
      resident_nl: p.residentNl,
      roles: p.roles,
      age: p.age,
      origin: p.origin === 'manual' || p.origin === 'extracted' ? p.origin : 'registered',
    })),
    vulnerabilities: r.vulnerabilities.map((v) => ({
      factor: v.factor,
      start: v.start,
      end: v.end,
      status: reviewStatus(v.status),
      origin: v.origin === 'manual' || v.origin === 'registered' ? v.origin : 'extracted',
    })),
  }
}

export function presentReviewItem(e: QueueEntry, catalogue: Catalogue): ReviewItem {
  return {
    finding: presentFinding(e.finding, catalogue),
    registration: { id: e.registration.id, source_ref: e.registration.sourceRef, date: e.registration.date, unit: e.registration.unit },
    context: { before: e.before, surface: e.finding.surface ?? '', after: e.after },
  }
}
