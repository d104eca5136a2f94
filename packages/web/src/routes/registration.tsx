import { useState } from 'react'
import { CatalogueResponseSchema, RegistrationDetailSchema } from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice, Loading } from '../components/messages.tsx'
import { HighlightedText } from '../components/highlighted-text.tsx'

/** One registration: the narrative with every finding highlighted, its rule and evidence. Reading is audited. */
export function RegistrationPage({ id }: { id: string }) {
  const { t, lang } = useI18n()
  const detail = useAsync(() => api.get(`/api/registrations/${id}`, RegistrationDetailSchema), id)
  const catalogue = useAsync(() => api.get('/api/catalogue', CatalogueResponseSchema), 'catalogue')
  const [selected, setSelected] = useState<string>()
  if (detail.error) return <ErrorNotice error={detail.error} />
  if (!detail.data) return <Loading />
  const r = detail.data
  const roleLabel = (role: string) => catalogue.data?.roles.find((x) => x.id === role)?.[lang] ?? role
  return (
    <div>
      <p>
        <a href="#" onClick={(e) => (e.preventDefault(), history.back())}>
          ← {t('back')}
        </a>
      </p>
      <h1>
        {r.source_ref} <span className="muted small">{r.source}</span>
      </h1>
      <dl className="facts">
        <dt>{t('date')}</dt>
        <dd>{r.date}</dd>
        <dt>{t('unit')}</dt>
        <dd>{r.unit ?? '—'}</dd>
        <dt>{t('societalClass')}</dt>
        <dd>{r.societal_class ?? '—'}</dd>
        <dt>{t('scope')}</dt>
        <dd>{r.scope ?? '—'}</dd>
      </dl>
      <div className="grid-2">
        <section className="card">
          <h2>{t('narrative')}</h2>
          <HighlightedText text={r.narrative} findings={r.findings} selected={selected} onSelect={setSelected} />
        </section>
        <section className="card">
          <h2>{t('findings')}</h2>
          <ol className="findings">
            {r.findings.map((f) => (
              <li key={f.id} className={selected === f.id ? 'selected' : undefined}>
                <button type="button" className="link-button" onClick={() => setSelected(f.id)}>
                  <strong>{f.platform ?? (f.kind === 'generic' ? t('kindGeneric') : t('kindUnclear'))}</strong>
                </button>{' '}
                <span className={`status status-${f.status}`}>{t(`status_${f.status}`)}</span>
                {f.negated && <span className="badge">{t('negated')}</span>}
                <div className="small">
                  {f.surface && <q>{f.surface}</q>} · {t('roles')}: {f.roles.map(roleLabel).join(', ') || '—'} · {t('confidence')}{' '}
                  {Math.round(f.confidence * 100)}%
                </div>
                <ul className="evidence small muted">
                  {f.evidence.map((e, i) => (
                    <li key={i}>
                      {e.rule}
                      {e.gives ? ` → ${e.gives}` : ''}: <q>{e.surface}</q>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {r.persons.length > 0 && (
            <>
              <h3>{t('people')}</h3>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('pseudonym')}</th>
                    <th scope="col">{t('age')}</th>
                    <th scope="col">{t('gender')}</th>
                    <th scope="col">{t('personRole')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.persons.map((p) => (
                    <tr key={p.pseudonym}>
                      <th scope="row">{p.pseudonym}</th>
                      <td>{p.age ?? '—'}</td>
                      <td>{p.gender ?? '—'}</td>
                      <td>{p.roles.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {r.vulnerabilities.length > 0 && (
            <>
              <h3>{t('vulnerabilities')}</h3>
              <ul className="vulnerabilities">
                {r.vulnerabilities.map((v, i) => (
                  <li key={i}>
                    {catalogue.data?.vulnerability_factors.find((x) => x.id === v.factor)?.[lang] ?? v.factor}
                    {/* the words that gave an extracted factor; a registered one has no span */}
                    {v.start !== null && v.end !== null && (
                      <>
                        {': '}
                        <q>{r.narrative.slice(v.start, v.end)}</q>
                      </>
                    )}{' '}
                    <span className={`status status-${v.status}`}>{t(`status_${v.status}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </div>
  )
}
