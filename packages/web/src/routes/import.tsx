import { useEffect, useState } from 'react'
import { ImportBatchSchema, ImportListResponseSchema, type ImportBatch } from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice } from '../components/messages.tsx'

/** Upload an export, follow its progress, see the rejected records (line, field, reason — never the text). */
export function ImportPage() {
  const { t, n } = useI18n()
  const [file, setFile] = useState<File>()
  const [source, setSource] = useState('')
  const [extract, setExtract] = useState(true)
  const [batch, setBatch] = useState<ImportBatch>()
  const [error, setError] = useState<Error>()
  const history = useAsync(() => api.get('/api/imports', ImportListResponseSchema), batch?.status ?? 'none')

  useEffect(() => {
    if (!batch || batch.status !== 'running') return
    const timer = setTimeout(() => {
      api.get(`/api/imports/${batch.id}`, ImportBatchSchema).then(setBatch, (e: unknown) => setError(e as Error))
    }, 700)
    return () => clearTimeout(timer)
  }, [batch])

  const upload = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!file) return
    setError(undefined)
    try {
      setBatch(await api.upload('/api/imports', ImportBatchSchema, file, { file_name: file.name, source: source || undefined, extract: String(extract) }))
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    }
  }

  return (
    <div>
      <h1>{t('import')}</h1>
      <form className="card grid-form" onSubmit={(e) => void upload(e)}>
        <label className="wide">
          {t('uploadFile')}
          <input type="file" name="file" accept=".csv,.xlsx,.jsonl,.json,.txt" onChange={(e) => setFile(e.target.files?.[0])} required />
        </label>
        <label>
          {t('source')}
          <input value={source} onChange={(e) => setSource(e.target.value)} placeholder="bvh" />
        </label>
        <label className="check">
          <input type="checkbox" checked={extract} onChange={(e) => setExtract(e.target.checked)} />
          {t('runExtraction')}
        </label>
        <button type="submit" className="primary" disabled={!file}>
          {t('upload')}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      {batch && (
        <section className="card" aria-live="polite">
          <h2>
            {batch.file_name} <span className={`status status-${batch.status}`}>{t(`status_${batch.status}`)}</span>
          </h2>
          <p>
            {n(batch.records_read)} {t('read')} · {n(batch.inserted)} {t('inserted')} · {n(batch.updated)} {t('updated')} · {n(batch.unchanged)}{' '}
            {t('unchanged')} · {n(batch.rejected)} {t('rejected')}
          </p>
          {batch.error && <p className="notice notice-error">{batch.error.message}</p>}
          {batch.rejects.length > 0 && (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('line')}</th>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('reason')}</th>
                </tr>
              </thead>
              <tbody>
                {batch.rejects.map((r, i) => (
                  <tr key={i}>
                    <td className="num">{r.line ?? '—'}</td>
                    <td>{r.field ?? '—'}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {history.data && history.data.items.length > 0 && (
        <section className="card">
          <h2>{t('import')} — historie</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('source')}</th>
                <th scope="col">bestand</th>
                <th scope="col" className="num">
                  {t('inserted')}
                </th>
                <th scope="col" className="num">
                  {t('updated')}
                </th>
                <th scope="col" className="num">
                  {t('rejected')}
                </th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((b) => (
                <tr key={b.id}>
                  <td>{b.started_at.slice(0, 16).replace('T', ' ')}</td>
                  <td>{b.source}</td>
                  <td>{b.file_name}</td>
                  <td className="num">{n(b.inserted)}</td>
                  <td className="num">{n(b.updated)}</td>
                  <td className="num">{n(b.rejected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}
