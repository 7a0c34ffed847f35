import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './chromium.config.ts'

// E2E_PORT lets a second working copy run its browser tests beside this one.
const port = Number(process.env.E2E_PORT ?? 4317)

// Playwright cannot download its browsers here: drive the system Chromium against a production build.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    // Routes must see every request; the offline test allows the service worker in its own context.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    // A stray server on the port would be tested instead of this build: fail loudly instead.
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
