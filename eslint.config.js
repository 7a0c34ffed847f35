import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'dist-single',
      'bench/dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.scratch',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The layers, each importing only those below it: app → features → components → stores → model, draft and
    // data (fetching and storage) → dataset (the schema, its reading and checking) → lib. A feature never imports another: what they share lives below them (stores/ holds the URL's
    // state), and the app composes them, filling their slots. Tests may reach across to check what users get.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
    },
  },
)

/** For each layer, the layers it must not import; and each feature, the other features. */
function layerZones() {
  const above = (layers) => layers.map((layer) => `./src/${layer}`)
  const message = 'a layer imports only the layers below it (see eslint.config.js)'
  const features = readdirSync(new URL('./src/features', import.meta.url))
  return [
    {
      target: './src/lib',
      from: above(['dataset', 'data', 'draft', 'model', 'stores', 'components', 'features', 'app']),
    },
    {
      target: './src/dataset',
      from: above(['data', 'draft', 'model', 'stores', 'components', 'features', 'app']),
    },
    { target: './src/data', from: above(['draft', 'model', 'stores', 'components', 'features', 'app']) },
    { target: './src/draft', from: above(['data', 'model', 'stores', 'components', 'features', 'app']) },
    { target: './src/model', from: above(['data', 'draft', 'stores', 'components', 'features', 'app']) },
    { target: './src/stores', from: above(['components', 'features', 'app']) },
    { target: './src/components', from: above(['features', 'app']) },
    ...features.map((feature) => ({
      target: `./src/features/${feature}`,
      from: ['./src/app', './src/features'],
      except: [`./${feature}`],
      message: 'a feature imports no other feature and not the app: the app fills its slots',
    })),
  ].map((zone) => ({ message, ...zone }))
}
