import { describe, expect, it } from 'vitest'
import { BriefdeckError } from '../../src/errors.ts'
import { chromiumArgs, findChromium, type ChromiumSearch } from '../../src/export/chromium.ts'

/** A fake machine: only `files` exist, and the Playwright cache holds `cached` folder names. */
function fakeSearch(files: string[], cached: Record<string, string[]> = {}): ChromiumSearch {
  return {
    systemPaths: ['/usr/bin/chromium', '/usr/bin/google-chrome'],
    isExecutable: (path) => files.includes(path),
    listDir: (dir) => cached[dir] ?? [],
    home: '/home/ada',
  }
}

describe('findChromium', () => {
  it('prefers BRIEFDECK_CHROMIUM over everything else', () => {
    const search = fakeSearch(['/opt/chrome/chrome', '/usr/bin/chromium'])
    expect(findChromium({ BRIEFDECK_CHROMIUM: '/opt/chrome/chrome', CHROME_PATH: '/usr/bin/chromium' }, search)).toBe('/opt/chrome/chrome')
  })

  it('refuses a BRIEFDECK_CHROMIUM that points at nothing, naming the variable', () => {
    const search = fakeSearch(['/usr/bin/chromium'])
    expect(() => findChromium({ BRIEFDECK_CHROMIUM: '/nope/chrome' }, search)).toThrow(BriefdeckError)
    expect(() => findChromium({ BRIEFDECK_CHROMIUM: '/nope/chrome' }, search)).toThrow(/BRIEFDECK_CHROMIUM=\/nope\/chrome is not an executable/)
  })

  it('uses the other tools’ variables when they point at a browser, and skips them when not', () => {
    expect(findChromium({ CHROME_PATH: '/x/chrome' }, fakeSearch(['/x/chrome', '/usr/bin/chromium']))).toBe('/x/chrome')
    expect(findChromium({ PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/gone' }, fakeSearch(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome')
  })

  it('falls back to the newest browser in Playwright’s cache, honouring PLAYWRIGHT_BROWSERS_PATH', () => {
    const cacheDefault = fakeSearch(['/home/ada/.cache/ms-playwright/chromium-1200/chrome-linux/chrome', '/home/ada/.cache/ms-playwright/chromium-1100/chrome-linux/chrome'], {
      '/home/ada/.cache/ms-playwright': ['chromium-1100', 'chromium-1200', 'firefox-900'],
    })
    const configured = fakeSearch(['/pw/chromium-7/chrome-linux64/chrome'], { '/pw': ['chromium-7'] })
    if (process.platform === 'linux')
      expect(findChromium({}, cacheDefault)).toBe('/home/ada/.cache/ms-playwright/chromium-1200/chrome-linux/chrome')
    expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: '/pw' }, configured)).toBe('/pw/chromium-7/chrome-linux64/chrome')
  })

  it('says exactly what to install when there is no browser at all', () => {
    let error: unknown
    try {
      findChromium({ PATH: '/usr/bin' }, fakeSearch([]))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BriefdeckError)
    const message = (error as Error).message
    expect(message).toContain('sudo apt-get install -y chromium')
    expect(message).toContain('BRIEFDECK_CHROMIUM=/path/to/chrome')
  })

  it('finds the Chromium of this machine (the export tests need it)', () => {
    expect(findChromium()).toMatch(/chrom/i)
  })
})

describe('chromiumArgs', () => {
  it('always quiets background networking, and adds --no-sandbox only for root or CI', () => {
    const user = chromiumArgs({ root: false, ci: false })
    expect(user).toContain('--disable-background-networking')
    expect(user).toContain('--disable-gpu')
    expect(user).not.toContain('--no-sandbox')
    expect(chromiumArgs({ root: true, ci: false })).toContain('--no-sandbox')
    expect(chromiumArgs({ root: false, ci: true })).toContain('--no-sandbox')
    expect(chromiumArgs({ root: false }, { CI: 'true' })).toContain('--no-sandbox')
  })
})
