import { ProfileFigures } from '../views/profile-figures.tsx'
import type { Dataset } from '../../dataset/schema.ts'

export function ProfileSlide({ dataset }: { dataset: Dataset }) {
  return <ProfileFigures dataset={dataset} size="slide" />
}
