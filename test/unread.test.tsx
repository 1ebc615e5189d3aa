/** The popup's note on what the read missed, in each language the extension ships. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Unread } from '../components/Unread';
import type { Report } from '../lib/report';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** chrome.i18n.getMessage, as far as these strings need it: named placeholders filled from $1. */
const localeT = (lang: string) => {
  const messages: Messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  return (key: string, subs?: string | string[]) => {
    const m = messages[key];
    if (!m) return '';
    const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return values[Number(content.slice(1)) - 1] ?? '';
    });
  };
};

const report = (unread: Report['unread']) => ({ unread }) as Report;

describe('unread note', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  const g = globalThis as { document?: unknown };
  beforeAll(() => void (g.document = document));
  afterAll(() => void delete g.document);
  const show = (r: Report | undefined, lang: string) => {
    const root = document.getElementById('root')!;
    render(null, root as unknown as Element);
    render(<Unread report={r} t={localeT(lang)} />, root as unknown as Element);
    return root.textContent ?? '';
  };

  it.each(['en', 'id', 'vi'])('%s names the frame\'s site, isolated, and says when the page was cut', (lang) => {
    const frames = show(report([{ reason: 'frame', url: 'https://partner.example/story' }, { reason: 'frame', url: 'https://partner.example/other' }]), lang);
    expect(frames).toContain('\u2068partner.example\u2069');
    expect(frames).not.toContain('$');
    expect(show(report([{ reason: 'frame' }]), lang).length).toBeGreaterThan(20);
    expect(show(report([{ reason: 'cut' }]), lang).length).toBeGreaterThan(20);
    const shadow = show(report([{ reason: 'shadow' }]), lang);
    expect(shadow.length).toBeGreaterThan(20);
    expect(shadow).not.toBe(show(report([{ reason: 'cut' }]), lang));
  });

  it('says nothing when the whole page was read', () => {
    expect(show(report(undefined), 'en')).toBe('');
    expect(show(undefined, 'en')).toBe('');
  });
});
