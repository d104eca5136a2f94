import { sql, type Kysely } from 'kysely'

// PostgreSQL 15 features only (PGlite is 18; CI runs both).
// Citus-ready: every registration-scoped table carries registration_id in its primary key, so it can be
// colocated with registration; platform is a small reference table. registration.id is UUIDv5(source, source_ref),
// so the primary key already guarantees one row per (source, source_ref); the extra unique index below serves
// single-node lookups and is the one constraint to drop when distributing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE platform (
      id text PRIMARY KEY,
      name text NOT NULL,
      category text,
      in_catalogue boolean NOT NULL DEFAULT true,
      catalogue_version text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX platform_name_key ON platform (lower(name));

    CREATE TABLE import_batch (
      id uuid PRIMARY KEY,
      source text NOT NULL,
      file_name text NOT NULL,
      file_sha256 text,
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
      records_read integer NOT NULL DEFAULT 0,
      inserted integer NOT NULL DEFAULT 0,
      updated integer NOT NULL DEFAULT 0,
      unchanged integer NOT NULL DEFAULT 0,
      rejected integer NOT NULL DEFAULT 0,
      catalogue_version text
    );

    CREATE TABLE registration (
      id uuid PRIMARY KEY,
      source text NOT NULL,
      source_ref text NOT NULL,
      reg_date date NOT NULL,
      police_unit text,
      societal_class text,
      exploitation_form text,
      scope text,
      narrative text NOT NULL,
      content_hash text NOT NULL,
      import_batch_id uuid,
      extracted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX registration_source_ref_key ON registration (source, source_ref);
    CREATE INDEX registration_date_idx ON registration (reg_date);
    CREATE INDEX registration_unit_idx ON registration (police_unit);

    CREATE TABLE person (
      id uuid PRIMARY KEY,
      pseudonym text NOT NULL,
      gender text CHECK (gender IN ('F', 'M')),
      birth_country text,
      birth_year integer,
      resident_nl boolean,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX person_pseudonym_key ON person (pseudonym);

    CREATE TABLE registration_person (
      registration_id uuid NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
      person_id uuid NOT NULL,
      roles text[] NOT NULL DEFAULT '{}',
      age integer CHECK (age IS NULL OR (age >= 0 AND age < 130)),
      origin text NOT NULL DEFAULT 'registered' CHECK (origin IN ('registered', 'extracted', 'manual')),
      PRIMARY KEY (registration_id, person_id)
    );

    CREATE TABLE mention (
      id uuid NOT NULL,
      registration_id uuid NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
      platform_id text REFERENCES platform (id),
      platform_name text,
      in_catalogue boolean NOT NULL DEFAULT true,
      kind text NOT NULL CHECK (kind IN ('named', 'generic', 'unclear')),
      negated boolean NOT NULL DEFAULT false,
      span_start integer,
      span_end integer,
      surface text,
      roles text[] NOT NULL DEFAULT '{}',
      evidence jsonb NOT NULL DEFAULT '[]',
      status text NOT NULL CHECK (status IN ('suggested', 'confirmed', 'rejected', 'corrected')),
      origin text NOT NULL CHECK (origin IN ('extracted', 'manual')),
      confidence real NOT NULL DEFAULT 1,
      extractor_version text,
      catalogue_version text,
      reviewer text,
      reviewed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (registration_id, id)
    );
    CREATE INDEX mention_platform_idx ON mention (platform_id) WHERE kind = 'named' AND NOT negated;
    CREATE INDEX mention_status_idx ON mention (status);

    CREATE TABLE vulnerability (
      registration_id uuid NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
      factor text NOT NULL,
      span_start integer,
      span_end integer,
      status text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected', 'corrected')),
      origin text NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'manual', 'registered')),
      extractor_version text,
      PRIMARY KEY (registration_id, factor)
    );

    CREATE TABLE audit_log (
      seq bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      actor text NOT NULL,
      action text NOT NULL,
      target text,
      details jsonb NOT NULL DEFAULT '{}',
      prev_hash text NOT NULL,
      hash text NOT NULL
    );
    -- append-only: updates and deletes are refused by the database itself
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END $$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

    CREATE TABLE users (
      id uuid PRIMARY KEY,
      username text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'analyst', 'reviewer', 'case_officer', 'viewer')),
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_username_key ON users (lower(username));

    CREATE TABLE session (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );

    CREATE TABLE app_meta (key text PRIMARY KEY, value text NOT NULL);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS session, users, audit_log, vulnerability, mention, registration_person, person,
      registration, import_batch, platform, app_meta CASCADE;
    DROP FUNCTION IF EXISTS audit_log_append_only();
  `.execute(db)
}
