import { sql, type Kysely } from 'kysely'

// The person links' reference to their registration, checked once per statement instead of once per row (bench/import,
// 1M registrations into PostgreSQL; BENCHMARKS.md, import). The foreign key checked every inserted link with a query of
// its own that also locked the registration row: about 7 µs per link, a sixth of the server's CPU per imported
// registration. The same rules, kept by statement triggers:
// - a link must name a stored registration: after every INSERT or UPDATE statement on registration_person, one
//   anti-join of the statement's rows against registration, which fails the statement with foreign_key_violation
//   (23503), as the foreign key did;
// - deleting a registration deletes its links (the foreign key's ON DELETE CASCADE), and emptying the table empties
//   them.
// What is given up is the foreign key's row lock: a registration deleted by another transaction while links to it are
// being written could leave those links behind. Nothing in platformscope deletes registrations (a database
// administrator can), and every query and the picture reach links through their registration, so such a link would
// be counted nowhere.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE registration_person DROP CONSTRAINT IF EXISTS registration_person_registration_id_fkey;

    CREATE FUNCTION registration_person_check_registration() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      missing uuid;
    BEGIN
      SELECT n.registration_id INTO missing FROM new_rows n
        WHERE NOT EXISTS (SELECT 1 FROM registration r WHERE r.id = n.registration_id) LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "registration_person" violates its reference to "registration"'
          USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (registration_id)=(%s) is not present in table "registration".', missing),
                TABLE = 'registration_person', COLUMN = 'registration_id';
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER registration_person_registration_insert AFTER INSERT ON registration_person
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registration_person_check_registration();
    CREATE TRIGGER registration_person_registration_update AFTER UPDATE ON registration_person
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registration_person_check_registration();

    CREATE FUNCTION registration_delete_person_links() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM registration_person WHERE registration_id = ANY (ARRAY(SELECT id FROM old_rows));
      RETURN NULL;
    END $$;
    CREATE TRIGGER registration_person_links_delete AFTER DELETE ON registration
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION registration_delete_person_links();

    -- and emptying registration empties the links (the foreign key refused a TRUNCATE without CASCADE)
    CREATE FUNCTION registration_truncate_person_links() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      TRUNCATE registration_person;
      RETURN NULL;
    END $$;
    CREATE TRIGGER registration_person_links_truncate AFTER TRUNCATE ON registration
      FOR EACH STATEMENT EXECUTE FUNCTION registration_truncate_person_links();
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS registration_person_links_truncate ON registration;
    DROP TRIGGER IF EXISTS registration_person_links_delete ON registration;
    DROP TRIGGER IF EXISTS registration_person_registration_update ON registration_person;
    DROP TRIGGER IF EXISTS registration_person_registration_insert ON registration_person;
    DROP FUNCTION IF EXISTS registration_truncate_person_links(), registration_delete_person_links(), registration_person_check_registration();
    ALTER TABLE registration_person ADD CONSTRAINT registration_person_registration_id_fkey
      FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE;
  `.execute(db)
}
