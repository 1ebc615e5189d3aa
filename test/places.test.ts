/** The places table and its scanner: valid data, no name given to two countries, the longest name wins. */
import { describe, expect, it } from 'vitest';
import { COUNTRIES, NOT_PLACES } from '../lib/places/countries';
import { placeIndex } from '../lib/places/index';
import { Country } from '../lib/places/schema';

describe('places table', () => {
  it('every country fits the schema, once', () => {
    const bad = COUNTRIES.map((c) => [c.code, Country.safeParse(c)] as const).filter(([, r]) => !r.success);
    expect(bad.map(([code, r]) => `${code}: ${r.error?.issues[0]?.message}`)).toEqual([]);
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it('no name belongs to two countries, nor to a country and NOT_PLACES', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (name: string, code: string) => {
      const prev = owner.get(name);
      if (prev && prev !== code) clashes.push(`${name}: ${prev} & ${code}`);
      owner.set(name, code);
    };
    for (const c of COUNTRIES) for (const n of [...(c.names ?? []), ...(c.people ?? []), ...(c.cities ?? [])]) claim(n, c.code);
    for (const n of NOT_PLACES) claim(n, '-');
    expect(clashes).toEqual([]);
  });

  it('is the one countries table: the states are its countries with a state, and one held only as a state counts as no place', async () => {
    const { STATES } = await import('../lib/states/countries');
    expect(STATES.map((s) => s.code).sort()).toEqual(COUNTRIES.filter((c) => c.state).map((c) => c.code).sort());
    expect(STATES.find((s) => s.code === 'AZ')?.government).toBe('Azerbaijani government');
    expect(placeIndex().countryOfHost('news.example.az')).toBeUndefined();
    expect(placeIndex().count('Baku and Azerbaijan').size).toBe(0);
  });
});

describe('places in a text', () => {
  const count = (text: string) => Object.fromEntries(placeIndex().count(text));

  it.each([
    ['Officials in Kampala and Entebbe said Uganda would reopen the border.', { UG: 3 }],
    ['Vecinos de San José denunciaron cortes; las autoridades costarricenses respondieron.', { CR: 2 }],
    ['Pemerintah Malaysia dan warga di Kuala Lumpur menunggu.', { MY: 2 }],
    ['Bộ Y tế Thái Lan và Sở Y tế Hà Nội', { TH: 1, VN: 1 }],
    // A longer name holding a country's name is not that country.
    ['Wildfires in New Mexico spread to Texas.', { US: 1 }],
    ['Lawmakers in Papua New Guinea met in Port Moresby.', { PG: 2 }],
    ['The Washington Post reported from Tehran.', { IR: 1 }],
    // Capitals say it is a name: "turkey" is a bird, "TURKEY" a headline.
    ['They ate turkey in TURKEY and in Turkey.', { TR: 2 }],
    // Scripts without spaces: the longest name at each place.
    ['印度尼西亚和印度的代表在北京会面。', { ID: 1, IN: 1, CN: 1 }],
    ['미국은 한국과 협의했다', { US: 1, KR: 1 }],
  ])('%s', (text, want) => {
    expect(count(text)).toEqual(want);
  });

  it('a country-code domain gives its country, a generic one none', () => {
    const places = placeIndex();
    expect(places.countryOfHost('www.monitor.co.ug')).toBe('UG');
    expect(places.countryOfHost('news.bbc.co.uk')).toBe('GB');
    expect(places.countryOfHost('vnexpress.net')).toBeUndefined();
    expect(places.countryOfHost('startup.co')).toBeUndefined();
  });
});
