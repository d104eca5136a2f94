import type { Migration } from 'kysely'
import * as initialSchema from './0001-initial-schema.ts'
import * as apiQueryIndexes from './0002-api-query-indexes.ts'
import * as pictureSummary from './0003-picture-summary.ts'
import * as confirmedPairsIndex from './0004-confirmed-pairs-index.ts'
import * as importWritePath from './0005-import-write-path.ts'
import * as refreshPairsByJoin from './0006-refresh-pairs-by-join.ts'
import * as keysByConstruction from './0007-keys-by-construction.ts'
import * as importMarksPicture from './0008-import-marks-picture.ts'
import * as personLinksCheckedPerStatement from './0009-person-links-checked-per-statement.ts'
import * as insertedRowsMarkedPerRow from './0010-inserted-rows-marked-per-row.ts'
import * as dirtyMarksAsALog from './0011-dirty-marks-as-a-log.ts'
import * as truncateWithLinks from './0012-truncate-with-links.ts'

/** Ordered by name; add new migrations at the end, never edit a released one. */
export const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-api-query-indexes': apiQueryIndexes,
  '0003-picture-summary': pictureSummary,
  '0004-confirmed-pairs-index': confirmedPairsIndex,
  '0005-import-write-path': importWritePath,
  '0006-refresh-pairs-by-join': refreshPairsByJoin,
  '0007-keys-by-construction': keysByConstruction,
  '0008-import-marks-picture': importMarksPicture,
  '0009-person-links-checked-per-statement': personLinksCheckedPerStatement,
  '0010-inserted-rows-marked-per-row': insertedRowsMarkedPerRow,
  '0011-dirty-marks-as-a-log': dirtyMarksAsALog,
  '0012-truncate-with-links': truncateWithLinks,
}
