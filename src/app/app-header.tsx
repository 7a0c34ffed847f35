import { ExportButton } from '../components/export-button.tsx'
import type { Dataset } from '../dataset/schema.ts'
import { useI18n } from '../lib/i18n-context.ts'
import { HeaderMenu } from './header-menu.tsx'
import { SectionNav } from './section-nav.tsx'

type AppHeaderProps = {
  /** The dataset on show, once loaded. */
  dataset: Dataset | undefined
  /** The dashboard is on show (not the dataset maker): its sections, its export and its presentation are offered. */
  isDashboardShown: boolean
  onOpenDatasets: () => void
  onPresent: () => void
  onSwitchLanguage: () => void
}

const plainButton = 'shrink-0 rounded border border-rule bg-surface px-2 py-1 text-sm hover:bg-hover'

/**
 * The sticky bar: one row at every width. From 1024 px it shows the sections and every action; on a
 * phone it keeps the name, Present and the language, and folds the sections, datasets and export into a menu.
 */
export function AppHeader({
  dataset,
  isDashboardShown,
  onOpenDatasets,
  onPresent,
  onSwitchLanguage,
}: AppHeaderProps) {
  const { language, t } = useI18n()
  const datasetsButton = (className: string, onUsed?: () => void) => (
    <button
      type="button"
      aria-label={t('datasetsLabel')}
      className={`${plainButton} ${className}`}
      onClick={() => {
        onUsed?.()
        onOpenDatasets()
      }}
    >
      {t('datasetsButton')}
    </button>
  )
  // In the dataset maker, the header's export and presentation would act on the dashboard's dataset behind it.
  const exportButton = (className: string) =>
    dataset &&
    isDashboardShown && (
      <ExportButton itemId="dashboard" itemName={dataset.report.title[language]} className={className} />
    )

  return (
    <header
      data-print="hidden"
      data-testid="app-header"
      className="border-grid bg-surface sticky top-0 z-40 border-b"
    >
      <div className="relative mx-auto flex max-w-7xl items-center gap-2 px-3 py-2 sm:px-4 md:gap-3">
        <p className="text-brand shrink-0 font-semibold whitespace-nowrap max-[359px]:sr-only">
          {t('appName')}
        </p>
        <div className="min-w-0 flex-1 max-lg:hidden">
          {dataset && isDashboardShown && <SectionNav dataset={dataset} variant="bar" />}
        </div>
        <div className="ml-auto flex shrink-0 items-center gap-1.5 sm:gap-2">
          {datasetsButton('max-lg:hidden')}
          {exportButton('max-lg:hidden')}
          {dataset && isDashboardShown && (
            <button
              type="button"
              aria-label={t('presentLabel')}
              className="bg-brand hover:bg-brand-strong shrink-0 rounded px-2 py-1 text-sm font-semibold whitespace-nowrap text-white sm:px-3"
              onClick={onPresent}
            >
              {t('present')}
            </button>
          )}
          <button
            type="button"
            lang={language === 'vi' ? 'en' : 'vi'}
            className={`${plainButton} whitespace-nowrap sm:px-3`}
            aria-label={t('switchLanguageLabel')}
            onClick={onSwitchLanguage}
          >
            {t('switchLanguage')}
          </button>
          <HeaderMenu>
            {(close) => (
              <>
                {dataset && isDashboardShown && (
                  <SectionNav dataset={dataset} variant="menu" onNavigate={close} />
                )}
                <div className="border-grid mt-3 flex flex-wrap gap-2 border-t pt-3">
                  {datasetsButton('px-3 py-2 text-base', close)}
                  {exportButton('px-3 py-2 text-base')}
                </div>
              </>
            )}
          </HeaderMenu>
        </div>
      </div>
    </header>
  )
}
