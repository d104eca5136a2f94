import { sql, type Kysely } from 'kysely'

// The summary refresh's statements are estimated expensive enough for PostgreSQL to JIT-compile them (with inlining
// and optimisation: dozens of functions per statement), which made a refresh of 100k registrations about 30 % slower
// than without (measured in alternation, bench picture database). The setting holds for the refresh and every
// function it calls; the rest of the database keeps the server's choice. PGlite has no JIT and accepts the setting.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER FUNCTION picture_refresh() SET jit = off`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER FUNCTION picture_refresh() RESET jit`.execute(db)
}
