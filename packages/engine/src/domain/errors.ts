import type { ErrorCode } from '@platformscope/contract'

/** The one error class of the engine. `details` feed the message catalogue; never put narrative text in them. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options)
    this.name = 'AppError'
  }
}
