// The learned role scorer's hyperparameter grid, declared before any evaluation: the leave-one-annotator-out
// evaluation chooses from it by an inner leave-one-annotator-out, and train-roles.ts by the same over all groups.
import { FEATURE_VARIANTS, type FeatureVariant } from '../../src/domain/extraction/role-features.ts'

export interface Config {
  l2: number
  variant: FeatureVariant
  combine: 'joint' | 'stacked'
  threshold: number
}

export const ITERATIONS = 300

export const GRID: readonly Config[] = [3, 10].flatMap((l2) =>
  FEATURE_VARIANTS.flatMap((variant) =>
    (['joint', 'stacked'] as const).flatMap((combine) => [0.4, 0.5].map((threshold) => ({ l2, variant, combine, threshold }))),
  ),
)
