import type { CatalogueResponse } from '@platformscope/contract'

/** The catalogue's platforms as <option>s, alphabetical, valued by canonical name. */
export function PlatformOptions({ platforms }: { platforms: CatalogueResponse['platforms'] }) {
  return (
    <>
      {[...platforms]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((p) => (
          <option key={p.id} value={p.name}>
            {p.name}
          </option>
        ))}
    </>
  )
}
