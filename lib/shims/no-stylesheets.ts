/**
 * Build-time stand-in for linkedom's CSS parser (cssomnom, ~200 kB), aliased in wxt.config.ts: linkedom
 * parses a <style> element's sheet only when something reads `style.sheet`, and nothing in the extension
 * does (the page read and Readability look at markup and inline styles, never at style sheets). The
 * background, which parses followed pages with linkedom, loads without it. The CLI and tests use the real one.
 */
export function parse(): never {
  throw new Error('Sourcetrace reads no style sheets (lib/shims/no-stylesheets.ts)');
}
