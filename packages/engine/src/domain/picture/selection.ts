import type { CategoryId } from '@platformscope/contract'
import type { PictureSelection, ReviewStatusFilter } from './picture.ts'

/** The report's selection: 2017–2020, every finding not rejected. */
export function defaultSelection(overrides: Partial<PictureSelection> = {}): PictureSelection {
  return {
    from: '2017-01-01',
    to_exclusive: '2021-01-01',
    units: null,
    categories: null,
    platforms: null,
    exploitation_forms: null,
    sources: null,
    status: 'suggested',
    role_platforms: null,
    ...overrides,
  }
}

/** "YYYY" for every calendar year the half-open period [from, to_exclusive) touches. */
export function yearsOf(selection: Pick<PictureSelection, 'from' | 'to_exclusive'>): string[] {
  const first = Number(selection.from.slice(0, 4))
  const endYear = Number(selection.to_exclusive.slice(0, 4))
  const last = selection.to_exclusive.slice(5) === '01-01' ? endYear - 1 : endYear
  const years: string[] = []
  for (let y = first; y <= last; y++) years.push(String(y))
  return years
}

/**
 * Whether a finding counts under the review-status filter. 'suggested': everything not rejected.
 * 'confirmed': reviewed findings (confirmed, corrected) and those entered by hand or registered as such.
 * The SQL path (adapters/db/picture.repository.ts) encodes the same rule.
 */
export function statusCounts(filter: ReviewStatusFilter, status: string, origin: string): boolean {
  if (status === 'rejected') return false
  if (filter === 'suggested') return true
  return status === 'confirmed' || status === 'corrected' || origin === 'manual' || origin === 'registered'
}

export function categoryAllowed(selection: PictureSelection, category: CategoryId): boolean {
  return selection.categories === null || selection.categories.includes(category)
}

export function platformAllowed(selection: PictureSelection, name: string): boolean {
  if (selection.platforms === null) return true
  const key = name.toLowerCase()
  return selection.platforms.some((p) => p.toLowerCase() === key)
}

/** Generic and unclear mentions belong to no platform: with a platform or category filter they are counted only
 * in the registrations that filter selects. */
export function hasPlatformFilter(selection: PictureSelection): boolean {
  return selection.platforms !== null || selection.categories !== null
}
