import { sql, type Kysely } from 'kysely'

// The picture's summary: what the intelligence picture counts, kept per registration so that building the picture is
// a scan and a low-cardinality GROUP BY instead of deduplicating millions of mentions at query time
// (BENCHMARKS.md, "picture"). adapters/db/picture.repository.ts reads it; the in-memory rule in
// domain/picture/picture-aggregates.ts is the reference it is tested against.
//
// Maintenance is lazy and exact: statement-level triggers on every table the picture reads mark the touched
// registrations dirty (one cheap insert per registration, whoever writes: import, extraction, review, case form,
// catalogue changes), and picture_refresh() recomputes the dirty registrations' summary rows right before a picture is
// built, in the picture's own transaction. Concurrency: the marking upsert locks an existing dirty row, and the
// refresh takes dirty rows with SKIP LOCKED, so a registration whose writer has not committed yet stays dirty for the
// next refresh instead of being summarised from old data, and a refresh never waits for a writer.
//
// Status classes: *_all counts what the 'suggested' filter counts (everything not rejected), *_confirmed what the
// 'confirmed' filter counts (confirmed or corrected, or entered by hand/registered). Role sets are bit masks in the
// order of the report's six roles (contract ROLE_IDS).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE picture_dirty (registration_id uuid PRIMARY KEY);

    -- one row per stored registration
    CREATE TABLE picture_registration (
      registration_id uuid PRIMARY KEY,
      reg_date date NOT NULL,
      police_unit text,
      source text NOT NULL,
      exploitation_form text,
      named_all boolean NOT NULL,
      named_confirmed boolean NOT NULL,
      generic_all integer NOT NULL,
      generic_confirmed integer NOT NULL,
      unclear_all integer NOT NULL,
      unclear_confirmed integer NOT NULL,
      vulnerabilities_all text[] NOT NULL,
      vulnerabilities_confirmed text[] NOT NULL,
      -- the registration's minor links (age < 18, not resident abroad): youngest (ties: lowest person id), age range,
      -- union of their person roles; null when it has none
      youngest_age integer,
      youngest_gender text,
      min_age integer,
      max_age integer,
      minor_roles text[]
    );
    CREATE INDEX picture_registration_date_idx ON picture_registration (reg_date);

    -- one row per counted (registration, catalogue platform) pair: named, not negated, not rejected, resolved to a
    -- catalogue platform by id or else by name; masks are the union of roles over the registration's mentions of it
    CREATE TABLE picture_pair (
      registration_id uuid NOT NULL,
      platform_id text NOT NULL,
      reg_date date NOT NULL,
      police_unit text,
      source text NOT NULL,
      exploitation_form text,
      mask_all integer NOT NULL,
      mask_confirmed integer,
      -- distinct extractor / catalogue versions of the counted mentions, newline-joined (almost always one value)
      versions_all text NOT NULL,
      versions_confirmed text,
      PRIMARY KEY (registration_id, platform_id)
    );
    CREATE INDEX picture_pair_date_idx ON picture_pair (reg_date);

    -- one row per minor link (age < 18, resident_nl not false), with the registration's selection columns and flags
    CREATE TABLE picture_minor (
      registration_id uuid NOT NULL,
      person_id uuid NOT NULL,
      reg_date date NOT NULL,
      police_unit text,
      source text NOT NULL,
      exploitation_form text,
      named_all boolean NOT NULL,
      named_confirmed boolean NOT NULL,
      age integer NOT NULL,
      gender text,
      birth_country text,
      roles text[] NOT NULL,
      PRIMARY KEY (registration_id, person_id)
    );
    CREATE INDEX picture_minor_date_idx ON picture_minor (reg_date);

    -- named mentions that resolve to no catalogue platform: new-platform candidates
    CREATE TABLE picture_candidate (
      registration_id uuid NOT NULL,
      name text NOT NULL,
      mentions_all integer NOT NULL,
      mentions_confirmed integer NOT NULL,
      PRIMARY KEY (registration_id, name)
    );

    -- the person and platform triggers find the registrations to mark through these
    CREATE INDEX registration_person_person_idx ON registration_person (person_id);
    CREATE INDEX mention_unresolved_name_idx ON mention (lower(platform_name))
      WHERE kind = 'named' AND platform_id IS NULL;

    CREATE FUNCTION picture_role_mask(roles text[]) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT ('recruiting' = ANY(roles))::int
           | (('advertising' = ANY(roles))::int << 1)
           | (('customer_acquisition' = ANY(roles))::int << 2)
           | (('customer_meeting' = ANY(roles))::int << 3)
           | (('relationship' = ANY(roles))::int << 4)
           | (('image_distribution' = ANY(roles))::int << 5)
    $$;

    CREATE FUNCTION picture_confirmed(status text, origin text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT status <> 'rejected' AND (status IN ('confirmed', 'corrected') OR origin IN ('manual', 'registered'))
    $$;

    -- Recomputes the summary rows of the given registrations from the source tables.
    CREATE FUNCTION picture_refresh_registrations(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM picture_pair WHERE registration_id = ANY(ids);
      DELETE FROM picture_minor WHERE registration_id = ANY(ids);
      DELETE FROM picture_candidate WHERE registration_id = ANY(ids);
      DELETE FROM picture_registration WHERE registration_id = ANY(ids);

      INSERT INTO picture_pair (registration_id, platform_id, reg_date, police_unit, source, exploitation_form,
                                mask_all, mask_confirmed, versions_all, versions_confirmed)
      SELECT r.id, x.platform_id, r.reg_date, r.police_unit, r.source, r.exploitation_form,
             bit_or(picture_role_mask(m.roles)),
             bit_or(picture_role_mask(m.roles)) FILTER (WHERE picture_confirmed(m.status, m.origin)),
             coalesce(string_agg(DISTINCT m.extractor_version, E'\n' ORDER BY m.extractor_version), '') || E'\t' ||
               coalesce(string_agg(DISTINCT m.catalogue_version, E'\n' ORDER BY m.catalogue_version), ''),
             coalesce(string_agg(DISTINCT m.extractor_version, E'\n' ORDER BY m.extractor_version)
                        FILTER (WHERE picture_confirmed(m.status, m.origin)), '') || E'\t' ||
               coalesce(string_agg(DISTINCT m.catalogue_version, E'\n' ORDER BY m.catalogue_version)
                        FILTER (WHERE picture_confirmed(m.status, m.origin)), '')
      FROM registration r
      JOIN mention m ON m.registration_id = r.id
      CROSS JOIN LATERAL (
        SELECT coalesce(
          (SELECT p.id FROM platform p WHERE p.id = m.platform_id AND p.in_catalogue),
          (SELECT p.id FROM platform p WHERE lower(p.name) = lower(m.platform_name) AND p.in_catalogue)) AS platform_id
      ) x
      WHERE r.id = ANY(ids) AND m.kind = 'named' AND NOT m.negated AND m.status <> 'rejected'
        AND x.platform_id IS NOT NULL
      GROUP BY r.id, x.platform_id;

      UPDATE picture_pair SET versions_confirmed = NULL
      WHERE registration_id = ANY(ids) AND mask_confirmed IS NULL;

      INSERT INTO picture_candidate (registration_id, name, mentions_all, mentions_confirmed)
      SELECT m.registration_id, btrim(m.platform_name, E' \t\n\r'), count(*),
             count(*) FILTER (WHERE picture_confirmed(m.status, m.origin))
      FROM mention m
      WHERE m.registration_id = ANY(ids) AND m.kind = 'named' AND NOT m.negated AND m.status <> 'rejected'
        AND btrim(coalesce(m.platform_name, ''), E' \t\n\r') <> ''
        AND NOT EXISTS (SELECT 1 FROM platform p WHERE p.id = m.platform_id AND p.in_catalogue)
        AND NOT EXISTS (SELECT 1 FROM platform p WHERE lower(p.name) = lower(m.platform_name) AND p.in_catalogue)
      GROUP BY 1, 2;

      INSERT INTO picture_registration
      SELECT r.id, r.reg_date, r.police_unit, r.source, r.exploitation_form,
             pp.named_all, pp.named_confirmed,
             mc.generic_all, mc.generic_confirmed, mc.unclear_all, mc.unclear_confirmed,
             vu.all_factors, vu.confirmed_factors,
             yo.age, yo.gender, mi.min_age, mi.max_age, mi.roles
      FROM registration r
      CROSS JOIN LATERAL (
        SELECT count(*) > 0 AS named_all, count(mask_confirmed) > 0 AS named_confirmed
        FROM picture_pair WHERE registration_id = r.id) pp
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE kind = 'generic')::int AS generic_all,
               count(*) FILTER (WHERE kind = 'generic' AND picture_confirmed(status, origin))::int AS generic_confirmed,
               count(*) FILTER (WHERE kind = 'unclear')::int AS unclear_all,
               count(*) FILTER (WHERE kind = 'unclear' AND picture_confirmed(status, origin))::int AS unclear_confirmed
        FROM mention
        WHERE registration_id = r.id AND kind <> 'named' AND NOT negated AND status <> 'rejected') mc
      CROSS JOIN LATERAL (
        SELECT coalesce(array_agg(factor ORDER BY factor), '{}') AS all_factors,
               coalesce(array_agg(factor ORDER BY factor) FILTER (WHERE picture_confirmed(status, origin)), '{}')
                 AS confirmed_factors
        FROM vulnerability WHERE registration_id = r.id AND status <> 'rejected') vu
      LEFT JOIN LATERAL (
        SELECT rp.age, p.gender
        FROM registration_person rp JOIN person p ON p.id = rp.person_id
        WHERE rp.registration_id = r.id AND rp.age < 18 AND p.resident_nl IS DISTINCT FROM false
        ORDER BY rp.age, rp.person_id LIMIT 1) yo ON true
      CROSS JOIN LATERAL (
        SELECT min(rp.age) AS min_age, max(rp.age) AS max_age,
               CASE WHEN count(*) > 0 THEN
                 coalesce((SELECT array_agg(DISTINCT role ORDER BY role)
                           FROM registration_person rp2 JOIN person p2 ON p2.id = rp2.person_id
                           CROSS JOIN LATERAL unnest(rp2.roles) AS role
                           WHERE rp2.registration_id = r.id AND rp2.age < 18
                             AND p2.resident_nl IS DISTINCT FROM false), '{}')
               END AS roles
        FROM registration_person rp JOIN person p ON p.id = rp.person_id
        WHERE rp.registration_id = r.id AND rp.age < 18 AND p.resident_nl IS DISTINCT FROM false) mi
      WHERE r.id = ANY(ids);

      INSERT INTO picture_minor (registration_id, person_id, reg_date, police_unit, source, exploitation_form,
                                 named_all, named_confirmed, age, gender, birth_country, roles)
      SELECT pr.registration_id, rp.person_id, pr.reg_date, pr.police_unit, pr.source, pr.exploitation_form,
             pr.named_all, pr.named_confirmed, rp.age, p.gender, p.birth_country, rp.roles
      FROM picture_registration pr
      JOIN registration_person rp ON rp.registration_id = pr.registration_id
      JOIN person p ON p.id = rp.person_id
      WHERE pr.registration_id = ANY(ids) AND rp.age < 18 AND p.resident_nl IS DISTINCT FROM false;
    END $$;

    -- Brings the summary up to date: takes the dirty registrations that no running writer holds, in chunks, and
    -- recomputes them. Returns how many it refreshed.
    CREATE FUNCTION picture_refresh(chunk integer DEFAULT 20000) RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      ids uuid[];
      total bigint := 0;
    BEGIN
      LOOP
        WITH taken AS (
          DELETE FROM picture_dirty WHERE registration_id IN (
            SELECT registration_id FROM picture_dirty LIMIT chunk FOR UPDATE SKIP LOCKED)
          RETURNING registration_id)
        SELECT array_agg(registration_id ORDER BY registration_id) INTO ids FROM taken;
        EXIT WHEN ids IS NULL;
        PERFORM picture_refresh_registrations(ids);
        total := total + cardinality(ids);
      END LOOP;
      RETURN total;
    END $$;

    -- Marking. ON CONFLICT … DO UPDATE … WHERE false writes nothing but locks an already dirty row until the writer
    -- commits, so a concurrent refresh (SKIP LOCKED) leaves it for the next one.
    CREATE FUNCTION picture_mark_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO picture_dirty SELECT DISTINCT registration_id FROM old_rows ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      ELSE
        INSERT INTO picture_dirty SELECT DISTINCT registration_id FROM new_rows ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      END IF;
      RETURN NULL;
    END $$;

    CREATE FUNCTION picture_mark_registrations() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO picture_dirty SELECT id FROM old_rows ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      ELSE
        INSERT INTO picture_dirty SELECT id FROM new_rows ORDER BY 1
          ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      END IF;
      RETURN NULL;
    END $$;

    CREATE FUNCTION picture_mark_persons() RETURNS trigger LANGUAGE plpgsql AS $$
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

    -- A platform entering or leaving the catalogue, or renamed, changes how mentions resolve.
    CREATE FUNCTION picture_mark_platforms() RETURNS trigger LANGUAGE plpgsql AS $$
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
        ORDER BY 1
        ON CONFLICT (registration_id) DO UPDATE SET registration_id = excluded.registration_id WHERE false;
      RETURN NULL;
    END $$;

    CREATE FUNCTION picture_reset() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      TRUNCATE picture_pair, picture_minor, picture_candidate, picture_registration, picture_dirty;
      INSERT INTO picture_dirty SELECT id FROM registration;
      RETURN NULL;
    END $$;
  `.execute(db)

  for (const [table, fn] of [
    ['registration', 'picture_mark_registrations'],
    ['mention', 'picture_mark_rows'],
    ['registration_person', 'picture_mark_rows'],
    ['vulnerability', 'picture_mark_rows'],
    ['person', 'picture_mark_persons'],
    ['platform', 'picture_mark_platforms'],
  ] as const) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_picture_insert`)} AFTER INSERT ON ${sql.table(table)}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(fn)}();
      CREATE TRIGGER ${sql.raw(`${table}_picture_update`)} AFTER UPDATE ON ${sql.table(table)}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(fn)}();
      CREATE TRIGGER ${sql.raw(`${table}_picture_delete`)} AFTER DELETE ON ${sql.table(table)}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(fn)}();
      CREATE TRIGGER ${sql.raw(`${table}_picture_truncate`)} AFTER TRUNCATE ON ${sql.table(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION picture_reset();
    `.execute(db)
  }
  await sql`INSERT INTO picture_dirty SELECT id FROM registration`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['registration', 'mention', 'registration_person', 'vulnerability', 'person', 'platform']) {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_picture_${event}`)} ON ${sql.table(table)}`.execute(db)
    }
  }
  await sql`
    DROP FUNCTION IF EXISTS picture_reset(), picture_mark_platforms(), picture_mark_persons(),
      picture_mark_registrations(), picture_mark_rows(), picture_refresh(integer),
      picture_refresh_registrations(uuid[]), picture_confirmed(text, text), picture_role_mask(text[]);
    DROP INDEX IF EXISTS mention_unresolved_name_idx, registration_person_person_idx;
    DROP TABLE IF EXISTS picture_candidate, picture_minor, picture_pair, picture_registration, picture_dirty;
  `.execute(db)
}
