/**
 * Login rate limiting, per client address and per username, in fixed windows. Pure: the caller passes the time.
 * Per address every attempt counts (slows password spraying); per username only failures count, so a user who
 * mistypes once is not locked out by someone else's guessing beyond the window.
 */
export interface ThrottleLimits {
  windowMs: number
  attemptsPerAddress: number
  failuresPerUsername: number
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
  windowMs: 15 * 60 * 1000,
  attemptsPerAddress: 20,
  failuresPerUsername: 5,
}

interface Window {
  start: number
  count: number
}

export class LoginThrottle {
  private readonly byAddress = new Map<string, Window>()
  private readonly failuresByUsername = new Map<string, Window>()

  constructor(private readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS) {}

  /** Counts an attempt; returns the seconds to wait when it must be refused, else 0. */
  attempt(address: string, username: string, now: number): number {
    this.prune(now)
    const a = this.bump(this.byAddress, address, now)
    if (a.count > this.limits.attemptsPerAddress) return this.retryAfter(a, now)
    const u = this.failuresByUsername.get(username.toLowerCase())
    if (u && now - u.start < this.limits.windowMs && u.count >= this.limits.failuresPerUsername) {
      return this.retryAfter(u, now)
    }
    return 0
  }

  failed(username: string, now: number): void {
    this.bump(this.failuresByUsername, username.toLowerCase(), now)
  }

  succeeded(username: string): void {
    this.failuresByUsername.delete(username.toLowerCase())
  }

  private bump(map: Map<string, Window>, key: string, now: number): Window {
    const w = map.get(key)
    if (!w || now - w.start >= this.limits.windowMs) {
      const fresh = { start: now, count: 1 }
      map.set(key, fresh)
      return fresh
    }
    w.count += 1
    return w
  }

  private retryAfter(w: Window, now: number): number {
    return Math.max(1, Math.ceil((w.start + this.limits.windowMs - now) / 1000))
  }

  /** keeps memory bounded under a flood of distinct addresses or usernames */
  private prune(now: number): void {
    if (this.byAddress.size + this.failuresByUsername.size < 10_000) return
    for (const map of [this.byAddress, this.failuresByUsername]) {
      for (const [k, w] of map) if (now - w.start >= this.limits.windowMs) map.delete(k)
    }
  }
}
