// One description of the Chromium the tests and the benchmark drive: Debian's, as Playwright cannot
// download its own here; CHROMIUM_PATH points elsewhere on other machines.
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Without the background-networking flags Chromium keeps calling out to a network this machine does not have.
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
