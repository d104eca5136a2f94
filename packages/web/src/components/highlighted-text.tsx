import type { Finding } from '@platformscope/contract'

interface Segment {
  text: string
  finding: Finding | undefined
}

/** Splits the narrative into plain text and finding spans (overlaps: the earlier span wins). */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .filter((f) => f.start !== null && f.end !== null && f.end > f.start)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
  const out: Segment[] = []
  let at = 0
  for (const f of spans) {
    const start = f.start ?? 0
    const end = f.end ?? 0
    if (start < at) continue
    if (start > at) out.push({ text: text.slice(at, start), finding: undefined })
    out.push({ text: text.slice(start, end), finding: f })
    at = end
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: undefined })
  return out
}

export function HighlightedText({
  text,
  findings,
  selected,
  onSelect,
}: {
  text: string
  findings: readonly Finding[]
  selected?: string | undefined
  onSelect?: (id: string) => void
}) {
  return (
    <p className="narrative">
      {segments(text, findings).map((s, i) =>
        s.finding ? (
          <mark
            key={i}
            className={`finding kind-${s.finding.kind}${s.finding.negated ? ' negated' : ''}${s.finding.status === 'rejected' ? ' rejected' : ''}${selected === s.finding.id ? ' selected' : ''}`}
            title={`${s.finding.platform ?? s.finding.kind} · ${s.finding.roles.join(', ')}`}
            onClick={() => s.finding && onSelect?.(s.finding.id)}
          >
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  )
}
