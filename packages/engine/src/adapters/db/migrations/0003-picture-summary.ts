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
/**
 * The refresh of the dirty registrations' summary rows as this migration creates it; 0006 replaces its pairs'
 * statement and reads this text to do so (and to restore it on the way down).
 */
export const REFRESH_REGISTRATIONS = `
    CREATE FUNCTION picture_refresh_registrations() RETURNS date[] LANGUAGE plpgsql AS $$
    DECLARE
      months date[];
    BEGIN
      SELECT array_agg(DISTINCT date_trunc('month', reg_date)::date) INTO months
      FROM picture_registration WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids);
      DELETE FROM picture_pair WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids);
      DELETE FROM picture_minor WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids);
      DELETE FROM picture_multi_minor WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids);
      DELETE FROM picture_candidate WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids);
      DELETE FROM picture_registration WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids);

      INSERT INTO picture_pair (registration_id, platform_id, reg_date, police_unit, source, exploitation_form,
                                mask_all, mask_confirmed, versions_all, versions_confirmed)
      SELECT r.id, x.platform_id, r.reg_date, r.police_unit, r.source, r.exploitation_form,
             bit_or(picture_role_mask(m.roles)),
             bit_or(picture_role_mask(m.roles)) FILTER (WHERE picture_confirmed(m.status, m.origin)),
             coalesce(string_agg(DISTINCT m.extractor_version, E'\n' ORDER BY m.extractor_version), '') || E'\t' ||
               coalesce(string_agg(DISTINCT m.catalogue_version, E'\n' ORDER BY m.catalogue_version), ''),
             CASE WHEN bool_or(picture_confirmed(m.status, m.origin)) THEN
               coalesce(string_agg(DISTINCT m.extractor_version, E'\n' ORDER BY m.extractor_version)
                          FILTER (WHERE picture_confirmed(m.status, m.origin)), '') || E'\t' ||
                 coalesce(string_agg(DISTINCT m.catalogue_version, E'\n' ORDER BY m.catalogue_version)
                          FILTER (WHERE picture_confirmed(m.status, m.origin)), '')
             END
      FROM registration r
      JOIN mention m ON m.registration_id = r.id
      CROSS JOIN LATERAL (
        SELECT coalesce(
          (SELECT p.id FROM platform p WHERE p.id = m.platform_id AND p.in_catalogue),
          (SELECT p.id FROM platform p WHERE lower(p.name) = lower(m.platform_name) AND p.in_catalogue)) AS platform_id
      ) x
      WHERE r.id IN (SELECT registration_id FROM picture_refresh_ids) AND m.kind = 'named' AND NOT m.negated AND m.status <> 'rejected'
        AND x.platform_id IS NOT NULL
      GROUP BY r.id, x.platform_id;

      INSERT INTO picture_candidate (registration_id, name, mentions_all, mentions_confirmed)
      SELECT m.registration_id, btrim(m.platform_name, E' \t\n\r'), count(*),
             count(*) FILTER (WHERE picture_confirmed(m.status, m.origin))
      FROM mention m
      WHERE m.registration_id IN (SELECT registration_id FROM picture_refresh_ids) AND m.kind = 'named' AND NOT m.negated AND m.status <> 'rejected'
        AND btrim(coalesce(m.platform_name, ''), E' \t\n\r') <> ''
        AND NOT EXISTS (SELECT 1 FROM platform p WHERE p.id = m.platform_id AND p.in_catalogue)
        AND NOT EXISTS (SELECT 1 FROM platform p WHERE lower(p.name) = lower(m.platform_name) AND p.in_catalogue)
      GROUP BY 1, 2;

      INSERT INTO picture_registration
      SELECT r.id, r.reg_date, r.police_unit, r.source, r.exploitation_form,
             pp.registration_id IS NOT NULL, coalesce(pp.named_confirmed, false),
             coalesce(mc.generic_all, 0), coalesce(mc.generic_confirmed, 0),
             coalesce(mc.unclear_all, 0), coalesce(mc.unclear_confirmed, 0),
             coalesce(vu.all_factors, '{}'), coalesce(vu.confirmed_factors, '{}'),
             coalesce(pp.platforms_all, '{}'), coalesce(pp.platforms_confirmed, '{}'),
             mi.youngest_age, mi.youngest_gender, mi.min_age, mi.max_age,
             CASE WHEN mi.registration_id IS NOT NULL THEN coalesce(mr.roles, '{}') END
      FROM registration r
      LEFT JOIN (
        SELECT registration_id, bool_or(mask_confirmed IS NOT NULL) AS named_confirmed,
               array_agg(platform_id ORDER BY platform_id) AS platforms_all,
               coalesce(array_agg(platform_id ORDER BY platform_id) FILTER (WHERE mask_confirmed IS NOT NULL), '{}')
                 AS platforms_confirmed
        FROM picture_pair WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids)
        GROUP BY registration_id) pp ON pp.registration_id = r.id
      LEFT JOIN (
        SELECT registration_id,
               count(*) FILTER (WHERE kind = 'generic')::int AS generic_all,
               count(*) FILTER (WHERE kind = 'generic' AND picture_confirmed(status, origin))::int AS generic_confirmed,
               count(*) FILTER (WHERE kind = 'unclear')::int AS unclear_all,
               count(*) FILTER (WHERE kind = 'unclear' AND picture_confirmed(status, origin))::int AS unclear_confirmed
        FROM mention
        WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids)
          AND kind <> 'named' AND NOT negated AND status <> 'rejected'
        GROUP BY registration_id) mc ON mc.registration_id = r.id
      LEFT JOIN (
        SELECT registration_id, array_agg(factor ORDER BY factor) AS all_factors,
               coalesce(array_agg(factor ORDER BY factor) FILTER (WHERE picture_confirmed(status, origin)), '{}')
                 AS confirmed_factors
        FROM vulnerability
        WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids) AND status <> 'rejected'
        GROUP BY registration_id) vu ON vu.registration_id = r.id
      LEFT JOIN (
        SELECT rp.registration_id, min(rp.age) AS min_age, max(rp.age) AS max_age,
               (array_agg(rp.age ORDER BY rp.age, rp.person_id))[1] AS youngest_age,
               (array_agg(p.gender ORDER BY rp.age, rp.person_id))[1] AS youngest_gender
        FROM registration_person rp JOIN person p ON p.id = rp.person_id
        WHERE rp.registration_id IN (SELECT registration_id FROM picture_refresh_ids)
          AND rp.age < 18 AND p.resident_nl IS DISTINCT FROM false
        GROUP BY rp.registration_id) mi ON mi.registration_id = r.id
      LEFT JOIN (
        SELECT rp.registration_id, array_agg(DISTINCT role ORDER BY role) AS roles
        FROM registration_person rp JOIN person p ON p.id = rp.person_id
        CROSS JOIN LATERAL unnest(picture_person_roles(rp.roles)) AS role
        WHERE rp.registration_id IN (SELECT registration_id FROM picture_refresh_ids)
          AND rp.age < 18 AND p.resident_nl IS DISTINCT FROM false
        GROUP BY rp.registration_id) mr ON mr.registration_id = r.id
      WHERE r.id IN (SELECT registration_id FROM picture_refresh_ids);

      INSERT INTO picture_minor (registration_id, person_id, reg_date, police_unit, source, exploitation_form,
                                 named_all, named_confirmed, age, gender, birth_country, roles, role_mask,
                                 platforms_all, platforms_confirmed, multi)
      SELECT pr.registration_id, rp.person_id, pr.reg_date, pr.police_unit, pr.source, pr.exploitation_form,
             pr.named_all, pr.named_confirmed, rp.age, p.gender, p.birth_country, picture_person_roles(rp.roles),
             picture_person_role_mask(rp.roles), pr.platforms_all, pr.platforms_confirmed, links.n > 1
      FROM picture_registration pr
      JOIN registration_person rp ON rp.registration_id = pr.registration_id
      JOIN person p ON p.id = rp.person_id
      JOIN (
        SELECT person_id, count(*) AS n FROM registration_person
        WHERE age < 18 AND person_id IN (
          SELECT person_id FROM registration_person WHERE registration_id IN (SELECT registration_id FROM picture_refresh_ids))
        GROUP BY person_id) links ON links.person_id = rp.person_id
      WHERE pr.registration_id IN (SELECT registration_id FROM picture_refresh_ids) AND rp.age < 18 AND p.resident_nl IS DISTINCT FROM false;

      INSERT INTO picture_multi_minor
      SELECT registration_id, person_id, reg_date, police_unit, source, exploitation_form, named_all, named_confirmed,
             gender, birth_country, role_mask
      FROM picture_minor
      WHERE multi AND registration_id IN (SELECT registration_id FROM picture_refresh_ids);

      RETURN coalesce(months, '{}') || coalesce((
        SELECT array_agg(DISTINCT date_trunc('month', reg_date)::date) FROM registration WHERE id IN (SELECT registration_id FROM picture_refresh_ids)), '{}');
    END $$;`.trimStart()

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE picture_dirty (registration_id uuid PRIMARY KEY);

    -- bumped by every refresh that changed something: a cached picture whose generation is current and with nothing
    -- dirty is still exact, so the server need not recompute it
    CREATE TABLE picture_generation (id boolean PRIMARY KEY DEFAULT true CHECK (id), generation bigint NOT NULL);
    INSERT INTO picture_generation VALUES (true, 0);

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
      -- the catalogue platforms of its counted pairs, for pictures filtered by platform or category
      platforms_all text[] NOT NULL,
      platforms_confirmed text[] NOT NULL,
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
    -- the dashboard's drill-down: the registrations behind a platform's number, newest first, from the index alone
    CREATE INDEX picture_pair_platform_date_idx ON picture_pair (platform_id, reg_date DESC, registration_id)
      INCLUDE (mask_all, mask_confirmed, police_unit);

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
      role_mask integer NOT NULL,
      platforms_all text[] NOT NULL,
      platforms_confirmed text[] NOT NULL,
      -- the person has more than one minor link overall: counted per row; single-link minors are counted in facts
      multi boolean NOT NULL,
      PRIMARY KEY (registration_id, person_id)
    );
    CREATE INDEX picture_minor_date_idx ON picture_minor (reg_date);
    CREATE INDEX picture_minor_person_idx ON picture_minor (person_id);

    -- the minor links of minors with several links, narrow (person roles as a mask in PICTURE_PERSON_ROLES order):
    -- the one part of a picture that is counted per row, so PostgreSQL can scan and group it in parallel
    CREATE TABLE picture_multi_minor (
      registration_id uuid NOT NULL,
      person_id uuid NOT NULL,
      reg_date date NOT NULL,
      police_unit text,
      source text NOT NULL,
      exploitation_form text,
      named_all boolean NOT NULL,
      named_confirmed boolean NOT NULL,
      gender text,
      birth_country text,
      role_mask integer NOT NULL,
      PRIMARY KEY (registration_id, person_id)
    );

    -- The picture's additive counts per month, unit, source, form and status class (picture_facts below says which);
    -- a picture over whole months sums these few rows instead of reading a row per registration.
    CREATE TABLE picture_fact (
      month date NOT NULL,
      police_unit text,
      source text NOT NULL,
      exploitation_form text,
      confirmed boolean NOT NULL,
      metric text NOT NULL,
      k1 text,
      k2 text,
      n bigint NOT NULL
    );
    CREATE INDEX picture_fact_month_idx ON picture_fact (month);

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

    -- The catalogue's person roles (catalogue.json person_roles, in this order: PICTURE_PERSON_ROLES in
    -- picture.repository.ts; a test holds the three equal). Other words in a role column are not counted.
    CREATE FUNCTION picture_person_roles(roles text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT r ORDER BY r), '{}') FROM unnest(roles) AS r
      WHERE r = ANY(ARRAY['aangever', 'benadeelde', 'betrokkene', 'getuige', 'melder', 'slachtoffer', 'verdachte'])
    $$;

    CREATE FUNCTION picture_person_role_mask(roles text[]) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(sum(1 << (array_position(
        ARRAY['aangever', 'benadeelde', 'betrokkene', 'getuige', 'melder', 'slachtoffer', 'verdachte'], r) - 1)), 0)::int
      FROM (SELECT DISTINCT r FROM unnest(roles) AS r) x
      WHERE r = ANY(ARRAY['aangever', 'benadeelde', 'betrokkene', 'getuige', 'melder', 'slachtoffer', 'verdachte'])
    $$;

    CREATE FUNCTION picture_confirmed(status text, origin text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT status <> 'rejected' AND (status IN ('confirmed', 'corrected') OR origin IN ('manual', 'registered'))
    $$;

    -- Recomputes the summary rows of the registrations listed in the temporary table picture_refresh_ids (set-based:
    -- a hash join when it holds every registration after a bulk import, index lookups when it holds a few); returns
    -- the months whose facts are now out of date (where the registrations were and where they are).
    ${sql.raw(REFRESH_REGISTRATIONS)}

    -- The additive facts of the registrations dated in [from_date, to_date), per month, unit, source, form and status
    -- class. Metrics (k1, k2; n): reg (population registrations), generic / unclear (mentions, over every selected
    -- registration), pair (platform id; pairs), role (platform id, role bit; pairs with it), versions (the pair's
    -- version key, platform id; pairs), candidate_registrations / candidate_mentions (name), victim, age_min / age_max (n is the
    -- minimum / maximum), youngest (age, gender), minor_role (role; registrations), vulnerability (factor), and for
    -- minors with a single minor link overall: single_minor, single_gender, single_country, single_role (role),
    -- single_multi_role. Minors with more links are counted per row (picture_minor.multi).
    CREATE FUNCTION picture_facts(from_date date, to_date date)
    RETURNS TABLE (month date, police_unit text, source text, exploitation_form text, confirmed boolean,
                   metric text, k1 text, k2 text, n bigint)
    LANGUAGE sql STABLE AS $$
      WITH cls(confirmed) AS (VALUES (false), (true)),
      r AS (
        SELECT date_trunc('month', r.reg_date)::date AS month, r.police_unit, r.source, r.exploitation_form, c.confirmed,
               CASE WHEN c.confirmed THEN r.named_confirmed ELSE r.named_all END AS pop,
               CASE WHEN c.confirmed THEN r.generic_confirmed ELSE r.generic_all END AS generic,
               CASE WHEN c.confirmed THEN r.unclear_confirmed ELSE r.unclear_all END AS unclear,
               CASE WHEN c.confirmed THEN r.vulnerabilities_confirmed ELSE r.vulnerabilities_all END AS vulnerabilities,
               r.youngest_age, r.youngest_gender, r.min_age, r.max_age, r.minor_roles
        FROM picture_registration r CROSS JOIN cls c
        WHERE r.reg_date >= from_date AND r.reg_date < to_date
      ),
      pr AS (SELECT * FROM r WHERE pop),
      p AS (
        SELECT date_trunc('month', p.reg_date)::date AS month, p.police_unit, p.source, p.exploitation_form, c.confirmed,
               p.platform_id,
               CASE WHEN c.confirmed THEN p.mask_confirmed ELSE p.mask_all END AS mask,
               CASE WHEN c.confirmed THEN p.versions_confirmed ELSE p.versions_all END AS versions
        FROM picture_pair p CROSS JOIN cls c
        WHERE p.reg_date >= from_date AND p.reg_date < to_date
          AND (CASE WHEN c.confirmed THEN p.mask_confirmed ELSE p.mask_all END) IS NOT NULL
      ),
      cand AS (
        SELECT date_trunc('month', r.reg_date)::date AS month, r.police_unit, r.source, r.exploitation_form, c.confirmed,
               k.name, CASE WHEN c.confirmed THEN k.mentions_confirmed ELSE k.mentions_all END AS mentions
        FROM picture_candidate k JOIN picture_registration r ON r.registration_id = k.registration_id
        CROSS JOIN cls c
        WHERE r.reg_date >= from_date AND r.reg_date < to_date
      ),
      single AS (
        SELECT date_trunc('month', m.reg_date)::date AS month, m.police_unit, m.source, m.exploitation_form, c.confirmed,
               m.gender, m.birth_country, m.roles
        FROM picture_minor m CROSS JOIN cls c
        WHERE m.reg_date >= from_date AND m.reg_date < to_date AND NOT m.multi
          AND CASE WHEN c.confirmed THEN m.named_confirmed ELSE m.named_all END
      )
      SELECT month, police_unit, source, exploitation_form, confirmed, 'reg', NULL, NULL, count(*) FROM pr
        GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'generic', NULL, NULL, sum(generic)
        FROM r WHERE generic > 0 GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'unclear', NULL, NULL, sum(unclear)
        FROM r WHERE unclear > 0 GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'victim', NULL, NULL, count(*)
        FROM pr WHERE 'slachtoffer' = ANY(minor_roles) GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'age_min', NULL, NULL, min(min_age)
        FROM pr WHERE min_age IS NOT NULL GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'age_max', NULL, NULL, max(max_age)
        FROM pr WHERE max_age IS NOT NULL GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'youngest', youngest_age::text,
          youngest_gender, count(*)
        FROM pr WHERE youngest_age IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 7, 8
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'minor_role', role, NULL, count(*)
        FROM pr CROSS JOIN LATERAL unnest(minor_roles) AS role GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'vulnerability', factor, NULL, count(*)
        FROM pr CROSS JOIN LATERAL unnest(vulnerabilities) AS factor GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'pair', platform_id, NULL, count(*)
        FROM p GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'role', platform_id, b::text, count(*)
        FROM p CROSS JOIN generate_series(0, 5) AS b WHERE mask & (1 << b) <> 0 GROUP BY 1, 2, 3, 4, 5, 7, 8
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'versions', versions, platform_id,
          count(*)
        FROM p GROUP BY 1, 2, 3, 4, 5, 7, 8
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'candidate_registrations', name, NULL,
          count(*)
        FROM cand WHERE mentions > 0 GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'candidate_mentions', name, NULL,
          sum(mentions)
        FROM cand WHERE mentions > 0 GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'single_minor', NULL, NULL, count(*)
        FROM single GROUP BY 1, 2, 3, 4, 5
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'single_gender', gender, NULL, count(*)
        FROM single GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'single_country', birth_country, NULL,
          count(*)
        FROM single GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'single_role', role, NULL, count(*)
        FROM single CROSS JOIN LATERAL (SELECT DISTINCT unnest(roles) AS role) x GROUP BY 1, 2, 3, 4, 5, 7
      UNION ALL SELECT month, police_unit, source, exploitation_form, confirmed, 'single_multi_role', NULL, NULL, count(*)
        FROM single WHERE (SELECT count(DISTINCT x) FROM unnest(roles) AS x) >= 2 GROUP BY 1, 2, 3, 4, 5
    $$;

    -- Replaces the facts of the given months.
    CREATE FUNCTION picture_refresh_facts(months date[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      m date;
    BEGIN
      DELETE FROM picture_fact WHERE month = ANY(months);
      FOR m IN SELECT DISTINCT unnest(months) LOOP
        INSERT INTO picture_fact SELECT * FROM picture_facts(m, (m + interval '1 month')::date);
      END LOOP;
    END $$;

    -- Brings the summary up to date: takes the dirty registrations that no running writer holds and recomputes them,
    -- with every other registration of their minors (whether a minor has one link or several changes both). Returns
    -- how many dirty registrations it took.
    CREATE FUNCTION picture_refresh() RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE
      taken bigint;
      months date[];
    BEGIN
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
      GET DIAGNOSTICS taken = ROW_COUNT;
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
      TRUNCATE picture_pair, picture_minor, picture_multi_minor, picture_candidate, picture_registration, picture_fact, picture_dirty;
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
      picture_mark_registrations(), picture_mark_rows(), picture_refresh(), picture_refresh_facts(date[]),
      picture_facts(date, date), picture_refresh_registrations(), picture_person_role_mask(text[]),
      picture_person_roles(text[]), picture_confirmed(text, text), picture_role_mask(text[]);
    DROP INDEX IF EXISTS mention_unresolved_name_idx, registration_person_person_idx;
    DROP TABLE IF EXISTS picture_generation, picture_fact, picture_candidate, picture_multi_minor, picture_minor, picture_pair, picture_registration, picture_dirty;
  `.execute(db)
}
