import type { AuditEntry } from '@platformscope/contract'
import type { ChainedAuditEntry } from '../../domain/audit/hash-chain.ts'

export function presentAuditEntry(e: ChainedAuditEntry): AuditEntry {
  return { seq: e.seq, at: e.at, actor: e.actor, action: e.action, target: e.target, details: e.details, prev_hash: e.prevHash, hash: e.hash }
}
