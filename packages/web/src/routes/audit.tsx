import { useState } from 'react'
import { AuditListResponseSchema, AuditVerifyResponseSchema, type AuditVerifyResponse } from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice, Loading } from '../components/messages.tsx'

/** The hash-chained audit log (admins): who read, changed or exported what, and a chain check. */
export function AuditPage() {
  const { t } = useI18n()
  const [before, setBefore] = useState<number>()
  const list = useAsync(() => api.get('/api/audit', AuditListResponseSchema, { before, limit: 100 }), String(before))
  const [verify, setVerify] = useState<AuditVerifyResponse>()
  if (list.error) return <ErrorNotice error={list.error} />
  if (!list.data) return <Loading />
  return (
    <div>
      <h1>{t('audit')}</h1>
      <p>
        <button type="button" onClick={() => void api.get('/api/audit/verify', AuditVerifyResponseSchema).then(setVerify)}>
          {t('verifyChain')}
        </button>{' '}
        {verify && (
          <span className={verify.ok ? 'notice-ok' : 'notice-error'} role="status">
            {verify.ok ? `${t('chainIntact')} (${verify.entries})` : `${t('chainBroken')} ${verify.first_tampered_seq}`}
          </span>
        )}
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('actor')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('target')}</th>
            <th scope="col">hash</th>
          </tr>
        </thead>
        <tbody>
          {list.data.items.map((e) => (
            <tr key={e.seq}>
              <td className="num">{e.seq}</td>
              <td>{e.at.slice(0, 19).replace('T', ' ')}</td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td className="small">{e.target ?? '—'}</td>
              <td className="mono small">{e.hash.slice(0, 12)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data.next_before !== null && (
        <button type="button" onClick={() => setBefore(list.data?.next_before ?? undefined)}>
          {t('next')}
        </button>
      )}
    </div>
  )
}
