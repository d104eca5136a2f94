import { fileURLToPath } from 'node:url'
import path from 'node:path'

/** The repository's `data/` folder (catalogue and lexicons), overridable for analysts who keep their own. */
export const DATA_DIR = process.env.PLATFORMSCOPE_DATA ?? fileURLToPath(new URL('../../../../../data/', import.meta.url))

export function dataPath(...parts: string[]): string {
  return path.join(DATA_DIR, ...parts)
}
