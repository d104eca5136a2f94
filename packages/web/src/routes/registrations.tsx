import { RegistrationListResponseSchema } from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { href } from '../router.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice, Loading } from '../components/messages.tsx'

const KEYS = ['platform', 'category', 'role', 'unit', 'year', 'from', 'to', 'kind', 'status', 'page'] as const

/** The registrations behind one number of the picture (drill-down). */
export function RegistrationsPage({ params, canOpen }: { params: URLSearchParams; canOpen: boolean }) {
  const { t, n } = useI18n()
  const query: Record<string, string> = {}
  for (const k of KEYS) {
    const v = params.get(k)
    if (v) query[k] = v
  }
  const list = useAsync(() => api.get('/api/registrations', RegistrationListResponseSchema, query), JSON.stringify(query))
  const page = Number(query.page ?? 1)
  const describe = KEYS.filter((k) => k !== 'page' && query[k]).map((k) => `${k}: ${query[k]}`)

  return (
    <div>
      <p>
        <a href={href('/', { from: query.from, to: query.to, status: query.status })}>← {t('back')}</a>
      </p>
      <h1>{t('registrations')}</h1>
      <p className="muted">{describe.join(' · ')}</p>
      {list.error && <ErrorNotice error={list.error} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          <p>
            <strong data-testid="drill-total">{n(list.data.total)}</strong> {t('registrations').toLowerCase()}
          </p>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('sourceRef')}</th>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('platforms')}</th>
                <th scope="col" className="num">
                  {t('findings')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{canOpen ? <a href={href(`/registrations/${r.id}`)}>{r.source_ref}</a> : r.source_ref}</th>
                  <td>{r.date}</td>
                  <td>{r.unit ?? '—'}</td>
                  <td>{r.platforms.join(', ')}</td>
                  <td className="num">
                    {r.findings}
                    {r.suggested > 0 && <span className="badge">{r.suggested}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} total={list.data.total} size={list.data.page_size} query={query} />
        </>
      )}
    </div>
  )
}

function Pager({ page, total, size, query }: { page: number; total: number; size: number; query: Record<string, string> }) {
  const { t } = useI18n()
  const pages = Math.max(1, Math.ceil(total / size))
  if (pages === 1) return null
  return (
    <nav className="pager" aria-label="pagina's">
      {page > 1 && <a href={href('/registrations', { ...query, page: page - 1 })}>{t('previous')}</a>}
      <span>
        {t('page')} {page} {t('of')} {pages}
      </span>
      {page < pages && <a href={href('/registrations', { ...query, page: page + 1 })}>{t('next')}</a>}
    </nav>
  )
}
