import { useEffect, useState } from 'react'
import {
  CatalogueResponseSchema,
  ReviewDecisionResponseSchema,
  ReviewQueueResponseSchema,
  type ReviewDecision,
  type ReviewItem,
} from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { href } from '../router.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice, Loading } from '../components/messages.tsx'
import { CorrectionForm } from '../components/correction-form.tsx'

/** The review queue: confirm, correct or reject suggested findings, by keyboard. Decisions count in the picture at once. */
export function ReviewPage() {
  const { t, lang, n } = useI18n()
  const [version, setVersion] = useState(0)
  const queue = useAsync(() => api.get('/api/review/queue', ReviewQueueResponseSchema, { limit: 20 }), String(version))
  const catalogue = useAsync(() => api.get('/api/catalogue', CatalogueResponseSchema), 'catalogue')
  const [index, setIndex] = useState(0)
  const [correcting, setCorrecting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error>()
  const items = queue.data?.items ?? []
  const item: ReviewItem | undefined = items[Math.min(index, items.length - 1)]

  const decide = async (decision: ReviewDecision) => {
    if (!item || busy) return
    setBusy(true)
    try {
      await api.post(`/api/registrations/${item.registration.id}/findings/${item.finding.id}/review`, ReviewDecisionResponseSchema, decision)
      setCorrecting(false)
      setError(undefined)
      setIndex(0)
      setVersion((v) => v + 1)
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)))
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (correcting || e.ctrlKey || e.metaKey || e.altKey) return
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement) return
      const key = e.key.toLowerCase()
      if (key === 'b') void decide({ decision: 'confirm' })
      else if (key === 'a') void decide({ decision: 'reject' })
      else if (key === 'c') setCorrecting(true)
      else if (key === 'j') setIndex((i) => Math.min(i + 1, items.length - 1))
      else if (key === 'k') setIndex((i) => Math.max(i - 1, 0))
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  if (queue.error) return <ErrorNotice error={queue.error} />
  if (!queue.data || !catalogue.data) return <Loading />
  const { remaining, reviewed } = queue.data
  const done = reviewed + remaining === 0 ? 100 : Math.round((100 * reviewed) / (reviewed + remaining))
  const roleLabel = (r: string) => catalogue.data?.roles.find((x) => x.id === r)?.[lang] ?? r

  return (
    <div className="review">
      <h1>{t('review')}</h1>
      <div className="progress" role="progressbar" aria-valuenow={done} aria-valuemin={0} aria-valuemax={100}>
        <div className="progress-bar" style={{ width: `${done}%` }} />
      </div>
      <p className="muted small">
        <span data-testid="review-remaining">{n(remaining)}</span> {t('remaining')} · {n(reviewed)} {t('reviewed')} · {t('shortcuts')}
      </p>
      {error && <ErrorNotice error={error} />}
      {!item ? (
        <p className="notice">{t('queueEmpty')}</p>
      ) : (
        <article className="card review-item" aria-live="polite">
          <header>
            <h2>
              {item.finding.platform ?? (item.finding.kind === 'generic' ? t('kindGeneric') : t('kindUnclear'))}{' '}
              {item.finding.negated && <span className="badge">{t('negated')}</span>}
            </h2>
            <p className="muted small">
              <a href={href(`/registrations/${item.registration.id}`)}>{item.registration.source_ref}</a> · {item.registration.date} ·{' '}
              {item.registration.unit ?? '—'} · {t('confidence')} {Math.round(item.finding.confidence * 100)}%
            </p>
          </header>
          <p className="narrative">
            …{item.context.before}
            <mark className={`finding kind-${item.finding.kind}`}>{item.context.surface}</mark>
            {item.context.after}…
          </p>
          <p>
            {t('roles')}: <strong>{item.finding.roles.map(roleLabel).join(', ') || '—'}</strong>
          </p>
          <ul className="evidence small muted">
            {item.finding.evidence.map((e, i) => (
              <li key={i}>
                {e.rule}
                {e.gives ? ` → ${e.gives}` : ''}: <q>{e.surface}</q>
              </li>
            ))}
          </ul>
          {correcting ? (
            <CorrectionForm finding={item.finding} catalogue={catalogue.data} onSubmit={(d) => void decide(d)} onCancel={() => setCorrecting(false)} />
          ) : (
            <div className="actions">
              <button type="button" className="primary" onClick={() => void decide({ decision: 'confirm' })} disabled={busy}>
                {t('confirm')} <kbd>B</kbd>
              </button>
              <button type="button" onClick={() => setCorrecting(true)} disabled={busy}>
                {t('correct')} <kbd>C</kbd>
              </button>
              <button type="button" className="danger" onClick={() => void decide({ decision: 'reject' })} disabled={busy}>
                {t('reject')} <kbd>A</kbd>
              </button>
            </div>
          )}
        </article>
      )}
    </div>
  )
}
