// A fresh browser per test, closed after it; a test fails if its page threw an error.
import { afterEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './harness';

/** Registers the closing check and returns how a test opens its page. */
export function pageOpener(): (width?: number, height?: number) => Promise<Page> {
  let browser: Awaited<ReturnType<typeof openBrowser>> | null = null;
  const pageErrors: string[] = [];
  afterEach(async () => {
    await browser?.close();
    browser = null;
    expect(pageErrors).toEqual([]);
    pageErrors.length = 0;
  });
  return async (width = 1366, height = 800) => {
    browser = await openBrowser({ width, height });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return page;
  };
}
