import { sql, type Kysely } from 'kysely'
import type { Database } from './database.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import { syncCataloguePlatforms } from './platform.repository.ts'

/** Registrations of the synthetic bench set (source 'bench') in the database. */
export async function countBenchRegistrations(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{
    c: number
  }>`select count(*)::int as c from registration where source = 'bench'`.execute(db)
  return rows[0]?.c ?? 0
}

/** The server process serving this connection (bench/picture reads its CPU time). */
export async function backendPid(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)
  return rows[0]?.pid ?? 0
}

export async function countStoredRows(
  db: Kysely<Database>,
): Promise<{ registrations: number; mentions: number; personLinks: number }> {
  const { rows } = await sql<{ r: number; m: number; l: number }>`
    select (select count(*)::int from registration) r, (select count(*)::int from mention) m,
           (select count(*)::int from registration_person) l`.execute(db)
  return { registrations: rows[0]?.r ?? 0, mentions: rows[0]?.m ?? 0, personLinks: rows[0]?.l ?? 0 }
}

/**
 * bench/picture: deterministic synthetic rows generated inside the database (generate_series), so 1M registrations
 * load in seconds. Replaces everything in the registration tables. Rows shaped like the calibrated corpus: 1–3 named mentions per registration (a tenth
 * negated), generic and unclear ones, 1–2 linked persons, vulnerability factors. */
export async function generateBenchRows(
  db: Kysely<Database>,
  catalogue: Catalogue,
  count: number,
): Promise<void> {
  await sql`truncate registration, mention, registration_person, person, vulnerability cascade`.execute(db)
  await syncCataloguePlatforms(db, catalogue)
  const ids = catalogue.platforms.map((p) => p.id)
  const names = catalogue.platforms.map((p) => p.name)
  const units = catalogue.data.police_units.map((u) => u.name)
  const batch = 250_000
  for (let lo = 1; lo <= count; lo += batch) {
    const hi = Math.min(count, lo + batch - 1)
    await sql`
      insert into registration (id, source, source_ref, reg_date, police_unit, societal_class, exploitation_form, scope,
                                narrative, content_hash)
      select md5('r' || g)::uuid, 'bench', 'B-' || g, date '2017-01-01' + (g::bigint * 7919 % 1461)::int, (${units}::text[])[1 + g % 12],
             'F561', 'binnenlandse seksuele uitbuiting', 'registratie', '', 'h'
      from generate_series(${lo}::int, ${hi}::int) g`.execute(db)
    // platform index skewed towards the first catalogue entries, like the report (a few platforms dominate)
    await sql`
      insert into mention (id, registration_id, platform_id, platform_name, in_catalogue, kind, negated, roles, status,
                           origin, confidence, extractor_version, catalogue_version)
      select md5('m' || g || '-' || k)::uuid, md5('r' || g)::uuid,
             case when kind = 'named' then (${ids}::text[])[p] end,
             case when kind = 'named' then (${names}::text[])[p] end,
             true, kind, (g + k) % 10 = 0,
             (array['recruiting','advertising','customer_acquisition','customer_meeting','relationship','image_distribution'])
               [1 + (g + k) % 6 : 1 + (g + k) % 6 + (g % 3)],
             case when (g + k) % 20 = 0 then 'rejected' when (g + k) % 5 = 0 then 'confirmed' else 'suggested' end,
             'extracted', 0.9, 'bench', ${catalogue.version}
      from generate_series(${lo}::int, ${hi}::int) g
      cross join lateral generate_series(1, 1 + g % 3) k
      cross join lateral (select case when (g * k) % 17 = 0 then 'generic' when (g * k) % 53 = 0 then 'unclear'
                                      else 'named' end as kind,
                                 1 + ((g * 31 + k * 7) % 1000) * ((g * 31 + k * 7) % 1000) % ${ids.length} as p) x`.execute(
      db,
    )
    await sql`
      insert into registration_person (registration_id, person_id, roles, age)
      select md5('r' || g)::uuid, md5('p' || ((g * 13 + k) % ${Math.max(1, Math.floor(count * 0.8))}))::uuid,
             (array['slachtoffer','aangever','betrokkene','getuige','melder','benadeelde'])[1 + (g + k) % 6 : 1 + (g + k) % 6 + k - 1],
             case when k = 2 then 30 + g % 20 else 12 + (g * 3 + k) % 6 end
      from generate_series(${lo}::int, ${hi}::int) g
      cross join lateral generate_series(1, 1 + g % 2) k
      on conflict do nothing`.execute(db)
    await sql`
      insert into vulnerability (registration_id, factor, status, origin)
      select md5('r' || g)::uuid, (array['substance_use','care_involvement','out_of_home_placement'])[1 + g % 3], 'suggested', 'extracted'
      from generate_series(${lo}::int, ${hi}::int) g where g % 3 = 0`.execute(db)
  }
  await sql`
    insert into person (id, pseudonym, gender, birth_country, birth_year, resident_nl)
    select distinct person_id, person_id::text, case when hashtext(person_id::text) % 16 = 0 then 'M' else 'F' end,
           case when hashtext(person_id::text) % 10 = 0 then 'Polen' else 'Nederland' end, 2003, true
    from registration_person
    on conflict do nothing`.execute(db)
  await sql`analyze`.execute(db)
}
