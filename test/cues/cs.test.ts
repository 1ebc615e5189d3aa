/** Czech cues: sentences modelled on Czech press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('cs: sources', () => {
  it.each([
    ['Podle agentury Reuters se jednání protáhnou do příštího týdne.', ['Reuters']],
    ['Podle ČTK zasahovali hasiči u nádraží několik hodin.', ['ČTK']],
    ['"Tým hrál výborně," píše ve svém hodnocení server Claret and Hugh.', ['Claret and Hugh']],
    ['Informuje o tom agentura ČTK.', ['ČTK']],
    ['Uvedl to server Novinky.cz.', ['Novinky.cz']],
    ['"Situace je vážná," řekl pro ČTK mluvčí hasičů.', ['ČTK']],
    ['Ministerstvo zdravotnictví oznámilo, že počet hospitalizovaných klesl.', ['Ministerstvo zdravotnictví']],
    ['Nejvyšší soud uvedl, že dovolání zamítl.', ['Nejvyšší soud']],
    ['Mluvčí policie Jan Novák řekl agentuře Reuters, že pachatel uprchl.', ['Reuters']],
    ['Podle deníku The Guardian vláda chystá nový zákon.', ['The Guardian']],
    ['"Hraje velkolepě," hodnotí londýnský večerník Evening Standard.', ['Evening Standard']],
    ['Zdroj: ČTK', ['ČTK']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'cs').sources).toEqual(folded(expected));
  });
});

describe('cs: photo credits', () => {
  it.each([
    ['Premiér na tiskové konferenci. Foto: ČTK', ['ČTK']],
    ['Hasiči zasahují u požáru. (foto: Michal Kamaryt, ČTK)', ['Michal Kamaryt, ČTK']],
    ['Repro: Twitter', ['Twitter']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'cs', 'caption').photos).toEqual(folded(expected));
  });
});

describe('cs: must not credit', () => {
  it.each([
    ['Podle premiéra Fialy je rozpočet stabilní.'],
    ['"Je to velký úspěch," uvedl Petr Novák.'],
    ['Policie uvedla, že nehodu vyšetřuje.'],
    ['Podle odborníků bude zima mírná.'],
    ['Čtěte také: Podle agentury Reuters se jednání protáhnou'],
    ['Autor: Jan Novák'],
  ])('%s', (text) => {
    expect(credits(text, 'cs').sources).toEqual([]);
  });

  it.each([['Ilustrační foto'], ['Foto: archiv'], ['Foto: Ilustrační snímek']])('no photo credit in %s', (text) => {
    expect(credits(text, 'cs', 'caption').photos).toEqual([]);
  });
});
