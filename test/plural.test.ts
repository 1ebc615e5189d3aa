/** Plural-aware messages: "Source: X" for one, "Sources: X, Y" for more, in each language the UI ships. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plural, type T } from '../components/i18n';

type Messages = Record<string, { message: string }>;

/** What browser.i18n.getMessage does for one locale: '' for a missing key, $1 filled in. */
function i18n(lang: string): T {
  const messages: Messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  return (key, subs) => {
    if (key === '@@ui_locale') return lang;
    const m = messages[key]?.message;
    return m ? m.replace(/\$VALUE\$/g, [subs ?? ''].flat()[0] ?? '') : '';
  };
}

describe('plural', () => {
  it.each([
    ['en', 'badgeLabel', 1, 'Reuters', 'Source: Reuters'],
    ['en', 'badgeLabel', 2, 'Reuters, AP', 'Sources: Reuters, AP'],
    ['en', 'badgePhoto', 1, 'AFP', 'Photo: AFP'],
    ['en', 'badgePhoto', 3, 'AFP, EPA, DPA', 'Photos: AFP, EPA, DPA'],
    ['en', 'followMore', 1, '1', 'Allow 1 more site and follow further'],
    ['en', 'followMore', 4, '4', 'Allow 4 more sites and follow further'],
    ['id', 'badgeLabel', 1, 'Antara', 'Sumber: Antara'],
    ['id', 'badgeLabel', 2, 'Antara, Reuters', 'Sumber: Antara, Reuters'],
    ['vi', 'badgeLabel', 1, 'TTXVN', 'Nguồn: TTXVN'],
    ['vi', 'badgeLabel', 2, 'TTXVN, AFP', 'Nguồn: TTXVN, AFP'],
  ])('%s %s ×%i', (lang, key, n, subs, expected) => {
    expect(plural(i18n(lang), key, n, subs)).toBe(expected);
  });

  it('falls back to the other form when a locale has no form for the count, or no locale is known', () => {
    const t: T = (key, subs) => (key === '@@ui_locale' ? 'en' : key === 'x_other' ? `many ${subs}` : '');
    expect(plural(t, 'x', 1, 'a')).toBe('many a');
    const bare: T = (key) => key;
    expect(plural(bare, 'x', 1)).toBe('x_other');
  });
});
