import { sql, type Kysely } from 'kysely'

// The drill-down behind a number of the confirmed picture walks one platform's confirmed pairs by date. In the
// all-pairs index those are a minority (a tenth of the pairs on the 1M benchmark), so reaching the page or the count
// cap meant stepping over the unreviewed ones; this partial index holds only the confirmed pairs (18 buffers instead
// of 2,000 for a category × year drill-down there). IF NOT EXISTS: see 0002 on building it CONCURRENTLY first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS picture_pair_confirmed_idx ON picture_pair (platform_id, reg_date DESC, registration_id)
      INCLUDE (mask_confirmed, police_unit) WHERE mask_confirmed IS NOT NULL;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS picture_pair_confirmed_idx;`.execute(db)
}
