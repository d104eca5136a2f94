import { sql, type Kysely } from 'kysely'
import { LOCK_IF_DIRTY, WRITER_GUARDS, markingFunctions } from './0008-import-marks-picture.ts'
import { markInsertedRows } from './0010-inserted-rows-marked-per-row.ts'

// The picture's dirty marks become a log without a key (bench/import; BENCHMARKS.md, import): a writer appends the
// registrations it touched, duplicates allowed, and the refresh takes every mark it can see. Before, each mark looked
// for an earlier mark of the same registration in picture_dirty's primary key and locked it, or inserted into that key:
// two B-tree descents on a random UUID per imported registration, 3–5 µs of the server's CPU.
// Still exact, without the locks: a mark is an inserted row, so a writer's marks become visible when its changes do.
// The refresh deletes the marks its statement sees and recomputes those registrations; a writer that commits after that
// leaves its own marks (inserted, not yet visible then) for the next refresh, whatever this one happened to read. One
// refresh at a time (a transaction-scoped advisory lock; a second one returns at once, as it found every mark locked
// before), so no two recompute the same registration. A refresh of many marks vacuums the log afterwards
// (picture.repository.ts).
const REFRESH_LOCK = 7254032

/** 0003's picture_refresh, with the marks taken as `take` says. */
const refreshFunction = (take: string): string => `
    CREATE OR REPLACE FUNCTION picture_refresh() RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      taken bigint;
      months date[];
    BEGIN${take}
      IF taken = 0 THEN
        RETURN 0;
      END IF;
      INSERT INTO picture_refresh_ids
        SELECT DISTINCT pm.registration_id FROM picture_minor pm WHERE pm.person_id IN (
          SELECT m.person_id FROM picture_minor m JOIN picture_refresh_ids i USING (registration_id)
          UNION
          SELECT rp.person_id FROM registration_person rp JOIN picture_refresh_ids i USING (registration_id))
        ON CONFLICT DO NOTHING;
      ANALYZE picture_refresh_ids;
      months := picture_refresh_registrations();
      IF cardinality(months) > 0 THEN
        PERFORM picture_refresh_facts(ARRAY(SELECT DISTINCT unnest(months)));
      END IF;
      UPDATE picture_generation SET generation = generation + 1;
      RETURN taken;
    END $$;`

const TAKE_LOCKED_ROWS = `
      IF NOT EXISTS (SELECT 1 FROM picture_dirty) THEN
        RETURN 0;
      END IF;
      CREATE TEMP TABLE IF NOT EXISTS picture_refresh_ids (registration_id uuid PRIMARY KEY) ON COMMIT DROP;
      DELETE FROM picture_refresh_ids;
      WITH t AS (
        DELETE FROM picture_dirty WHERE registration_id IN (
          SELECT registration_id FROM picture_dirty FOR UPDATE SKIP LOCKED)
        RETURNING registration_id)
      INSERT INTO picture_refresh_ids SELECT registration_id FROM t;
      GET DIAGNOSTICS taken = ROW_COUNT;`

const TAKE_THE_LOG = `
      IF NOT pg_try_advisory_xact_lock(${REFRESH_LOCK}) OR NOT EXISTS (SELECT 1 FROM picture_dirty) THEN
        RETURN 0;
      END IF;
      CREATE TEMP TABLE IF NOT EXISTS picture_refresh_ids (registration_id uuid PRIMARY KEY) ON COMMIT DROP;
      DELETE FROM picture_refresh_ids;
      WITH t AS (DELETE FROM picture_dirty RETURNING registration_id)
      INSERT INTO picture_refresh_ids SELECT DISTINCT registration_id FROM t;
      GET DIAGNOSTICS taken = ROW_COUNT;`

/** 0003's marking of registrations by platform changes, ending each INSERT with `onConflict`. */
const markPlatforms = (onConflict: string): string => `
    CREATE OR REPLACE FUNCTION picture_mark_platforms() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      changed_ids text[];
      changed_names text[];
    BEGIN
      IF TG_OP = 'DELETE' THEN
        SELECT array_agg(id), array_agg(lower(name)) INTO changed_ids, changed_names FROM old_rows;
      ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(id), array_agg(lower(name)) INTO changed_ids, changed_names FROM new_rows;
      ELSE
        SELECT array_agg(n.id), array_agg(lower(n.name)) || array_agg(lower(o.name)) INTO changed_ids, changed_names
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.name, n.in_catalogue) IS DISTINCT FROM (o.name, o.in_catalogue);
      END IF;
      IF changed_ids IS NULL THEN
        RETURN NULL;
      END IF;
      INSERT INTO picture_dirty
        SELECT registration_id FROM mention
          WHERE kind = 'named' AND NOT negated AND platform_id = ANY(changed_ids)
        UNION
        SELECT registration_id FROM mention
          WHERE kind = 'named' AND platform_id IS NULL AND lower(platform_name) = ANY(changed_names)
        UNION
        SELECT registration_id FROM mention
          WHERE kind = 'named' AND NOT negated AND platform_id IN (
            SELECT id FROM platform WHERE NOT in_catalogue AND lower(name) = ANY(changed_names))
        ORDER BY 1${onConflict};
      RETURN NULL;
    END $$;`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE picture_dirty DROP CONSTRAINT IF EXISTS picture_dirty_pkey`.execute(db)
  await sql.raw(markingFunctions(WRITER_GUARDS, '')).execute(db)
  await sql.raw(markPlatforms('')).execute(db)
  await sql.raw(markInsertedRows('')).execute(db)
  await sql.raw(refreshFunction(TAKE_THE_LOG)).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM picture_dirty a USING picture_dirty b WHERE a.registration_id = b.registration_id AND a.ctid < b.ctid;
    ALTER TABLE picture_dirty ADD PRIMARY KEY (registration_id);
  `.execute(db)
  await sql.raw(markingFunctions(WRITER_GUARDS)).execute(db)
  await sql.raw(markPlatforms(LOCK_IF_DIRTY)).execute(db)
  await sql.raw(markInsertedRows(LOCK_IF_DIRTY)).execute(db)
  await sql.raw(refreshFunction(TAKE_LOCKED_ROWS)).execute(db)
}
