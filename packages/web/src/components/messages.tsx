import { ApiError } from '../api-client.ts'
import { useI18n } from '../i18n.ts'

export function Loading() {
  const { t } = useI18n()
  return <p className="muted" aria-live="polite">{t('loading')}</p>
}

export function ErrorNotice({ error }: { error: Error }) {
  const { t } = useI18n()
  const forbidden = error instanceof ApiError && error.status === 403
  return (
    <p className="notice notice-error" role="alert">
      {forbidden ? t('forbidden') : `${t('error')}: ${error.message}`}
    </p>
  )
}
