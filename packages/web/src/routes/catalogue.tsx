import { useState } from 'react'
import {
  AcceptCandidateResponseSchema,
  CATEGORY_IDS,
  CandidateListResponseSchema,
  CatalogueResponseSchema,
  type CatalogueResponse,
  type CategoryId,
  type PlatformCandidate,
} from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice, Loading } from '../components/messages.tsx'

/** Platforms, aliases and categories; candidates found in text, to accept into the catalogue with one action. */
export function CataloguePage({ canAccept, canSeeCandidates }: { canAccept: boolean; canSeeCandidates: boolean }) {
  const { t, lang } = useI18n()
  const [version, setVersion] = useState(0)
  const catalogue = useAsync(() => api.get('/api/catalogue', CatalogueResponseSchema), `c${version}`)
  const candidates = useAsync(
    () => (canSeeCandidates ? api.get('/api/catalogue/candidates', CandidateListResponseSchema) : Promise.resolve({ items: [] })),
    `k${version}`,
  )
  if (catalogue.error) return <ErrorNotice error={catalogue.error} />
  if (!catalogue.data) return <Loading />
  const c = catalogue.data
  return (
    <div>
      <h1>
        {t('catalogue')} <span className="muted small">{c.version}</span>
      </h1>
      {canSeeCandidates && (
        <section className="card">
          <h2>{t('candidates')}</h2>
          {candidates.error && <ErrorNotice error={candidates.error} />}
          {candidates.data && candidates.data.items.length === 0 && <p className="muted">{t('noCandidates')}</p>}
          {candidates.data && candidates.data.items.length > 0 && (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('platform')}</th>
                  <th scope="col">{t('registrations')}</th>
                  <th scope="col">{t('aliases')}</th>
                  {canAccept && <th scope="col">{t('category')}</th>}
                </tr>
              </thead>
              <tbody>
                {candidates.data.items.map((k) => (
                  <CandidateRow key={k.name} candidate={k} categories={c.categories} canAccept={canAccept} onAccepted={() => setVersion((v) => v + 1)} />
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {CATEGORY_IDS.map((cat) => (
        <section key={cat} className="card">
          <h2>{c.categories.find((x) => x.id === cat)?.[lang]}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('platform')}</th>
                <th scope="col">{t('aliases')}</th>
                <th scope="col">{t('domains')}</th>
                <th scope="col">{t('events')}</th>
              </tr>
            </thead>
            <tbody>
              {c.platforms
                .filter((p) => p.category === cat)
                .map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    <td className="small">{p.aliases.join(', ')}</td>
                    <td className="small">{p.domains.join(', ')}</td>
                    <td className="small">{p.events.map((e) => `${e.type} ${e.date}`).join('; ')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  )
}

function CandidateRow({
  candidate,
  categories,
  canAccept,
  onAccepted,
}: {
  candidate: PlatformCandidate
  categories: CatalogueResponse['categories']
  canAccept: boolean
  onAccepted: () => void
}) {
  const { t, lang, n } = useI18n()
  const [category, setCategory] = useState<CategoryId>('social_network')
  const [error, setError] = useState<Error>()
  const accept = async () => {
    try {
      await api.post('/api/catalogue/candidates/accept', AcceptCandidateResponseSchema, {
        name: candidate.name,
        category,
        aliases: candidate.surfaces.filter((s) => s.length >= 2).map((s) => s.toLowerCase()),
        domains: [],
      })
      onAccepted()
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
    }
  }
  return (
    <tr>
      <th scope="row">{candidate.name}</th>
      <td className="num">
        {n(candidate.registrations)} ({Object.entries(candidate.counts).map(([y, c]) => `${y}: ${c}`).join(', ')})
      </td>
      <td className="small">{candidate.surfaces.join(', ')}</td>
      {canAccept && (
        <td>
          <select aria-label={t('category')} value={category} onChange={(e) => setCategory(e.target.value as CategoryId)}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c[lang]}
              </option>
            ))}
          </select>{' '}
          <button type="button" onClick={() => void accept()}>
            {t('accept')}
          </button>
          {error && <ErrorNotice error={error} />}
        </td>
      )}
    </tr>
  )
}
