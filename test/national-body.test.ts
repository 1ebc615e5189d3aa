/** A state's body named by its kind and its people's adjective resolves to that state's entry (lib/detect/national-body.ts). */
import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detect';
import { outletRegistry } from '../lib/outlets/index';
import type { PageBlock } from '../lib/page';

function knownOf(text: string, lang: string): (string | undefined)[] {
  const block: PageBlock = { index: 0, text, links: [], kind: 'body', creditParts: [], pieces: [], creditElement: false };
  return detect({ blocks: [block] }, lang, outletRegistry()).findings.filter((f) => f.role === 'source').map((f) => f.known?.id);
}

describe('a national body resolves in its state', () => {
  it.each([
    // The registry knows the whole as printed.
    ["L'armée française a annoncé la mort d'un soldat.", 'fr', 'fr-armed-forces'],
    // The body's name without the adjective, in the adjective's country.
    ['Le ministère français de la Santé a annoncé 300 nouveaux cas.', 'fr', 'fr-health-ministry'],
    ['Il ministero italiano degli Esteri ha dichiarato che la situazione è sotto controllo.', 'it', 'it-foreign-ministry'],
    // The government wrapped by the people's adjective, in any of its forms.
    ['Les autorités françaises ont indiqué que l’ambassade restait ouverte.', 'fr', 'fr-government'],
    ['Las autoridades mexicanas informaron que tres personas murieron.', 'es', 'mx-government'],
    ['Le autorità italiane hanno fatto sapere che il porto resta chiuso.', 'it', 'it-government'],
    // The adjective before the head, as Polish and Russian write it, in any case: the state's government.
    ['Rosyjskie władze poinformowały o zamknięciu lotniska w Soczi.', 'pl', 'ru-government'],
    ['Według polskiego rządu sytuacja na granicy jest stabilna.', 'pl', 'pl-government'],
    ['Litewskie władze zapowiedziały zamknięcie dwóch przejść.', 'pl', undefined],
    ['Американские власти заявили о новых санкциях против банков.', 'ru', 'us-government'],
    ['По данным российских властей, пострадавших нет.', 'ru', 'ru-government'],
  ])('%s', (text, lang, id) => {
    expect(knownOf(text, lang)).toEqual(id ? [id] : []);
  });

  it('a body of one state is not another state’s entry', () => {
    // "ministère de la Santé" is France's; with "algérien" it is Algeria's, which the registry may not have.
    expect(knownOf('Le ministère algérien de la Santé a annoncé 300 nouveaux cas.', 'fr')).not.toContain('fr-health-ministry');
  });
});
