import { sql, type Kysely } from 'kysely'

// The summary refresh's pairs (registration × catalogue platform) resolved each mention's platform with two
// correlated subqueries over the platform table, evaluated per mention and twice (filter and output), and the
// planner, misled by their estimated cost, sorted every mention to a merge join: 6.6 s of 20 s for a refresh of
// 100k registrations. Resolved by hash joins on the (small) platform table instead: 2.4 s, the same pairs (the
// picture summary's differential test compares with the in-memory count after every kind of change). The rest of
// picture_refresh_registrations() is 0003's, unchanged; down restores 0003's version.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION picture_refresh_registrations() RETURNS date[] LANGUAGE plpgsql AS $$
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
             bit_or(picture_role_mask(x.roles)),
             bit_or(picture_role_mask(x.roles)) FILTER (WHERE x.confirmed),
             coalesce(string_agg(DISTINCT x.extractor_version, E'\n' ORDER BY x.extractor_version), '') || E'\t' ||
               coalesce(string_agg(DISTINCT x.catalogue_version, E'\n' ORDER BY x.catalogue_version), ''),
             CASE WHEN bool_or(x.confirmed) THEN
               coalesce(string_agg(DISTINCT x.extractor_version, E'\n' ORDER BY x.extractor_version)
                          FILTER (WHERE x.confirmed), '') || E'\t' ||
                 coalesce(string_agg(DISTINCT x.catalogue_version, E'\n' ORDER BY x.catalogue_version)
                          FILTER (WHERE x.confirmed), '')
             END
      FROM (
        -- a mention's catalogue platform: by its id, else by its name (hash joins on the small platform table)
        SELECT m.registration_id, coalesce(by_id.id, by_name.id) AS platform_id, m.roles, m.extractor_version,
               m.catalogue_version, picture_confirmed(m.status, m.origin) AS confirmed
        FROM picture_refresh_ids d
        JOIN mention m ON m.registration_id = d.registration_id
        LEFT JOIN platform by_id ON by_id.id = m.platform_id AND by_id.in_catalogue
        LEFT JOIN platform by_name ON lower(by_name.name) = lower(m.platform_name) AND by_name.in_catalogue
        WHERE m.kind = 'named' AND NOT m.negated AND m.status <> 'rejected'
      ) x
      JOIN registration r ON r.id = x.registration_id
      WHERE x.platform_id IS NOT NULL
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
    END $$;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION picture_refresh_registrations() RETURNS date[] LANGUAGE plpgsql AS $$
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
    END $$;
  `.execute(db)
}
