import { z } from 'zod'

export const RoleIdSchema = z.enum([
  'recruiting',
  'advertising',
  'customer_acquisition',
  'customer_meeting',
  'relationship',
  'image_distribution',
])
export type RoleId = z.infer<typeof RoleIdSchema>
export const ROLE_IDS = RoleIdSchema.options

export const CategoryIdSchema = z.enum(['instant_messaging', 'sex_advertising', 'social_network', 'dating'])
export type CategoryId = z.infer<typeof CategoryIdSchema>
export const CATEGORY_IDS = CategoryIdSchema.options

export const MentionKindSchema = z.enum(['named', 'generic', 'unclear'])
export type MentionKind = z.infer<typeof MentionKindSchema>

export const ReviewStatusSchema = z.enum(['suggested', 'confirmed', 'rejected', 'corrected'])
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>

export const GenderSchema = z.enum(['F', 'M'])
export type Gender = z.infer<typeof GenderSchema>

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
