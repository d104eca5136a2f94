import { sql, type Kysely } from 'kysely'

// Settings for the picture summary refresh, which after a bulk import recomputes every registration at once:
// - no JIT: its statements are estimated expensive enough for PostgreSQL to JIT-compile them (with inlining and
//   optimisation, dozens of functions per statement), which made a refresh of 100k registrations about 30 % slower;
// - work_mem 64 MB: its sorts and hashes over all registrations spill to disk at the default 4 MB (about 20 % slower
//   at 100k, more at 1M). One refresh runs at a time, so this is one statement's memory, not one per connection.
// Both hold for the refresh and every function it calls; the rest of the database keeps the server's settings.
// PGlite has no JIT and accepts the setting.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER FUNCTION picture_refresh() SET jit = off`.execute(db)
  await sql`ALTER FUNCTION picture_refresh() SET work_mem = '64MB'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER FUNCTION picture_refresh() RESET ALL`.execute(db)
}
