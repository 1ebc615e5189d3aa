/** Every UI string exists in each language the extension ships (en, id, vi), with the same placeholders. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HopStatus } from '../../lib/report';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = read('en');

describe('locales', () => {
  it.each(['id', 'vi'])('%s has every key of en, with its placeholders', (lang) => {
    const other = read(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, m] of Object.entries(en)) expect(Object.keys(other[key]!.placeholders ?? {}), key).toEqual(Object.keys(m.placeholders ?? {}));
  });

  it('names every hop status and hop flag', () => {
    for (const status of HopStatus.options) expect(en[`hop_${status.replace(/-/g, '_')}`], status).toBeDefined();
    for (const code of ['translated', 'earlier-than-source', 'source-not-found']) expect(en[`hopflag_${code.replace(/-/g, '_')}`], code).toBeDefined();
  });
});
