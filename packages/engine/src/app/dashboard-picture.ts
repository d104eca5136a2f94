import type { CategoryId } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Picture, PictureSelection } from '../domain/picture/picture.ts'
import { buildPictureFromDatabase, resolveSelection } from './build-picture.ts'

export interface DashboardFilters {
  from: string
  to: string
  unit?: string[] | undefined
  category?: CategoryId[] | undefined
  platform?: string[] | undefined
  status: 'suggested' | 'confirmed'
}

/** Dashboard filters as a picture selection, validated as `platformscope picture` validates its options. */
export function selectionFor(conn: DatabaseConnection, catalogue: Catalogue, f: DashboardFilters): Promise<PictureSelection> {
  return resolveSelection(conn, catalogue, {
    from: f.from,
    to: f.to,
    units: f.unit,
    categories: f.category,
    platforms: f.platform,
    status: f.status,
  })
}

/**
 * Pictures for the dashboard, computed in SQL (app/build-picture.ts) and kept per selection.
 * A change made through the API clears the cache at once, so a review decision shows in the next picture.
 * Changes made by another process (a CLI import) show after `ttlMs`: an older picture is then still served once
 * while a fresh one is computed in the background (stale-while-revalidate), so no request waits for the
 * aggregate on a busy server except the first for a selection. Concurrent requests share one computation.
 */
export class PictureCache {
  private readonly entries = new Map<string, { at: number; picture: Promise<Picture>; refreshing: boolean }>()

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 500,
  ) {}

  get(conn: DatabaseConnection, catalogue: Catalogue, selection: PictureSelection, now: Date): Promise<Picture> {
    const key = `${catalogue.version}|${JSON.stringify(selection)}`
    const hit = this.entries.get(key)
    if (hit && now.getTime() - hit.at < this.ttlMs) return hit.picture
    const compute = () => buildPictureFromDatabase(conn, catalogue, selection, { now })
    if (hit) {
      if (!hit.refreshing) {
        hit.refreshing = true
        const fresh = compute()
        fresh.then(
          () => {
            if (this.entries.get(key) === hit) this.entries.set(key, { at: now.getTime(), picture: fresh, refreshing: false })
          },
          () => {
            hit.refreshing = false
          },
        )
      }
      return hit.picture
    }
    const picture = compute()
    picture.catch(() => this.entries.delete(key))
    if (this.entries.size >= this.maxEntries) this.entries.clear()
    this.entries.set(key, { at: now.getTime(), picture, refreshing: false })
    return picture
  }

  invalidate(): void {
    this.entries.clear()
  }
}
