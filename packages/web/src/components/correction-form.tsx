import { useState } from 'react'
import { ROLE_IDS, type CatalogueResponse, type Finding, type MentionKind, type ReviewDecision, type RoleId } from '@platformscope/contract'
import { useI18n } from '../i18n.ts'

/** Correct a finding's platform, kind, roles and negation. */
export function CorrectionForm({
  finding,
  catalogue,
  onSubmit,
  onCancel,
}: {
  finding: Finding
  catalogue: CatalogueResponse
  onSubmit: (d: ReviewDecision) => void
  onCancel: () => void
}) {
  const { t, lang } = useI18n()
  const [platform, setPlatform] = useState(finding.platform ?? '')
  const [kind, setKind] = useState<MentionKind>(finding.kind)
  const [roles, setRoles] = useState<RoleId[]>(finding.roles)
  const [negated, setNegated] = useState(finding.negated)
  const toggle = (r: RoleId) => setRoles(roles.includes(r) ? roles.filter((x) => x !== r) : [...roles, r])
  return (
    <form
      className="correction"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit({ decision: 'correct', platform: kind === 'named' ? platform || null : null, kind, roles: negated ? [] : roles, negated })
      }}
    >
      <label>
        {t('kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as MentionKind)}>
          <option value="named">{t('kindNamed')}</option>
          <option value="generic">{t('kindGeneric')}</option>
          <option value="unclear">{t('kindUnclear')}</option>
        </select>
      </label>
      {kind === 'named' && (
        <label>
          {t('platform')}
          <input list="platform-names" value={platform} onChange={(e) => setPlatform(e.target.value)} required />
          <datalist id="platform-names">
            {catalogue.platforms.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
        </label>
      )}
      <fieldset>
        <legend>{t('roles')}</legend>
        {ROLE_IDS.map((r) => (
          <label key={r} className="check">
            <input type="checkbox" checked={roles.includes(r)} onChange={() => toggle(r)} disabled={negated} />
            {catalogue.roles.find((x) => x.id === r)?.[lang] ?? r}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={negated} onChange={(e) => setNegated(e.target.checked)} />
        {t('negated')}
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
