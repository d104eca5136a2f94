/** Reads the rows of one `<figure id=…>` (or the first table after an id) back out of the report as plain text. */
export function tableRows(html: string, id: string): string[][] {
  const start = html.indexOf(`id="${id}"`)
  if (start < 0) throw new Error(`no element with id ${id}`)
  const tableStart = html.indexOf('<table', start)
  const tableEnd = html.indexOf('</table>', tableStart)
  const table = html.slice(tableStart, tableEnd)
  const rows: string[][] = []
  for (const m of table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const cells = [...(m[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1] ?? ''))
    rows.push(cells)
  }
  return rows
}

function text(fragment: string): string {
  return fragment
    .replace(/<sup[\s\S]*?<\/sup>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
}
