/** Dutch cues: sentences modelled on Dutch and Flemish press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('nl: sources', () => {
  it.each([
    ['Dat meldt de NOS op basis van ingewijden.', ['NOS']],
    ['Volgens de krant De Standaard werden er drie wapens gevonden.', ['De Standaard']],
    ['De werkloosheid daalde in maart naar 3,5 procent, meldt het CBS.', ['CBS']],
    ['Dat blijkt uit cijfers van het Centraal Bureau voor de Statistiek.', ['Centraal Bureau voor de Statistiek']],
    ['Dat zei een woordvoerder van het Openbaar Ministerie.', ['Openbaar Ministerie']],
    ['"We onderzoeken de melding", zei een woordvoerder van Rijkswaterstaat.', ['Rijkswaterstaat']],
    ['Het KNMI heeft code oranje afgegeven, zo meldt persbureau ANP.', ['ANP']],
    ['Het ministerie van Buitenlandse Zaken laat weten dat de ambassade gesloten blijft.', ['ministerie van Buitenlandse Zaken']],
    ['Volgens de Britse krant The Guardian is het akkoord bijna rond.', ['The Guardian']],
    ['De gemeente Rotterdam maakte dinsdag bekend dat de tunnel dicht blijft.', ['gemeente Rotterdam']],
    ['"De schade is groot", zei hij tegen persbureau Belga.', ['Belga']],
    ['Dat laat de Nationale Politie weten.', ['Nationale Politie']],
    ['Volgens RTL Nieuws stapt de minister vandaag op.', ['RTL Nieuws']],
    ['De NAVO bevestigde dat er extra troepen naar de oostgrens gaan.', ['NAVO']],
    ['De verdachte is aangehouden, aldus het Openbaar Ministerie.', ['Openbaar Ministerie']],
    ['Het RIVM meldt dat het aantal besmettingen opnieuw stijgt.', ['RIVM']],
    ['Bron: ANP', ['ANP']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'nl').sources).toEqual(folded(expected));
  });
});

describe('nl: photo credits', () => {
  it.each([
    ['De premier verlaat het Catshuis. Foto ANP / Bas Czerwinski', ['ANP / Bas Czerwinski']],
    ['De Dom in Utrecht bij zonsopgang. Beeld ANP', ['ANP']],
    ['Bron foto: Rijkswaterstaat', ['Rijkswaterstaat']],
    ['Supporters vieren het kampioenschap. Foto: Pro Shots / Erik Pasman', ['Pro Shots / Erik Pasman']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'nl', 'caption').photos).toEqual(expect.arrayContaining(folded(expected)));
  });

  it.each([['De burgemeester tijdens de persconferentie. Foto: ter illustratie'], ['Een drukke snelweg. Beeld: archief']])('no photo credit in %s', (text) => {
    expect(credits(text, 'nl', 'caption').photos).toEqual([]);
  });
});

describe('nl: must not credit', () => {
  it.each([
    ['Volgens hem is het plan onhaalbaar.'],
    ['Volgens Mark Rutte moet Nederland sneller handelen.'],
    ['"We gaan door", zei premier Mark Rutte.'],
    ['Lees ook: Volgens de NOS is het kabinet gevallen'],
    ['Door Jan de Vries'],
    ['Minister Hugo de Jonge zegt dat de maatregelen blijven.'],
    ['Pieter Bakker van de ondernemingsraad zei dat het moeilijk is.'],
    ['De politie heeft drie verdachten aangehouden.'],
    ['Ajax won zondag met 3-0 van PSV.'],
    ['Volgens de wet moet de gemeente een vergunning geven.'],
    ['Dat zegt zijn advocaat.'],
    ['Het kabinet wil de huurprijzen volgend jaar bevriezen.'],
  ])('%s', (text) => {
    expect(credits(text, 'nl').sources).toEqual([]);
  });
});
