/**
 * The site's own name as the document's <title> closes on it: "Headline_中国网", "Headline | WIRED.jp",
 * "Headline_华语_电影网_1905.com". Sites whose metadata names no site still sign their titles so, and their
 * own source line ("来源：中国网") or dateline ("中国网5月13日讯") is then the page itself, not a source.
 */
import { squash } from './fold';

// Separators sites put between a headline and their name: bars, underscores, spaced dashes.
const SEPARATOR = /\s*[|｜_]\s*|\s+[-–—]\s+/u;
/** A site's name is short; a longer closing segment is part of the headline. */
const MAX_CHARS = 30;
const MAX_WORDS = 4;
/** A segment that is only an address: "1905.com", "CAIJING.COM.CN", "cjn.cn". */
const ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

const short = (s: string) => s.length > 0 && s.length <= MAX_CHARS && s.split(/\s+/).length <= MAX_WORDS;

/**
 * The names a title's closing segment gives the site: that segment, and when it is only an address the
 * segment before it too (the name the address spells: "长江网_cjn.cn"). None when the title has no separator.
 */
export function titleSite(title: string | null | undefined): string[] {
  const parts = squash(title ?? '').split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1]!;
  if (!short(last)) return [];
  const before = parts.length >= 3 ? parts[parts.length - 2]! : '';
  return ADDRESS.test(last) && short(before) && !ADDRESS.test(before) ? [last, before] : [last];
}
