import type { CategoryId, RoleId } from '@platformscope/contract'

/**
 * The tactical intelligence picture: every table and chart the report shows, computed from data.
 *
 * Serialised as-is to picture.json. Wherever the picture and ../shared/source-report/figures.json share a
 * figure, the key is figures.json's (ARCHITECTURE.md contract): `headline`, `appendix1_platforms_per_year`,
 * `table1_top10`, `chart1_mentions_per_category_per_year`, `table2_mentions_per_police_unit`,
 * `table3_roles_top10`, `persons`. Three nested figures.json keys carry the report's own numbers in their names
 * or describe a printing error; the picture uses neutral names for them (test/support/report-figures.ts maps):
 *   table2 `subtotal_top10_printed` → `subtotal_top10` (the true column sum; see figures.json errata),
 *   table2 `other_29_platforms` → `other_platforms` (+ `other_platforms_count`),
 *   table2 `total_printed` → `total`,
 *   persons `age_share_of_210_registrations_percent` → `age_share_of_registrations_percent`.
 *
 * Years are keys "YYYY" for every calendar year the period touches, zeros included, so tables are rectangular.
 * Counting rule (the report's): a platform counts once per registration; negated mentions never; generic and
 * unclear mentions are set aside and counted separately; platforms outside the catalogue are not counted among
 * named platforms but listed as candidates; a platform's roles in a registration are the union over that
 * registration's mentions of it.
 */
export interface Picture {
  /** picture.json format version; bump on incompatible change (additions do not bump). */
  format: 1
  selection: PictureSelection
  /** "YYYY" for every year in the period, ascending. */
  years: string[]
  versions: PictureVersions
  headline: Headline
  /** Bijlage 1: every counted platform. Order: total desc, then name. */
  appendix1_platforms_per_year: PlatformYearRow[]
  /** Tabel 1: the ten platforms with most registrations; ties broken by total, then name. */
  table1_top10: PlatformYearRow[]
  /** Grafiek 1: registrations per category per year (a registration counts once per platform). */
  chart1_mentions_per_category_per_year: Record<CategoryId, YearCounts>
  /** Tabel 2 */
  table2_mentions_per_police_unit: Table2
  /** Tabel 3: roles per top-10 platform, roles in the catalogue's role order. */
  table3_roles_top10: Record<string, RoleId[]>
  /** Tabel 3 for any set asked for (PictureSelection.role_platforms), or every counted platform when none asked. */
  roles_per_platform: Record<string, RoleId[]>
  /** How many counted registrations gave the platform each role (drives a heat-map form of table 3). */
  role_counts_per_platform: Record<string, Record<RoleId, number>>
  persons: Persons
  /** Registrations (in the picture) in which each vulnerability factor was found; factor ids of the catalogue. */
  vulnerability_factors: Record<string, number>
  trends: Trends
  /** Named platforms outside the catalogue, found in text: candidates for an analyst to add. Order: registrations desc, name. */
  candidate_platforms: CandidatePlatform[]
  /** Filled by the app where an extraction evaluation is available; null otherwise. */
  extraction_quality: ExtractionQuality | null
  /** the extractor scored on annotated text never used for tuning (data/evaluation/extraction-quality.json) */
  extraction_evaluation: ExtractionEvaluation | null
}

export type YearCounts = Record<string, number>

export type ReviewStatusFilter = 'suggested' | 'confirmed'

export interface PictureSelection {
  /** inclusive, YYYY-MM-DD */
  from: string
  /** exclusive, YYYY-MM-DD (figures.json: selection.period.to_exclusive) */
  to_exclusive: string
  /** canonical police unit names; null = all */
  units: string[] | null
  categories: CategoryId[] | null
  /** canonical platform names; null = all */
  platforms: string[] | null
  exploitation_forms: string[] | null
  sources: string[] | null
  /** 'suggested' = every finding not rejected in review; 'confirmed' = reviewed (confirmed/corrected) and manual only */
  status: ReviewStatusFilter
  /** platforms whose roles roles_per_platform shows; null = every counted platform */
  role_platforms: string[] | null
}

