/**
 * An institution credited by its kind alone ("un portavoz de la organización", "the ministry said") is the
 * one named just before with that word in its name; never a far or unrelated one.
 */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('antecedent: the institution named just before', () => {
  it.each([
    ['es', 'Los récords aún deben ser confirmados por la Organización Meteorológica Mundial. El proceso llevará meses, según ha explicado un portavoz de la organización.', ['Organización Meteorológica Mundial']],
    ['es', 'La Fiscalía Anticorrupción abrió diligencias el lunes. Según la fiscalía, el contrato fue adjudicado sin concurso.', ['Fiscalía Anticorrupción']],
    ['en', 'Talks were hosted by the Ministry of Foreign Affairs of Qatar. The ministry said in a statement that both sides agreed to meet again.', ['Ministry of Foreign Affairs of Qatar']],
    ['en', 'The outbreak was first reported to the Pan American Health Organization. A spokesman for the organization said cases had doubled.', ['Pan American Health Organization']],
    ['de', 'Die Hamburger Wissenschaftsbehörde prüft den Vorfall. Das teilte die Behörde am Montag mit.', ['Hamburger Wissenschaftsbehörde']],
    ['fr', "L'enquête a été confiée au ministère de l'Intérieur. Selon le ministère, trois personnes ont été entendues.", ["ministère de l'Intérieur"]],
    // A kind of firm is the company named nearest before, whatever its name says.
    ['en', 'Whole Foods cut the price of halibut this week. The company also said it was lowering prices across the store.', ['Whole Foods']],
  ])('%s: %s', (lang, text, expected) => {
    expect(credits(text, lang).sources).toEqual(folded(expected));
  });
});

describe('antecedent: must not credit', () => {
  it.each([
    // No company named before: the company stays unnamed.
    ['en', 'The Interior Ministry cut the price of permits this week. The company also said it was lowering prices across the store.'],
    // The department is what the officials speak about, not who speaks.
    ['en', 'The Department of Environmental Protection fixed the pipes. Officials said the department repaired 75 breaks in January.'],
    // An indefinite "an organization" points at no one in particular.
    ['en', 'The World Health Organization met in Geneva. An organization said it would boycott the meeting.'],
    // Named too far back: several sentences stand between.
    ['es', `La Organización Meteorológica Mundial se reunió en Ginebra. ${'El invierno fue suave en casi todo el continente y las lluvias llegaron tarde. '.repeat(6)}Según la organización, el año fue cálido.`],
  ])('%s: %s', (lang, text) => {
    expect(credits(text, lang).sources).toEqual([]);
  });
});
