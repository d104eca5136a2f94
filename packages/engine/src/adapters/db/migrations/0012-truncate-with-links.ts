import { sql, type Kysely } from 'kysely'

// 0009's emptying of the person links when registration is emptied ran TRUNCATE registration_person from the AFTER
// TRUNCATE trigger, which PostgreSQL refuses while the same statement truncates registration_person too (`truncate
// registration, registration_person, …`, as bench/picture's rows do): "cannot TRUNCATE … being used by active queries".
// A DELETE is allowed there: it finds nothing when the statement emptied the links already, and empties them when it
// did not, as the foreign key's CASCADE did.
const body = (statement: string): string => `
    CREATE OR REPLACE FUNCTION registration_truncate_person_links() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${statement};
      RETURN NULL;
    END $$;`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(body('DELETE FROM registration_person')).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(body('TRUNCATE registration_person')).execute(db)
}
