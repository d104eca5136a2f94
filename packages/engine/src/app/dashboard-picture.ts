import type { CategoryId } from '@platformscope/contract'
import type { DatabaseConnection } from '../adapters/db/connect.ts'
import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Picture, PictureSelection } from '../domain/picture/picture.ts'
import { pictureDataStamp, refreshPictureSummary } from '../adapters/db/picture.repository.ts'
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
 * Pictures for the dashboard, computed in SQL (app/build-picture.ts) and kept per selection with the summary's stamp
 * (adapters/db/picture.repository.ts `pictureDataStamp`) they were computed at. A change made through the API clears
 * the cache at once, so a review decision shows in the next picture. After `ttlMs` an entry is revalidated in the
 * background while it is still served (stale-while-revalidate): if the stamp is unchanged — nothing written since,
 * by this server or another process such as a CLI import — it is kept without recomputing, otherwise recomputed.
 * So an idle database costs one tiny query per selection and TTL, and no request waits for the aggregate except the
 * first for a selection. Concurrent requests share one computation.
 */
export class PictureCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 500,
  ) {}

  get(conn: DatabaseConnection, catalogue: Catalogue, selection: PictureSelection, now: Date): Promise<Picture> {
    const key = `${catalogue.version}|${JSON.stringify(selection)}`
    const hit = this.entries.get(key)
    const compute = async (): Promise<Computed> => {
      // the stamp is read after bringing the summary up to date and before the picture: a change that lands in
      // between shows in the picture and changes the stamp, so at worst it is recomputed once more
      await refreshPictureSummary(conn.db)
      const stamp = await pictureDataStamp(conn.db)
      return { stamp, picture: await buildPictureFromDatabase(conn, catalogue, selection, { now }) }
    }
    if (hit && now.getTime() - hit.at < this.ttlMs) return hit.result.then((r) => r.picture)
    if (hit) {
      if (!hit.refreshing) {
        hit.refreshing = true
        void this.revalidate(key, hit, conn, compute, now)
      }
      return hit.result.then((r) => r.picture)
    }
    const result = compute()
    result.catch(() => this.entries.delete(key))
    if (this.entries.size >= this.maxEntries) this.entries.clear()
    this.entries.set(key, { at: now.getTime(), result, refreshing: false })
    return result.then((r) => r.picture)
  }

  invalidate(): void {
    this.entries.clear()
  }

  private async revalidate(
    key: string,
    hit: Entry,
    conn: DatabaseConnection,
    compute: () => Promise<Computed>,
    now: Date,
  ): Promise<void> {
    try {
      const [held, current] = await Promise.all([hit.result, pictureDataStamp(conn.db)])
      if (current === held.stamp) {
        hit.at = now.getTime()
        return
      }
      const fresh = compute()
      await fresh
      if (this.entries.get(key) === hit) this.entries.set(key, { at: now.getTime(), result: fresh, refreshing: false })
    } catch {
      // keep serving the held picture; the next request after the TTL tries again
    } finally {
      hit.refreshing = false
    }
  }
}

interface Computed {
  picture: Picture
  stamp: string
}

interface Entry {
  at: number
  result: Promise<Computed>
  refreshing: boolean
}

/**
 * Keeps the picture summary current in the background (serve): after a bulk write by another process — a CLI import
 * of a million registrations — the refresh runs here rather than inside the first dashboard request, which would
 * otherwise wait minutes for it. Requests still refresh whatever is left; one that arrives while this runs skips the
 * rows it holds (SKIP LOCKED) and is not cached. Returns a function that stops it.
 */
export function keepSummaryFresh(conn: DatabaseConnection, intervalMs: number, onError: (e: unknown) => void): () => void {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    refreshPictureSummary(conn.db)
      .catch(onError)
      .finally(() => (running = false))
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
