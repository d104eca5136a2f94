/**
 * A set of word classes (word-classes.ts) as a bitset. Pattern words are tested against a token's class; a byte per
 * class would take some 1.5 KB per pattern word, and the thousands of them did not stay in the processor's caches.
 */
export type ClassSet = Uint32Array

export const EMPTY_CLASS_SET: ClassSet = new Uint32Array(0)

export function classSet(size: number): ClassSet {
  return new Uint32Array((size + 31) >>> 5)
}

export function addClass(s: ClassSet, c: number): void {
  s[c >>> 5] = (s[c >>> 5] ?? 0) | (1 << (c & 31))
}

export function hasClass(s: ClassSet, c: number): boolean {
  return (((s[c >>> 5] ?? 0) >>> (c & 31)) & 1) === 1
}
