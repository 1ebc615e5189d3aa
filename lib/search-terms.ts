/**
 * The words of a search for a story's original on another site: the story's key names (people, places,
 * bodies, as lib/follow/facts.ts reads them: repeated capitalized runs, not sentence starts nor months) and
 * the month it was published, in the language of the site searched. Names of people stay as the page
 * prints them; a place name in the page's language is not sent to a site in another: a country goes under
 * its name in that language where lib/places knows it ("Tiongkok" → "China" on an English site, "Китай" on a
 * Russian one), any other place is left out.
 */
import { languages } from './cues/index';
import type { Story } from './follow/facts';
import { MONTH_ROWS } from './follow/months';
import type { Outlet } from './outlets/schema';
import { placeIndex } from './places/index';

/** Names a search uses: more finds fewer pages, since a site's search wants every word. */
export const SEARCH_NAMES = 3;

// What a name in a script looks like, for the scripts a language writes alone in.
const SCRIPTS: Record<string, RegExp> = {
  cyrillic: /^[\p{Script=Cyrillic}\s-]+$/u,
  greek: /^[\p{Script=Greek}\s-]+$/u,
  han: /^\p{Script=Han}+$/u,
  kana: /^[\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u,
  hangul: /^[\p{Script=Hangul}\s]+$/u,
  arabic: /^[\p{Script=Arabic}\s]+$/u,
  thai: /^\p{Script=Thai}+$/u,
  devanagari: /^[\p{Script=Devanagari}\s]+$/u,
  hebrew: /^[\p{Script=Hebrew}\s]+$/u,
};

/**
 * The language to search a site in: the page's when the outlet publishes in it; else English when it
 * does (names printed in Latin letters find its English edition); else its first language.
 */
export function searchLang(outlet: Pick<Outlet, 'languages'> | undefined, pageLang: string): string {
  const langs = outlet?.languages ?? [];
  if (!langs.length || langs.includes(pageLang)) return pageLang;
  return langs.includes('en') ? 'en' : langs[0]!;
}

/** A country's name in `lang` where the table knows it (a Japanese site gets kana, else the Han name). */
function countryIn(code: string, lang: string): string | undefined {
  const script = languages().get(lang)?.data.script;
  const places = placeIndex();
  const test = script && SCRIPTS[script];
  const name = places.countryName(code, lang, test ? (n) => test.test(n) : undefined);
  return name ?? (script === 'kana' ? places.countryName(code, lang, (n) => SCRIPTS.han!.test(n)) : undefined);
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;

/** A name in letters a site in `to` prints names in: its own script, or Latin letters (which any may use). */
function fits(name: string, to: string): boolean {
  const script = languages().get(to)?.data.script;
  if (!script || LATIN.test(name)) return true;
  return script !== 'latin' && !!SCRIPTS[script]?.test(name);
}

/** A name of the story as a search in `to` should print it; undefined when it does not travel. */
export function nameIn(name: string, from: string, to: string): string | undefined {
  if (from === to) return name;
  const place = placeIndex().exact(name);
  if (place) return place.kind === 'name' && place.country ? countryIn(place.country, to) : undefined;
  return fits(name, to) ? name : undefined;
}

/** "February 2019" in `lang` (its month names where lib/follow/months.ts has them, else the year alone). */
export function monthIn(published: string | undefined, lang: string): string | undefined {
  const m = /(\d{4})-(\d{2})/.exec(published ?? '');
  if (!m) return undefined;
  const month = MONTH_ROWS[lang]?.[Number(m[2]) - 1]?.split('|')[0];
  return month ? `${month} ${m[1]}` : m[1];
}

/** The search words for a story on a site in `to`: its key names that travel, then its month. */
export function searchTerms(story: Story, to: string, max = SEARCH_NAMES): string[] {
  const names: string[] = [];
  for (const f of story.facts) {
    if (f.kind !== 'name' || names.length >= max) continue;
    const n = nameIn(f.text, story.lang, to);
    if (n && !names.includes(n)) names.push(n);
  }
  const month = names.length ? monthIn(story.published, to) : undefined;
  return month ? [...names, month] : names;
}
