import type { Status } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { serverVersion } from '../adapters/db/connect.ts'
import { countStored } from '../adapters/db/status.repository.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'

export async function readStatus(conn: DatabaseConnection, catalogue: Catalogue): Promise<Status> {
  const counts = await countStored(conn.db)
  return {
    ...counts,
    catalogue_version: catalogue.version,
    database: { kind: conn.kind, location: conn.location, server_version: await serverVersion(conn.db) },
    schema_version: counts.schema_version,
  }
}
