/** The popup's source card says whether a source is an entry, a shared name the story did not settle, or unknown. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceCard } from '../components/SourceCard';
import type { OutletRef, Source } from '../lib/report';
import { wordsFrom } from '../lib/words';

const t = (key: string, sub?: string | string[]) => (sub ? `${key}: ${[sub].flat().join('')}` : key);
const ref = (id: string, name: string, country: string): OutletRef => ({ id, name, aliases: [], domains: [], kind: 'newspaper', country, languages: ['en'] });
const source = (more: Partial<Source>): Source => ({
  name: 'The Star',
  evidence: 'The Star reported that the repairs could take six weeks.',
  kind: 'outlet',
  mentions: [{ evidence: 'The Star reported that the repairs could take six weeks.', block: 1, cue: 'en.reported', cueText: 'reported' }],
  resolved: false,
  links: [],
  ...more,
});

describe('source card', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body><ul id="root"></ul></body></html>');
  const g = globalThis as { document?: unknown };
  beforeAll(() => void (g.document = document));
  afterAll(() => void delete g.document);
  const kindLine = (s: Source) => {
    const root = document.getElementById('root')!;
    render(<SourceCard source={s} t={t} />, root as unknown as Element);
    return root.querySelector('.source-kind')?.textContent;
  };

  it('names the candidates of a shared name, and no entry', () => {
    expect(kindLine(source({ candidates: [ref('the-star-ke', 'The Star (Kenya)', 'KE'), ref('the-star-my', 'The Star', 'MY')] }))).toBe('sharedName: \u2068The Star (Kenya)\u2069, \u2068The Star (Malaysia)\u2069');
  });

  it('says an unknown name is not in the registry, and an entry what it is', () => {
    expect(kindLine(source({}))).toBe('notInRegistry');
    expect(kindLine(source({ resolved: true, outlet: ref('the-star-ke', 'The Star (Kenya)', 'KE') }))).toBe('kind_newspaper · Kenya');
  });
});

describe('source card in the UI\'s language', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body><ul id="root"></ul></body></html>');
  const g = globalThis as { document?: unknown };
  beforeAll(() => void (g.document = document));
  afterAll(() => void delete g.document);
  const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  const owned: OutletRef = {
    ...ref('radio-x', 'Radio X International', 'FR'),
    kind: 'broadcaster',
    ownership: { kind: 'state-owned', owner: 'Médias Groupe X', fact: 'Radio X belongs to Médias Groupe X, a state-owned holding company.', url: 'https://facts.example/radio-x' },
  };
  const card = (lang: string) => {
    const root = document.getElementById('root')!;
    render(<SourceCard source={source({ resolved: true, outlet: owned })} t={wordsFrom(messages(lang))} />, root as unknown as Element);
    return { kind: root.querySelector('.source-kind')?.textContent, ownership: root.querySelector('[data-testid="ownership"]')?.textContent };
  };

  it.each([
    ['en', 'broadcaster · France', 'State-owned: Radio X belongs to Médias Groupe X, a state-owned holding company. (source of this fact)'],
    ['id', 'lembaga penyiaran · Prancis', 'Milik negara: di bawah \u2068Médias Groupe X\u2069 (sumber fakta ini)'],
    ['vi', 'đài phát thanh, truyền hình · Pháp', 'Thuộc sở hữu nhà nước: trực thuộc \u2068Médias Groupe X\u2069 (nguồn của thông tin này)'],
  ])('%s: the kind, the country and who owns it in its words, the owner as printed', (lang, kind, ownership) => {
    expect(card(lang)).toEqual({ kind, ownership });
  });

  it.each([
    ['en', 'Malaysia', 'South Africa'],
    ['id', 'Malaysia', 'Afrika Selatan'],
    ['vi', 'Malaysia', 'Nam Phi'],
  ])('%s: the candidates of a shared name with their countries by name, not code', (lang, my, za) => {
    const root = document.getElementById('root')!;
    const shared = source({ candidates: [ref('the-star-my', 'The Star', 'MY'), ref('the-star-za', 'The Star', 'ZA'), ref('the-star-ke', 'The Star (Kenya)', 'KE')] });
    render(<SourceCard source={shared} t={wordsFrom(messages(lang))} />, root as unknown as Element);
    const text = root.querySelector('.source-kind')?.textContent ?? '';
    expect(text).toContain(`The Star (${my})`);
    expect(text).toContain(`The Star (${za})`);
    expect(text).not.toMatch(/\((MY|ZA|KE)\)/);
  });
});
