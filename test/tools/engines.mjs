// @ts-check
/* global fetch */
/**
 * The three browser engines the tests run in, as web-test-runner launchers, all from Debian packages (nothing
 * downloads a browser):
 * - Chromium (`chromium`): puppeteer-core over CDP; the path from CHROME_PATH, else /usr/bin/chromium.
 * - Firefox (`firefox-esr`): puppeteer-core over WebDriver BiDi, no geckodriver; FIREFOX_PATH, else
 *   /usr/bin/firefox-esr.
 * - WebKit (`webkit2gtk-driver`): WebKitWebDriver driving MiniBrowser, through @web/test-runner-webdriver.
 *   MiniBrowser has no headless mode, so the driver runs under `xvfb-run -a` (packages `xvfb xauth`); the
 *   launcher starts the driver on a free port when the run starts and stops it (and its X server) at the end.
 *   WEBKIT_DRIVER_PATH and MINIBROWSER_PATH override the Debian paths.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from './chromium.mjs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Chromium, headless, in English. */
export function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: CHROME_PATH,
      headless: true,
      // The flags every launch needs here (test/tools/chromium.mjs), plus a shared-memory-free, English browser.
      args: [...CHROMIUM_ARGS, '--disable-dev-shm-usage', '--lang=en-US'],
    },
  });
}

/** Firefox ESR, headless, in English, driven over WebDriver BiDi. */
export function firefox() {
  return chromeLauncher({
    // puppeteer-core's own namespace: its `launch` speaks BiDi to Firefox.
    puppeteer: /** @type {any} */ (puppeteer),
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        'intl.accept_languages': 'en-US',
        'intl.locale.requested': 'en-US',
        // No first-run pages, updates or telemetry on a machine without internet.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    },
  });
}

/** A TCP port nobody listens on right now. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver. The driver and its X server are started by
 * `initialize` and stopped by `stop`, so a run that never schedules a WebKit session never starts them.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.driverProcess = undefined;
    this.stopDriver = this.stopDriver.bind(this);
  }

  /** @param {any} config */
  async initialize(config) {
    const port = await freePort();
    const command = [WEBKIT_DRIVER_PATH, `--port=${port}`, '--host=127.0.0.1'];
    // An X server of its own, unless told to use the one in DISPLAY (WEBKIT_USE_DISPLAY=1).
    const [file, ...args] =
      process.env.WEBKIT_USE_DISPLAY && process.env.DISPLAY
        ? command
        : ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', ...command];
    // Its own process group (xvfb-run, Xvfb, the driver, MiniBrowser), so `stopDriver` ends all of it.
    const driver = spawn(/** @type {string} */ (file), args, {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
    });
    this.driverProcess = driver;
    process.once('exit', this.stopDriver);
    const started = Date.now();
    for (;;) {
      if (driver.exitCode !== null)
        throw new Error(`${WEBKIT_DRIVER_PATH} exited with code ${driver.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > 30_000) {
        this.stopDriver();
        throw new Error(`${WEBKIT_DRIVER_PATH} did not answer on port ${port} within 30 s`);
      }
      await sleep(100);
    }
    /** @type {any} */ (this).options = {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 would otherwise ask for WebDriver BiDi, which WebKitWebDriver does not offer.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    };
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.stopDriver();
    }
  }

  stopDriver() {
    const pid = this.driverProcess?.pid;
    if (pid && this.driverProcess?.exitCode === null) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    this.driverProcess = undefined;
  }
}

export function webkit() {
  return new WebKitLauncher();
}

/** Whether each engine's browser is installed here (the config and .ci/run report what is missing). */
export function installed() {
  return {
    chromium: existsSync(CHROME_PATH),
    firefox: existsSync(FIREFOX_PATH),
    webkit: existsSync(WEBKIT_DRIVER_PATH) && existsSync(MINIBROWSER_PATH),
  };
}
