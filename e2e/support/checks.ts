// Checks run against the live page: axe-core's accessibility rules, and the page's width.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now, one line each (rule: the nodes it found). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; help: string; nodes: { target: string[] }[] }[];
    }
    const r = await axe.run();
    return r.violations.map(
      (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return found;
}

/** How much wider than the viewport the page is, in CSS pixels (0 when it fits). */
export async function overflowX(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Runs both checks on the screen as it is, noting what they find under the screen's name. */
export async function checkScreen(page: Page, screen: string, found: string[]): Promise<void> {
  await page.waitForTimeout(150);
  for (const v of await axeViolations(page)) found.push(`${screen}: ${v}`);
  const over = await overflowX(page);
  if (over > 0) found.push(`${screen}: the page is ${over}px wider than the viewport`);
}
