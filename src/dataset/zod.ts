import { z } from 'zod'

// No code generation: zod's fast path compiles parsers with `new Function`, which a strict
// Content-Security-Policy forbids (its probe alone is reported as a violation). Every schema module
// imports zod from here, so the setting is in place before the first schema is built.
z.config({ jitless: true })

export { z }
