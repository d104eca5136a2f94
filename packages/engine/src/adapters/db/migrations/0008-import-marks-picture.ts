import { sql, type Kysely } from 'kysely'

// Cheaper bulk import (bench/import, 1M registrations into PostgreSQL), the same picture:
// - The import marks the registrations it touched dirty itself, in one statement per batch: it knows them all (every
//   registration it wrote, updated or extracted). Its transaction says so with SET LOCAL platformscope.picture_marks
//   = 'writer' (adapters/db/picture-marks.ts), and the statement triggers of 0003 then leave registrations, person
//   links, mentions and vulnerability factors to it. Without that, the registration trigger copied every new row,
//   narrative included, into its transition table, and the link trigger re-locked each registration the first had
//   just marked: a tenth of the server's CPU per imported registration.
//   Persons stay with their trigger, except a new person: its only links are the ones the writer makes in the same
//   transaction (every writer of links writes the person first or in the same transaction), so those registrations
//   are marked already. A changed person still marks every registration it is linked to, whoever wrote it.
//   Every other writer (case form, review, extract --db, catalogue changes) sets nothing and is marked as before.
// - registration_unit_idx (police_unit) is dropped: a unit is about a tenth of the registrations, too many for an
//   index of its own to pay, and 0002's registration_date_covering_idx carries police_unit for the queries that
//   filter on it by period; each imported registration paid a B-tree insert into it.
// the setting's name is adapters/db/picture-marks.ts's PICTURE_MARKS_SETTING, written out: a migration never changes
export const WRITER_MARKS = `coalesce(current_setting('platformscope.picture_marks', true), '') = 'writer'`

/** 0003's way of marking: an already dirty registration is locked, not marked twice (0011 marks without it) */
export const LOCK_IF_DIRTY = '\n          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false'

/**
 * 0003's marking functions (0005's for persons), with `guards` placed first in each: up adds the writer's guards, down
 * restores them without. `onConflict` ends each INSERT (0011 passes '').
 */
export const markingFunctions = (guards: { rows: string; registrations: string; persons: string }, onConflict = LOCK_IF_DIRTY): string => `
    CREATE OR REPLACE FUNCTION picture_mark_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN${guards.rows}
      IF TG_OP = 'DELETE' THEN
        INSERT INTO picture_dirty SELECT DISTINCT registration_id FROM old_rows ORDER BY 1${onConflict};
      ELSE
        INSERT INTO picture_dirty SELECT DISTINCT registration_id FROM new_rows ORDER BY 1${onConflict};
      END IF;
      RETURN NULL;
    END $$;

    CREATE OR REPLACE FUNCTION picture_mark_registrations() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN${guards.registrations}
      IF TG_OP = 'DELETE' THEN
        INSERT INTO picture_dirty SELECT id FROM old_rows ORDER BY 1${onConflict};
      ELSE
        INSERT INTO picture_dirty SELECT id FROM new_rows ORDER BY 1${onConflict};
      END IF;
      RETURN NULL;
    END $$;

    CREATE OR REPLACE FUNCTION picture_mark_persons() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN${guards.persons}
      IF TG_OP = 'DELETE' THEN
        INSERT INTO picture_dirty SELECT DISTINCT rp.registration_id FROM registration_person rp
          WHERE rp.person_id = ANY (ARRAY(SELECT id FROM old_rows)) ORDER BY 1${onConflict};
      ELSE
        INSERT INTO picture_dirty SELECT DISTINCT rp.registration_id FROM registration_person rp
          WHERE rp.person_id = ANY (ARRAY(SELECT id FROM new_rows)) ORDER BY 1${onConflict};
      END IF;
      RETURN NULL;
    END $$;`

export const leaveToWriter = (condition: string): string => `
      IF ${condition} THEN
        RETURN NULL;
      END IF;`

/** Each marking function leaves to a writer that marks itself what it marks for the others (a new person: see above). */
export const WRITER_GUARDS = {
  rows: leaveToWriter(WRITER_MARKS),
  registrations: leaveToWriter(WRITER_MARKS),
  persons: leaveToWriter(`TG_OP = 'INSERT' AND ${WRITER_MARKS}`),
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS registration_unit_idx`.execute(db)
  await sql.raw(markingFunctions(WRITER_GUARDS)).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS registration_unit_idx ON registration (police_unit)`.execute(db)
  await sql.raw(markingFunctions({ rows: '', registrations: '', persons: '' })).execute(db)
}
