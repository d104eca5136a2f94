import { useEffect, useState } from 'react'

/** Hash routes (`#/registrations?platform=WhatsApp`): the server serves one page, links stay shareable. */
export interface Route {
  path: string
  params: URLSearchParams
}

function current(): Route {
  const hash = window.location.hash.replace(/^#/, '') || '/'
  const [path = '/', search = ''] = hash.split('?')
  return { path, params: new URLSearchParams(search) }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current)
  useEffect(() => {
    const onChange = () => setRoute(current())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v))
  const s = search.toString()
  return `#${path}${s ? `?${s}` : ''}`
}

export function navigate(path: string, params: Record<string, string | number | undefined | null> = {}): void {
  window.location.hash = href(path, params).slice(1)
}
