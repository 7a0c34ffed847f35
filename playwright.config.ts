import { defineConfig, devices } from '@playwright/test'

const port = 4317
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
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
