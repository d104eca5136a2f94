import type { Catalogue } from '../catalogue/catalogue.ts'
import type { Picture, PictureSelection } from './picture.ts'
import { aggregateRows, type PictureRows } from './picture-aggregates.ts'
import { finishPicture, type FinishOptions } from './finish-picture.ts'

/**
 * The picture from registrations, mentions, person links and vulnerabilities held in memory.
 * For large data adapters/db/picture.repository.ts computes the same aggregates in SQL and calls finishPicture.
 */
export function buildPicture(
  rows: PictureRows,
  catalogue: Catalogue,
  selection: PictureSelection,
  options: FinishOptions = {},
): Picture {
  return finishPicture(aggregateRows(rows, catalogue, selection), catalogue, selection, options)
}
