import { ProfileFigures } from '../../components/views/profile-figures.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { placeName } from '../../model/place-line.ts'

type ProfileSectionProps = { dataset: Dataset }

export function ProfileSection({ dataset }: ProfileSectionProps) {
  const { language, t } = useI18n()
  return (
    <section id="profile" aria-labelledby="profile-title" className="scroll-mt-20 py-6">
      <h2 id="profile-title" className="text-xl font-semibold">
        {t('profileTitle', { place: placeName(dataset.report, language) })}
      </h2>
      <div className="mt-4">
        <ProfileFigures dataset={dataset} size="screen" />
      </div>
    </section>
  )
}
