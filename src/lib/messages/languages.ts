import { makerMessages as makerVi } from './vi/maker.ts'
import { viFirst } from './vi-first.ts'

/** Every fixed text of the interface in Vietnamese, the source language: its keys and placeholders rule. */
export const vi = {
  ...viFirst,
  ...makerVi,
}
