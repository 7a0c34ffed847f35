import { describe, expect, it } from 'vitest'
import { slidePlacement } from './slide-placement.ts'

describe('slidePlacement', () => {
  it.each([
    // width, height, reserved, scale, centre y: the slide's bottom edge never reaches the reserved band
    [1920, 1080, 0, 1, 540],
    [1366, 768, 0, 768 / 1080, 384],
    [1920, 1080, 80, 1000 / 1080, 500],
    // A 60 px letterbox is too little for 80 px of controls: same size, 20 px higher.
    [1920, 1200, 80, 1, 560],
    // A 100 px letterbox holds them: the slide does not move.
    [1920, 1280, 80, 1, 640],
    [390, 844, 200, 390 / 1920, 422],
    [844, 390, 110, 280 / 1080, 140],
  ])('%i×%i with %i px reserved: scale %f, centre at %f', (width, height, reserved, scale, centreY) => {
    const placement = slidePlacement(width, height, reserved)
    expect(placement.scale).toBeCloseTo(scale, 6)
    expect(placement.centreY).toBeCloseTo(centreY, 6)
    expect(placement.centreY + (1080 * placement.scale) / 2).toBeLessThanOrEqual(height - reserved + 1e-9)
  })
})
