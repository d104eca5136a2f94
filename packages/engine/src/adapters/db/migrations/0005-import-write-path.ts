import { sql, type Kysely } from 'kysely'

// Cheaper bulk import (bench/import, 1M registrations), same results:
// - registration_date_idx (reg_date) is dropped: 0002's registration_date_covering_idx (reg_date) INCLUDE (id,
//   police_unit) serves every query it served, and each inserted registration paid for both;
// - picture_mark_persons finds the registrations linked to the written persons by index (= ANY of the ids' array)
//   whatever the statistics say. With new_rows' size unknown and registration_person not yet analyzed during a
//   first import the planner hash-joined a sequential scan of every link for each batch of persons, so an import
//   got slower with every registration stored. Marks exactly the same registrations as 0003's version.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS registration_date_idx;

    CREATE OR REPLACE FUNCTION picture_mark_persons() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO picture_dirty SELECT DISTINCT rp.registration_id FROM registration_person rp
          WHERE rp.person_id = ANY (ARRAY(SELECT id FROM old_rows)) ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      ELSE
        INSERT INTO picture_dirty SELECT DISTINCT rp.registration_id FROM registration_person rp
          WHERE rp.person_id = ANY (ARRAY(SELECT id FROM new_rows)) ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS registration_date_idx ON registration (reg_date);

    CREATE OR REPLACE FUNCTION picture_mark_persons() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO picture_dirty SELECT DISTINCT rp.registration_id FROM registration_person rp
          WHERE rp.person_id IN (SELECT id FROM old_rows) ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      ELSE
        INSERT INTO picture_dirty SELECT DISTINCT rp.registration_id FROM registration_person rp
          WHERE rp.person_id IN (SELECT id FROM new_rows) ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db)
}
