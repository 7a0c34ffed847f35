// @ts-check
// Installs what `npm start` and `npm test` need on a fresh clone: npm packages, and with --browser a Chromium.
// Plain Node with no dependencies, because it runs before anything is installed.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

/** @param {string} command @param {string[]} args */
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' })

const lock = 'package-lock.json'
const installed = 'node_modules/.package-lock.json'
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  console.log('Installing npm packages (npm ci)…')
  run('npm', ['ci', '--no-audit', '--no-fund'])
}

/**
 * The programs the tests use besides Node: a browser, and the real clients that open the exported files
 * (LibreOffice Impress with Arial's metric twin, Liberation Sans; poppler's pdftotext).
 */
const testPrograms = [
  {
    path: '/usr/bin/soffice',
    packages: ['libreoffice-impress', 'fonts-liberation2'],
    what: 'LibreOffice Impress',
  },
  { path: '/usr/bin/pdftotext', packages: ['poppler-utils'], what: "poppler's PDF tools" },
]

if (process.argv.includes('--browser')) {
  const isRoot = process.getuid?.() === 0
  const canInstall = isRoot && existsSync('/usr/bin/apt-get')
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const needsChromium = !existsSync(chromium)
  const missing = [
    ...(needsChromium ? [{ path: chromium, packages: ['chromium'], what: 'Chromium' }] : []),
    ...testPrograms.filter(({ path }) => !existsSync(path)),
  ]
  if (missing.length > 0) {
    const packages = missing.flatMap((program) => program.packages)
    if (canInstall && !(needsChromium && chromium !== '/usr/bin/chromium')) {
      console.log(`Installing what the tests use (apt-get install ${packages.join(' ')})…`)
      run('apt-get', ['update', '-qq'])
      // Chromium with its recommended fonts and drivers, as before; the office clients without extras.
      if (needsChromium) run('apt-get', ['install', '-y', '-qq', 'chromium'])
      const others = packages.filter((name) => name !== 'chromium')
      if (others.length > 0) run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...others])
    } else {
      console.error(
        `Missing for the tests: ${missing.map(({ what, path }) => `${what} (${path})`).join(', ')}. ` +
          `Install them (Debian: sudo apt-get install ${packages.join(' ')}); ` +
          'CHROMIUM_PATH may name another Chromium or Chrome. Then run npm test again.',
      )
      process.exit(1)
    }
  }
}
