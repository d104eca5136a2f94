interface Node {
  end: boolean
  next: Map<string, Node>
}

const escapeChar = (c: string): string => (/[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c)

/** how a symbol of a folded spelling is written in the pattern: a space may be any run of spaces or hyphens */
function symbolSource(sym: string): string {
  if (sym === ' ') return '[\\s-]+'
  if (sym === '-') return '-?'
  return escapeChar(sym)
}

/**
 * One regular expression source matching any of `words`, factored as a trie ('snap(?:chat)?' rather than
 * 'snapchat|snap'): the engine then tries one branch per character instead of every word at every position.
 * Longer words win (greedy optional tails). A space in a word matches spaces or hyphens; a hyphen may be left out.
 */
export function trieRegexSource(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() }
  for (const w of words) {
    let node = root
    for (const ch of w.replace(/\s+/g, ' ')) {
      let child = node.next.get(ch)
      if (!child) {
        child = { end: false, next: new Map() }
        node.next.set(ch, child)
      }
      node = child
    }
    node.end = true
  }
  const emit = (node: Node): string => {
    const alts = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([sym, child]) => symbolSource(sym) + emit(child))
    if (alts.length === 0) return ''
    const body = alts.length === 1 && !node.end ? (alts[0] ?? '') : `(?:${alts.join('|')})`
    return node.end ? (alts.length === 1 ? `(?:${alts[0] ?? ''})?` : `${body}?`) : body
  }
  return emit(root)
}
