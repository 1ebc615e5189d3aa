/**
 * One word the registry doesn't know, right after a preposition that credits (lib/detect/lone-name.ts): a body,
 * unless the article printed it as part of a person's name before. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './cues/harness';

describe('a lone name after a crediting preposition is a body', () => {
  it.each([
    ['fr', 'Selon Audimétrix, les chaînes d’information ont consacré 140 heures au sujet en décembre.', ['Audimétrix']],
    ['fr', 'D’après Vinotéka, le prix moyen d’une bouteille a grimpé de 8 % en un an.', ['Vinotéka']],
    ['es', 'Según Mercadix, las ventas de coches eléctricos crecieron un 30 % en el primer trimestre.', ['Mercadix']],
    ['it', 'Secondo Turistica, le presenze negli alberghi sono tornate ai livelli del 2019.', ['Turistica']],
    ['pt', 'Segundo Pesquisal, 41% dos eleitores ainda não escolheram um candidato.', ['Pesquisal']],
    ['nl', 'Volgens Woonwijzer stegen de huurprijzen vorig jaar met bijna zeven procent.', ['Woonwijzer']],
    ['en', 'The contract is worth $48 million over four years, according to Capfolio.', ['Capfolio']],
  ])('%s: %s', (lang, text, expected) => {
    expect(credits(text, lang).sources).toEqual(folded(expected));
  });
});

describe('a lone name the article gave a person, or a common noun, is no body', () => {
  it.each([
    // The surname of a person named in full before.
    ['fr', 'Le sociologue Marc Durandal a étudié les manifestations. Selon Durandal, la presse a tardé à réagir.'],
    ['es', 'La economista Lucía Ferrandiz publicó un informe. Según Ferrandiz, la inflación seguirá alta.'],
    // The first name of a person named in full before (some papers call people by it).
    ['en', 'Travel insider Tessa Bishop shared her tips. According to Tessa the best time to book is in May.'],
    ['en', 'Booking expert Carla Wendt, who runs a travel blog, gave advice. According to Carla, Tuesdays are cheapest.'],
    // Where every noun has a capital, one capitalized word after the cue is as often a common noun.
    ['de', 'Laut Plan soll die Brücke im Herbst fertig werden.'],
    ['de', 'Laut Klarfunk ist der Tarif ab sofort verfügbar.'],
  ])('%s: %s', (lang, text) => {
    expect(credits(text, lang).sources).toEqual([]);
  });
});
