/**
 * axe-core in the e2e: runs Deque's rules in a page of the real browser and returns the serious and critical
 * violations, each with the rule, its help text and the markup it found. axe is injected through the
 * DevTools protocol (page.evaluate), which an extension page's CSP does not block.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * The serious and critical violations axe finds in the page as it is now (open shadow roots included), or
 * only inside the element `within` selects.
 */
export async function axeFindings(page: Page, within?: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (sel) => {
    type Run = (ctx: unknown, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { html: string; failureSummary?: string }[] }[] }>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    const result = await axe.run(sel ? { include: [document.querySelector(sel)] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`) }));
  }, within);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Copies the open badge card (its closed shadow root's markup and styles, as rendered) into an open shadow
 * root of the same page, where axe can read it: a closed root is closed to axe too. Returns the copy's selector.
 * Close the original first: it would cover the copy.
 */
export async function copyOpenBadge(page: Page, markup: string): Promise<string> {
  await page.evaluate((html) => {
    document.getElementById('st-axe-copy')?.remove();
    const host = document.createElement('span');
    host.id = 'st-axe-copy';
    host.setAttribute('style', 'all: initial; display: inline;');
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.querySelector('article p')!.append(host);
    // Laid out in full under its copied pill (no top layer, no scrolling), so axe can tell every colour.
    for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('[popover]')) {
      el.removeAttribute('popover');
      el.setAttribute('style', 'position: static; max-height: none; margin-top: .3em;');
    }
  }, markup);
  return '#st-axe-copy';
}
