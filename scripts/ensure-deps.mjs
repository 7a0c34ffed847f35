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

if (process.argv.includes('--browser')) {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) {
    const isRoot = process.getuid?.() === 0
    if (isRoot && existsSync('/usr/bin/apt-get') && path === '/usr/bin/chromium') {
      console.log('Installing Chromium for the browser tests (apt-get install chromium)…')
      run('apt-get', ['update', '-qq'])
      run('apt-get', ['install', '-y', '-qq', 'chromium'])
    } else {
      console.error(
        `No Chromium at ${path}. Install one (Debian: sudo apt-get install chromium) ` +
          'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.',
      )
      process.exit(1)
    }
  }
}
