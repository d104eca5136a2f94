import { PictureQuerySchema, PictureResponseSchema } from '@platformscope/contract'
import { selectionFor } from '../../app/dashboard-picture.ts'
import { defineRoute } from '../route.ts'
import { presentPicture } from '../presenters/picture.ts'

export const pictureRoutes = [
  defineRoute({
    method: 'get',
    path: '/picture',
    summary: 'The intelligence picture (aggregates only) for period, unit, category, platform and review status',
    tag: 'picture',
    access: 'picture_read',
    query: PictureQuerySchema,
    response: PictureResponseSchema,
    handle: async ({ deps, query }) => {
      const catalogue = deps.catalogue()
      const selection = await selectionFor(deps.conn, catalogue, query)
      const picture = await deps.pictures.get(deps.conn, catalogue, selection, deps.now())
      return { picture: presentPicture(picture) }
    },
  }),
]
