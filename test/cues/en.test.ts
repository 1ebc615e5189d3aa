/** English cues: wire and newspaper usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('en: sources', () => {
  it.each([
    ['The senator told the New York Times that the bill would pass.', ['New York Times']],
    ['Visitors must keep to the tracks, according to the New Zealand Department of Conservation.', ['New Zealand Department of Conservation']],
    ['HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said on Wednesday that the United States would provide a ship.', ['AP']],
    ['WASHINGTON (Reuters) - The Federal Reserve held rates steady.', ['Reuters']],
    ['According to TASS, the minister arrived in Beijing on Monday.', ['TASS']],
    ['The assailant was arrested at the scene, Kan reported on Wednesday.', ['Kan']],
    ['The launch has been postponed until 2018, NASA announced on Monday.', ['NASA']],
    ['The Interior Ministry said in a statement that the building would become a police station.', ['Interior Ministry']],
    ['"We are reviewing the data," SpaceX spokesman Phil Larson said in an emailed statement.', ['SpaceX']],
    ['"No arrests have been made," said Mark Spivey, a spokesman for the Union County prosecutor\'s office.', ["Union County prosecutor's office"]],
    ['Clinton said the FBI director had cost her the election, The New York Times reported.', ['The New York Times']],
    ['The Post and Courier newspaper reported on the closing argument.', ['The Post and Courier']],
    ['The economy grew 2.1 percent, according to data from the Commerce Department.', ['Commerce Department']],
    ['Microsoft Corp said on Thursday it aims to remove more carbon than it emits by 2030.', ['Microsoft Corp']],
    ['The Associated Press contributed to this report.', ['Associated Press']],
    ['Lucke told the Deutsche Presse-Agentur on Saturday that he would continue.', ['Deutsche Presse-Agentur']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en').sources).toEqual(folded(expected));
  });
});

describe('en: photo credits', () => {
  it.each([
    ['President Joe Biden at the White House, Washington / AFP', ['AFP']],
    ['Defense Secretary Mark Esper speaks in Hanoi. Photo: Hau Dinh, AP', ['Hau Dinh, AP']],
    ['The house where Hitler was born. Leonhard Foeger / Reuters file', ['Leonhard Foeger / Reuters file']],
    ['Shoppers at a Whole Foods store. (Ellen M. Banner / The Seattle Times)', ['Ellen M. Banner / The Seattle Times']],
    ['REUTERS/Brendan McDermid', ['REUTERS/Brendan McDermid']],
    ['Traders work on the floor. © Shutterstock/racorn', ['Shutterstock/racorn']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en', 'caption').photos).toEqual(folded(expected));
  });
});

describe('en: must not credit', () => {
  it.each([
    ['Police said the driver was taken to hospital.'],
    ['"We will appeal," the Government said in a statement.'],
    ['"Prices will fall," said Tom Forte, director of research at Davidson Capital.'],
    ['The police said the road would reopen on Monday.'],
    ['American officials said the talks would resume.'],
    ['The company also said it would cut prices.'],
    ['Esper said the United States would provide a second ship.'],
    ['"It is a difficult decision," said Prime Minister Boris Johnson.'],
    ['President Joe Biden said on Tuesday that talks would resume.'],
    ['Analysts said the market would recover.'],
    ['According to the report, prices will rise.'],
    ['Read more: Reuters reported record profits'],
    ['She told reporters the decision was final.'],
    ['On Monday, officials said the road would reopen.'],
  ])('%s', (text) => {
    expect(credits(text, 'en').sources).toEqual([]);
  });
});
