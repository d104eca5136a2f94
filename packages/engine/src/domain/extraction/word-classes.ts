/**
 * Classes of folded words for the phrase matchers. Every word a pattern names is its own class; any other word is
 * classed by the pattern prefixes ('klant*') it starts with; class 0 is a word no pattern can match. The tokenizer
 * classes each word once with a walk over a character trie, so that matching a pattern word is a table read
 * instead of a string look-up per pattern and token.
 */
export interface WordClasses {
  readonly size: number
  /** the class of folded[a, b) */
  classOf(folded: string, a: number, b: number): number
  /** the word of an exact class, else null */
  readonly words: ReadonlyArray<string | null>
  /** the registered prefixes that the class's words start with */
  readonly prefixes: ReadonlyArray<readonly string[]>
  /** the class of each registered word */
  readonly classOfWord: ReadonlyMap<string, number>
  /** the classes whose words start with each registered prefix */
  readonly classesWithPrefix: ReadonlyMap<string, readonly number[]>
}

/** Word classes of a fixed set of words and prefixes (for lexicons outside the phrase matchers). */
export function wordClassesOf(words: Iterable<string>, prefixes: Iterable<string> = []): WordClasses {
  return buildWordClasses(new Set(words), new Set(prefixes))
}

/** Collects the words and prefixes of every phrase matcher of one extractor; frozen on first use. */
export class WordClassRegistry {
  private readonly wordSet = new Set<string>()
  private readonly prefixSet = new Set<string>()
  private built: WordClasses | undefined

  addWord(w: string): void {
    if (this.built) throw new Error('word classes are frozen')
    this.wordSet.add(w)
  }

  addPrefix(p: string): void {
    if (this.built) throw new Error('word classes are frozen')
    this.prefixSet.add(p)
  }

  /** the classes if already frozen */
  peek(): WordClasses | undefined {
    return this.built
  }

  get classes(): WordClasses {
    this.built ??= buildWordClasses(this.wordSet, this.prefixSet)
    return this.built
  }
}

function buildWordClasses(wordSet: ReadonlySet<string>, prefixSet: ReadonlySet<string>): WordClasses {
  // alphabet: the code units that occur in a word or prefix
  const symOf = new Int16Array(0x10000).fill(-1)
  let alphabet = 0
  for (const s of [...wordSet, ...prefixSet]) {
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k)
      if (symOf[c] === -1) symOf[c] = alphabet++
    }
  }
  const width = Math.max(alphabet, 1)
  // trie: node 0 is the root, and 0 as a child means none (the root is nobody's child)
  const children: Array<Map<number, number>> = [new Map()]
  const wordAt: Array<string | null> = [null]
  const prefixAt: Array<string | null> = [null]
  const insert = (s: string): number => {
    let node = 0
    for (let k = 0; k < s.length; k++) {
      const sym = symOf[s.charCodeAt(k)] ?? 0
      let next = children[node]?.get(sym)
      if (next === undefined) {
        next = children.length
        children.push(new Map())
        wordAt.push(null)
        prefixAt.push(null)
        children[node]?.set(sym, next)
      }
      node = next
    }
    return node
  }
  for (const w of wordSet) if (w.length > 0) wordAt[insert(w)] = w
  for (const p of prefixSet) if (p.length > 0) prefixAt[insert(p)] = p
  const nodes = children.length
  // nodes renumbered breadth first, so that the rows of the short prefixes every word walks through lie together
  const renum = new Int32Array(nodes)
  const order = [0]
  for (let k = 0; k < order.length; k++) {
    for (const child of children[order[k] ?? 0]?.values() ?? []) {
      renum[child] = order.length
      order.push(child)
    }
  }
  const next = nodes < 0x10000 ? new Uint16Array(nodes * width) : new Int32Array(nodes * width)
  children.forEach((m, node) => {
    for (const [sym, child] of m) next[(renum[node] ?? 0) * width + sym] = renum[child] ?? 0
  })

  // classes: 0 = nothing; one per word; one per distinct set of prefixes along a path
  const words: Array<string | null> = [null]
  const prefixes: Array<readonly string[]> = [[]]
  const bySet = new Map<string, number>([['', 0]])
  const prefixClass = new Int32Array(nodes)
  const wordClass = new Int32Array(nodes)
  const visit = (node: number, along: readonly string[]): void => {
    const here = prefixAt[node] ? [...along, prefixAt[node] as string] : along
    const key = here.join('\u0000')
    let pc = bySet.get(key)
    if (pc === undefined) {
      pc = words.length
      words.push(null)
      prefixes.push(here)
      bySet.set(key, pc)
    }
    prefixClass[renum[node] ?? 0] = pc
    const w = wordAt[node]
    if (w !== null && w !== undefined) {
      wordClass[renum[node] ?? 0] = words.length
      words.push(w)
      prefixes.push(here)
    }
    for (const child of children[node]?.values() ?? []) visit(child, here)
  }
  visit(0, [])
  const classOfWord = new Map<string, number>()
  const classesWithPrefix = new Map<string, number[]>()
  words.forEach((w, c) => {
    if (w !== null) classOfWord.set(w, c)
    for (const p of prefixes[c] ?? []) {
      const list = classesWithPrefix.get(p)
      if (list) list.push(c)
      else classesWithPrefix.set(p, [c])
    }
  })

  return {
    size: words.length,
    words,
    prefixes,
    classOfWord,
    classesWithPrefix,
    classOf(folded, a, b) {
      let node = 0
      let pc = 0
      for (let k = a; k < b; k++) {
        const sym = symOf[folded.charCodeAt(k)] ?? -1
        if (sym < 0) return pc
        node = next[node * width + sym] ?? 0
        if (node === 0) return pc
        pc = prefixClass[node] ?? 0
      }
      return wordClass[node] || pc
    },
  }
}
