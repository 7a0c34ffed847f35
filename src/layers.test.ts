import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const eslint = new ESLint({ cwd: root })

/** The rules a file with this text at this path breaks, as `npm run lint` reports them. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('the layers, enforced by lint', () => {
  it('refuses a feature importing another feature, or the app', async () => {
    expect(
      await broken('src/features/dashboard/x.ts', "export { default } from '../presenter/deck.tsx'\n"),
    ).toContain('import-x/no-restricted-paths')
    expect(await broken('src/features/record/x.ts', "export { App } from '../../app/app.tsx'\n")).toContain(
      'import-x/no-restricted-paths',
    )
  })

  it('refuses a lower layer importing a higher one', async () => {
    expect(await broken('src/lib/x.ts', "export { buildDeck } from '../model/deck.ts'\n")).toContain(
      'import-x/no-restricted-paths',
    )
    expect(
      await broken('src/model/x.ts', "export { useDeckChoice } from '../stores/deck-choice.ts'\n"),
    ).toContain('import-x/no-restricted-paths')
  })

  it('refuses an import cycle', async () => {
    // deck.ts imports record-slides.ts: record-slides.ts importing deck.ts back closes a cycle.
    const code = "import { buildDeck } from './deck.ts'\nexport const again = buildDeck\n"
    expect(await broken('src/model/record-slides.ts', code)).toContain('import-x/no-cycle')
  })

  it('allows what the layers allow', async () => {
    expect(
      await broken(
        'src/features/dashboard/x.ts',
        "export { useDeckChoice } from '../../stores/deck-choice.ts'\n",
      ),
    ).toEqual([])
  })
}, 60_000)
