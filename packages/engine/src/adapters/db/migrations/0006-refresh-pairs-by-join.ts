import { sql, type Kysely } from 'kysely'
import { REFRESH_REGISTRATIONS } from './0003-picture-summary.ts'

// The summary refresh's pairs (registration × catalogue platform) resolved each mention's platform with two
// correlated subqueries over the platform table, evaluated per mention and twice (filter and output), and the
// planner, misled by their estimated cost, sorted every mention to a merge join: 6.6 s of 20 s for a refresh of
// 100k registrations. Resolved by hash joins on the (small) platform table instead: 2.4 s, the same pairs (the
// picture summary's differential test compares with the in-memory count after every kind of change); a refresh of
// 1M registrations on PostgreSQL 15 went from 241 to 183 s (BENCHMARKS.md, picture). The rest of
// picture_refresh_registrations() is 0003's, unchanged: this migration takes 0003's text and replaces that one
// statement; down restores 0003's version.
const PAIRS_BY_JOIN = `      INSERT INTO picture_pair (registration_id, platform_id, reg_date, police_unit, source, exploitation_form,
                                mask_all, mask_confirmed, versions_all, versions_confirmed)
      SELECT r.id, x.platform_id, r.reg_date, r.police_unit, r.source, r.exploitation_form,
             bit_or(picture_role_mask(x.roles)),
             bit_or(picture_role_mask(x.roles)) FILTER (WHERE x.confirmed),
             coalesce(string_agg(DISTINCT x.extractor_version, E'\n' ORDER BY x.extractor_version), '') || E'\t' ||
               coalesce(string_agg(DISTINCT x.catalogue_version, E'\n' ORDER BY x.catalogue_version), ''),
             CASE WHEN bool_or(x.confirmed) THEN
               coalesce(string_agg(DISTINCT x.extractor_version, E'\n' ORDER BY x.extractor_version)
                          FILTER (WHERE x.confirmed), '') || E'\t' ||
                 coalesce(string_agg(DISTINCT x.catalogue_version, E'\n' ORDER BY x.catalogue_version)
                          FILTER (WHERE x.confirmed), '')
             END
      FROM (
        -- a mention's catalogue platform: by its id, else by its name (hash joins on the small platform table)
        SELECT m.registration_id, coalesce(by_id.id, by_name.id) AS platform_id, m.roles, m.extractor_version,
               m.catalogue_version, picture_confirmed(m.status, m.origin) AS confirmed
        FROM picture_refresh_ids d
        JOIN mention m ON m.registration_id = d.registration_id
        LEFT JOIN platform by_id ON by_id.id = m.platform_id AND by_id.in_catalogue
        LEFT JOIN platform by_name ON lower(by_name.name) = lower(m.platform_name) AND by_name.in_catalogue
        WHERE m.kind = 'named' AND NOT m.negated AND m.status <> 'rejected'
      ) x
      JOIN registration r ON r.id = x.registration_id
      WHERE x.platform_id IS NOT NULL
      GROUP BY r.id, x.platform_id;
`

function replacing(fn: string): string {
  return fn.replace('CREATE FUNCTION picture_refresh_registrations()', 'CREATE OR REPLACE FUNCTION picture_refresh_registrations()')
}

function withPairsByJoin(fn: string): string {
  const from = fn.indexOf('      INSERT INTO picture_pair')
  const to = fn.indexOf('      INSERT INTO picture_candidate')
  if (from < 0 || to < from) throw new Error("0006: 0003's pairs statement not found")
  return fn.slice(0, from) + PAIRS_BY_JOIN + '\n' + fn.slice(to)
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(replacing(withPairsByJoin(REFRESH_REGISTRATIONS))).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(replacing(REFRESH_REGISTRATIONS)).execute(db)
}
