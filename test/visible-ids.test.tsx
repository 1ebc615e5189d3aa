/**
 * Issue 11, item 5: rule ids (`photo.credit-element`, `en.said-inverted`) and bare cue words (`Kepala:`) are
 * never what a person reads. The popup and the badge card are rendered for a report with a mention of every
 * rule the detector has (each language's cues and the generic rules), in English words from _locales; the
 * ids stay in the report (the JSON export).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import { badgeItems } from '../components/badge-items';
import { Popup, type PopupActions } from '../components/Popup';
import { evidenceOf } from '../lib/collect';
import { CREDIT_WAYS, creditWay, wayKey } from '../lib/credit-way';
import { cueFiles } from '../lib/cues/index';
import type { Finding } from '../lib/detect/finding';
import { REPORT_SCHEMA, type Evidence, type Report } from '../lib/report';

type Messages = Record<string, { message: string }>;
const locale = (lang: string): Messages => JSON.parse(readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const en = locale('en');
const t = (key: string, sub?: string | string[]) => {
  const subs = [sub ?? []].flat();
  return (en[key]?.message ?? key).replace(/\$\w+\$/g, () => subs.shift() ?? '');
};
const noop = () => undefined;
const actions: PopupActions = { reveal: noop, exportJson: noop, exportMarkdown: noop, copyText: async () => undefined, enableAuto: noop, disableAuto: noop, follow: noop, readAnyway: noop };

// Every rule's tag: each language's cues, the rules each language runs, and the generic ones.
const GENERIC = ['credit-line', 'byline', 'dateline', 'citation', 'origin.linked-credit', 'origin.statement'];
const PHOTO = ['photo.credit-element', 'photo.hero-agency', 'photo.piece', 'photo.copyright', 'photo.bracket', 'photo.slash', 'photo.agency', 'photo.signed', 'photo.via'];
const rules: { tag: string; role: Finding['role'] }[] = [
  ...cueFiles().flatMap((f) => [
    ...f.cues.map((c) => ({ tag: `${f.lang}.${c.id}`, role: c.role as Finding['role'] })),
    ...['position', 'role', 'compound', 'state', 'antecedent'].map((r) => ({ tag: `${f.lang}.${r}`, role: 'source' as const })),
  ]),
  ...GENERIC.map((tag) => ({ tag, role: 'source' as const })),
  ...PHOTO.map((tag) => ({ tag, role: 'photo' as const })),
];
// A cue word that reads like a label of ours ("Kepala", "Foto", "according to").
const CUE_TEXT = 'Kepala';
const ID = /\b(?:[a-z]{2,3}|photo|origin|meta)\.[a-z0-9]+(?:-[a-z0-9]+)*\b/;

function mention(tag: string, role: Finding['role'], block: number, withHow = true): Evidence {
  const e = evidenceOf({ role, name: 'Harbour Board', evidence: `${CUE_TEXT} Harbour Board said the quay reopens.`, block, cue: tag, cueText: CUE_TEXT, kind: 'organization' });
  if (!withHow) delete e.how;
  return e;
}

function report(withHow: boolean): Report {
  const sources = rules.filter((r) => r.role === 'source').map((r, i) => ({ ...r, i }));
  return {
    schema: REPORT_SCHEMA,
    url: 'https://harbour-news.example/story',
    lang: 'en',
    title: 'The quay reopens',
    isArticle: true,
    page: { url: 'https://harbour-news.example/story', authors: [] },
    sources: sources.map(({ tag, role, i }) => {
      const m = mention(tag, role, i, withHow);
      return { name: `Harbour Board ${i}`, evidence: m.evidence, kind: 'organization', mentions: [m], resolved: false, links: [] };
    }),
    photoCredits: rules
      .filter((r) => r.role === 'photo')
      .map(({ tag, role }, i) => {
        const m = mention(tag, role, 1000 + i, withHow);
        return { credit: `Lens Agency ${i}`, evidence: m.evidence, mentions: [m] };
      }),
    basedOn: [{ url: 'https://origin-desk.example/first-story-2026', evidence: 'Origin: first story', mentions: [mention('origin.statement', 'basedOn', 2000, withHow)] }],
    chain: { nodes: [], edges: [] },
    flags: [],
    stats: { blocks: 0, chars: 0, ms: 0 },
  };
}

/** What a person reads: the text outside the quoted page text, and the tooltips. */
function visible(root: Element): string {
  for (const q of Array.from(root.querySelectorAll('blockquote, q'))) q.remove();
  const titles = Array.from(root.querySelectorAll('[title]')).map((e) => e.getAttribute('title'));
  return [root.textContent ?? '', ...titles].join('\n');
}

describe('no rule id and no bare cue word where people read', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  const g = globalThis as { document?: unknown; innerWidth?: number; innerHeight?: number };
  beforeAll(() => Object.assign(g, { document, innerWidth: 1000, innerHeight: 800 }));
  afterAll(() => void (delete g.document, delete g.innerWidth, delete g.innerHeight));

  it('covers every rule: the generic ones map to their own words, every language cue to a way', () => {
    for (const { tag, role } of rules) expect(CREDIT_WAYS, tag).toContain(creditWay(tag, role));
    expect(report(true).sources.every((s) => s.mentions[0]!.how !== 'text')).toBe(true);
  });

  it.each([
    ['a report with the ways', true],
    ['an older report without them', false],
  ])('the popup, %s', (_, withHow) => {
    const root = document.getElementById('root')!;
    render(<Popup state={{ status: 'ready', report: report(withHow) }} auto={{ site: false, all: false }} t={t} actions={actions} />, root as unknown as Element);
    expect(root.querySelectorAll('[data-testid="source-how"]').length).toBe(report(true).sources.length);
    const text = visible(root as unknown as Element);
    expect(text).not.toMatch(ID);
    // One-word tags (`byline`, `dateline`) are words a sentence of ours may use; an id has a dot or a hyphen.
    for (const { tag } of rules) if (/[.-]/.test(tag)) expect(text).not.toContain(tag);
    expect(text).not.toContain(`${CUE_TEXT}:`);
    if (withHow) expect(text).toContain('according to …');
    render(null, root as unknown as Element);
  });

  it('the badge card of every block', () => {
    const root = document.getElementById('root')!;
    for (const items of badgeItems(report(true), t).values()) {
      render(<Badge items={items} t={t} />, root as unknown as Element);
      act(() => void (root.querySelector('[data-testid="badge-button"]') as unknown as HTMLElement).dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click')));
      const card = root.querySelector('[data-testid="badge-card"]');
      expect(card, items[0]!.label).not.toBeNull();
      const text = visible(card as unknown as Element);
      expect(text).not.toMatch(ID);
      expect(text).not.toContain(CUE_TEXT);
      expect(CREDIT_WAYS.some((w) => text.includes(t(wayKey(w))))).toBe(true);
      render(null, root as unknown as Element);
    }
  });

  it('every way has its words in English, Indonesian and Vietnamese', () => {
    for (const lang of ['en', 'id', 'vi']) {
      const m = locale(lang);
      for (const way of CREDIT_WAYS) expect(m[wayKey(way)]?.message, `${lang} ${way}`).toBeTruthy();
    }
  });

  it('the JSON keeps the rule ids for fact-checkers', () => {
    const json = JSON.stringify(report(true));
    expect(json).toContain('"cue":"photo.credit-element"');
    expect(json).toContain('"cue":"en.said-inverted"');
  });
});
