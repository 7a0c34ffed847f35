import { z } from './zod.ts'
import { datasetSchema } from './schema.ts'

/** The JSON Schema that dataset authors point their editor at (`"$schema": "./dataset.schema.json"`). */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' })
  const titled = { title: 'Bảng chỉ số dataset', ...schema }
  return `${JSON.stringify(titled, null, 2)}\n`
}
