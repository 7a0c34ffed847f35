import { renderFirstScreen } from './app/first-screen.tsx'
import { type Dataset, datasetSchema } from './dataset/schema.ts'

/** Build time only: the first screen's HTML for the bundled dataset, after parsing it with the schema. */
export async function prerender(json: unknown, search = ''): Promise<{ html: string; dataset: Dataset }> {
  const dataset = datasetSchema.parse(json)
  return { html: await renderFirstScreen(dataset, search), dataset }
}