export interface PictureVersions {
  /** the catalogue the picture was built with (categories, names) */
  catalogue: string
  /** extractor versions that produced the counted findings (manual findings have none) */
  extractor: string[]
  /** catalogue versions recorded with the counted findings at extraction time */
  catalogue_at_extraction: string[]
  /** ISO timestamp given by the caller (the domain has no clock) */
  generated_at: string | null
}

export interface Headline {
  /** registrations in the selection with at least one counted named mention */
  registrations: number
  /** (registration, platform) pairs counted */
  named_platform_mentions: number
  distinct_platforms: number
  /** generic mentions ("een website") in the selected registrations, not negated, not rejected */
  generic_mentions_excluded: number
  /** mentions whose platform could not be determined */
  unclear_platforms_excluded: number
  mentions_per_year: YearCounts
  distinct_platforms_per_year: YearCounts
  /** round(100 × category's named mentions / named mentions) */
  category_share_percent: Record<CategoryId, number>
}

export interface PlatformYearRow {
  platform: string
  category: CategoryId
  counts: YearCounts
  total: number
}

export interface Table2 {
  /** police unit names, catalogue order; units without domestic exploitation only when they have counts */
  units: string[]
  /** top-10 platform → unit → registrations */
  platforms: Record<string, Record<string, number>>
  subtotal_top10: Record<string, number>
  other_platforms: Record<string, number>
  /** how many counted platforms are outside the top 10 ("overige 29 platformen") */
  other_platforms_count: number
  total: Record<string, number>
  /** mentions that could not be attributed to a police unit */
  no_unit: number
}

export interface Persons {
  /** distinct persons under 18 (and not known to live abroad) linked to the picture's registrations */
  minors_linked: number
  /** minors whose union of person roles over their links has two or more roles */
  with_more_than_one_person_role: number
  /** round(100 × registrations with a minor in role 'slachtoffer' / registrations) */
  registrations_with_at_least_victim_role_percent: number
  male: number
  male_percent: number
  female: number
  gender_unknown: number
  /** [youngest, oldest] age of the minors; null when there are none */
  age_range: [number, number] | null
  /**
   * Per registration the age of its youngest linked minor; share = round(100 × n / registrations)
   * for "12", "13", "17" and "16_or_17" (the report's), and for every other age as well.
   */
  age_share_of_registrations_percent: Record<string, number>
  /** Grafiek 3: registrations per age of the youngest linked minor, by that minor's gender */
  age_gender_registrations: Record<string, { F: number; M: number; unknown: number }>
  /** minors born in the Netherlands (unknown birth country counts as not abroad), percent of minors */
  born_in_netherlands_percent: number
  born_abroad: number
  /** birth countries other than the Netherlands; order: minors desc, then name */
  birth_countries_abroad: string[]
  birth_country_counts: Record<string, number>
  /** Grafiek 2: per person role, how many minors had it and in how many registrations */
  person_roles: Record<string, { minors: number; registrations: number }>
}

export interface Trends {
  /** per category: first and last year of the period and the relative change */
  category_growth: Record<
    CategoryId,
    { first_year: string; last_year: string; first: number; last: number; change_percent: number | null }
  >
  /** counted platforms absent in the first year of the period and present later */
  platforms_appearing: Array<{ platform: string; category: CategoryId; first_year: string }>
  /** counted platforms present earlier and absent in the last year of the period */
  platforms_disappearing: Array<{ platform: string; category: CategoryId; last_year: string }>
  /** catalogue events (closures, launches) of counted platforms or within the period */
  platform_events: Array<{
    platform: string
    event: 'closed' | 'launched' | 'renamed'
    date: string
    note_nl?: string
    note_en?: string
  }>
}

export interface CandidatePlatform {
  name: string
  /** registrations in the selection naming it (not negated, not rejected) */
  registrations: number
  mentions: number
}

/** Scores of one extractor version on held-out annotated sets: true/false positives and false negatives per field. */
export interface ExtractionEvaluation {
  extractor_version: string
  measured_at: string
  sets: Array<{ set: string; records: number; fields: Record<string, { tp: number; fp: number; fn: number }> }>
  /** per field, the 95 % bootstrap interval (records resampled) of the F1 of the sets pooled */
  f1_interval_95?: Record<string, [number, number]>
}

export interface ExtractionQuality {
  precision: number
  recall: number
  f1: number
  /** what it was measured on, e.g. "calibrated corpus (210 registrations)" */
  measured_on: string
}
