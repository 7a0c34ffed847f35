import { z } from '../dataset/zod.ts'
import { localizedSchema } from '../dataset/schema.ts'

/** `data/index.json`: the datasets bundled with the app, the first one opened by default. */
export const datasetIndexSchema = z.object({
  datasets: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        file: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.json$/),
        title: localizedSchema,
      }),
    )
    .min(1),
})
export type DatasetIndex = z.infer<typeof datasetIndexSchema>
