/**
 * A small deterministic PRNG (sfc32, seeded through cyrb128) so a corpus is the same for the same seed on every
 * machine and Node version. Not for anything security-related.
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number
  /** integer in [min, max] (inclusive) */
  int(min: number, max: number): number
  /** true with probability p */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** pick by weight; weights need not sum to 1 */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T
  /** a new array, Fisher–Yates shuffled */
  shuffle<T>(items: readonly T[]): T[]
  /** an independent stream derived from this one and a label (so adding draws in one part leaves others stable) */
  fork(label: string): Rng
}

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

export function createRng(seed: string | number): Rng {
  let [a, b, c, d] = cyrb128(String(seed))
  const next = (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // discard the first outputs, as sfc32 recommends
  for (let i = 0; i < 12; i++) next()
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)] as T
    },
    weighted: <T>(items: ReadonlyArray<readonly [T, number]>): T => {
      let total = 0
      for (const [, w] of items) total += w
      let r = next() * total
      for (const [item, w] of items) {
        r -= w
        if (r < 0) return item
      }
      const last = items[items.length - 1]
      if (last === undefined) throw new Error('weighted pick from an empty list')
      return last[0]
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = items.slice()
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const tmp = out[i] as T
        out[i] = out[j] as T
        out[j] = tmp
      }
      return out
    },
    fork: (label) => createRng(`${a}:${b}:${c}:${d}:${label}`),
  }
  return rng
}
