import { sql, type Kysely } from 'kysely'
import { LOCK_IF_DIRTY } from './0008-import-marks-picture.ts'

// New registrations and person links are marked for the picture by row triggers whose WHEN clause leaves a writer that
// marks them itself (migration 0008) alone, instead of by 0003's statement triggers (bench/import; BENCHMARKS.md,
// import). A statement trigger with a transition table makes PostgreSQL copy every inserted row into that table before
// the trigger can decide anything, so the import still paid for copying each new registration, narrative included,
// after 0008 had made the trigger return at once: 3–5 µs of server CPU per imported registration. A WHEN clause is
// evaluated as the row is inserted, and a row it rejects queues nothing.
// Who inserts these rows other than the import does so a few at a time (the case form) or by SQL by hand, for which a
// row trigger is as exact and cheap enough. Updates, deletes and TRUNCATE keep 0003's statement triggers.
const NOT_WRITER_MARKED = `coalesce(current_setting('platformscope.picture_marks', true), '') <> 'writer'`

/** The row marks' functions, ending each INSERT with `onConflict` (0011 marks without a conflict clause). */
export const markInsertedRows = (onConflict: string): string => `
    CREATE OR REPLACE FUNCTION picture_mark_inserted_registration() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO picture_dirty VALUES (NEW.id)${onConflict};
      RETURN NULL;
    END $$;
    CREATE OR REPLACE FUNCTION picture_mark_inserted_link() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO picture_dirty VALUES (NEW.registration_id)${onConflict};
      RETURN NULL;
    END $$;`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS registration_picture_insert ON registration;
    DROP TRIGGER IF EXISTS registration_person_picture_insert ON registration_person;
  `.execute(db)
  await sql.raw(markInsertedRows(LOCK_IF_DIRTY)).execute(db)
  await sql`
    CREATE TRIGGER registration_picture_insert AFTER INSERT ON registration
      FOR EACH ROW WHEN (${sql.raw(NOT_WRITER_MARKED)}) EXECUTE FUNCTION picture_mark_inserted_registration();
    CREATE TRIGGER registration_person_picture_insert AFTER INSERT ON registration_person
      FOR EACH ROW WHEN (${sql.raw(NOT_WRITER_MARKED)}) EXECUTE FUNCTION picture_mark_inserted_link();
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS registration_picture_insert ON registration;
    DROP TRIGGER IF EXISTS registration_person_picture_insert ON registration_person;
    DROP FUNCTION IF EXISTS picture_mark_inserted_registration(), picture_mark_inserted_link();
    CREATE TRIGGER registration_picture_insert AFTER INSERT ON registration
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION picture_mark_registrations();
    CREATE TRIGGER registration_person_picture_insert AFTER INSERT ON registration_person
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION picture_mark_rows();
  `.execute(db)
}
