import type { ColumnType, Generated } from 'kysely'

/** Mirrors migrations/ exactly (snake_case). Nothing outside adapters/db imports this. */
export interface Database {
  platform: PlatformTable
  registration: RegistrationTable
  person: PersonTable
  registration_person: RegistrationPersonTable
  mention: MentionTable
  vulnerability: VulnerabilityTable
  import_batch: ImportBatchTable
  audit_log: AuditLogTable
  users: UsersTable
  session: SessionTable
  app_meta: AppMetaTable
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>

export interface PlatformTable {
  id: string
  name: string
  category: string | null
  in_catalogue: boolean
  catalogue_version: string | null
  created_at: Generated<Timestamp>
}

export interface RegistrationTable {
  id: string
  source: string
  source_ref: string
  reg_date: ColumnType<string, string, string>
  police_unit: string | null
  societal_class: string | null
  exploitation_form: string | null
  scope: string | null
  narrative: string
  content_hash: string
  import_batch_id: string | null
  extracted_at: Timestamp | null
  created_at: Generated<Timestamp>
  updated_at: Generated<Timestamp>
}

export interface PersonTable {
  id: string
  pseudonym: string
  gender: string | null
  birth_country: string | null
  birth_year: number | null
  resident_nl: boolean | null
  created_at: Generated<Timestamp>
}

export interface RegistrationPersonTable {
  registration_id: string
  person_id: string
  roles: string[]
  age: number | null
  origin: string
}

export interface MentionTable {
  id: string
  registration_id: string
  platform_id: string | null
  platform_name: string | null
  in_catalogue: boolean
  kind: string
  negated: boolean
  span_start: number | null
  span_end: number | null
  surface: string | null
  roles: string[]
  evidence: ColumnType<unknown, string, string>
  status: string
  origin: string
  confidence: number
  extractor_version: string | null
  catalogue_version: string | null
  reviewer: string | null
  reviewed_at: Timestamp | null
  created_at: Generated<Timestamp>
}

export interface VulnerabilityTable {
  registration_id: string
  factor: string
  span_start: number | null
  span_end: number | null
  status: string
  origin: string
  extractor_version: string | null
}

export interface ImportBatchTable {
  id: string
  source: string
  file_name: string
  file_sha256: string | null
  started_at: Timestamp
  finished_at: Timestamp | null
  status: string
  records_read: number
  inserted: number
  updated: number
  unchanged: number
  rejected: number
  catalogue_version: string | null
}

export interface AuditLogTable {
  seq: Generated<string>
  at: Timestamp
  actor: string
  action: string
  target: string | null
  details: ColumnType<unknown, string, string>
  prev_hash: string
  hash: string
}

export interface UsersTable {
  id: string
  username: string
  password_hash: string
  role: string
  disabled: Generated<boolean>
  created_at: Generated<Timestamp>
}

export interface SessionTable {
  id_hash: string
  user_id: string
  csrf_token: string
  created_at: Generated<Timestamp>
  expires_at: Timestamp
}

export interface AppMetaTable {
  key: string
  value: string
}
