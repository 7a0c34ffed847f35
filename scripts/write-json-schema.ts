import { writeFileSync } from 'node:fs'
import { datasetJsonSchema } from '../src/dataset/json-schema.ts'

const target = new URL('../data/dataset.schema.json', import.meta.url)
writeFileSync(target, datasetJsonSchema())
console.log(`wrote ${target.pathname}`)
