export * from './errors.ts'
export * from './api/vocabulary.ts'
export * from './api/extraction.ts'
export * from './api/status.ts'
