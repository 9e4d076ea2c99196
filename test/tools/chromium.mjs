// @ts-check
/** Debian's Chromium for the scripts outside the test runner (dist checks, page tests, benchmarks). */
import { chromium } from 'playwright-core';

/** The flags every launch needs here: root needs --no-sandbox; the closed network wants no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** @param {string[]} [extraArgs] */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
