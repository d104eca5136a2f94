import { sql, type Kysely } from 'kysely'

// Two unique indexes that the primary keys already enforce, dropped: every import paid a B-tree insert into each
// (a text key, the costlier kind) for nothing: 8–17 % of the server's CPU per imported registration (BENCHMARKS.md, import).
// - registration (source, source_ref): registration.id is UUIDv5 of (source, source_ref) (domain/registration/
//   registration-id.ts), so the primary key already allows one row per pair. ARCHITECTURE.md asks for no unique
//   constraint a shard cannot check on its own, which this one, without the distribution column, was; nothing
//   looks registrations up by it (the source_ref prefix filter is a LIKE it cannot serve).
// - person (pseudonym): person.id is UUIDv5 of the pseudonym, the same argument; nothing looks persons up by it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS registration_source_ref_key;
    DROP INDEX IF EXISTS person_pseudonym_key;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNIQUE INDEX IF NOT EXISTS registration_source_ref_key ON registration (source, source_ref);
    CREATE UNIQUE INDEX IF NOT EXISTS person_pseudonym_key ON person (pseudonym);
  `.execute(db)
}
