import type { PictureView } from '@platformscope/contract'
import type { Picture } from '../../domain/picture/picture.ts'

/** The domain picture is already the contract shape (picture.json); this is where the compiler checks that. */
export function presentPicture(p: Picture): PictureView {
  return p
}
