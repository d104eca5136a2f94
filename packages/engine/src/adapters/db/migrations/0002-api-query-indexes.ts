import { sql, type Kysely } from 'kysely'

// Indexes for the HTTP API's queries on large data (bench/api, 1M registrations):
// - the review queue takes the least confident suggestions first without sorting every suggested mention;
// - the drill-down finds the registrations of a platform from the mention side with an index-only scan (the
//   columns its filters read are included, so the heap is not visited on a vacuumed table), and the registrations
//   of a period the same way from the date side.
// Plain CREATE INDEX (not CONCURRENTLY): migrations run in a transaction; on a big live server create them by hand
// first with CONCURRENTLY and this migration finds them (IF NOT EXISTS).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS mention_review_queue_idx ON mention (confidence, registration_id, id)
      WHERE status = 'suggested';
    CREATE INDEX IF NOT EXISTS mention_platform_covering_idx ON mention (platform_id, registration_id)
      INCLUDE (status, origin, in_catalogue, roles) WHERE kind = 'named' AND NOT negated;
    CREATE INDEX IF NOT EXISTS registration_date_covering_idx ON registration (reg_date) INCLUDE (id, police_unit);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS mention_review_queue_idx;
    DROP INDEX IF EXISTS mention_platform_covering_idx;
    DROP INDEX IF EXISTS registration_date_covering_idx;
  `.execute(db)
}
