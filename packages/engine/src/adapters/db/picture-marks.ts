import { sql } from 'kysely'
import type { DbHandle } from './transaction.ts'

/**
 * The transaction-local setting by which a bulk writer takes over the picture's dirty marks (migration 0008): with it
 * set to 'writer', the statement triggers leave registrations, person links, mentions, vulnerability factors and new
 * persons to the writer, which must then mark every registration it touched (markPictureDirty) before it commits.
 */
export const PICTURE_MARKS_SETTING = 'platformscope.picture_marks'

/** From here to the end of this transaction, the caller marks the registrations it touches itself. */
export async function takeOverPictureMarks(db: DbHandle): Promise<void> {
  await sql`select set_config(${PICTURE_MARKS_SETTING}, 'writer', true)`.execute(db)
}

/**
 * Marks these registrations for the next picture refresh, as the triggers do: appended to the log of marks (migration
 * 0011), visible to a refresh once this transaction commits.
 */
export async function markPictureDirty(db: DbHandle, registrationIds: readonly string[]): Promise<void> {
  if (registrationIds.length === 0) return
  await sql`insert into picture_dirty select unnest(${[...registrationIds]}::uuid[])`.execute(db)
}
