/**
 * Renders assets/icon.svg to the PNG sizes the manifest wants (public/icon/<size>.png), in Chromium.
 * Run after editing the SVG: `npx tsx scripts/icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
