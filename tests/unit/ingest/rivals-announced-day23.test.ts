/**
 * Day twenty-three, rivals: arrivals announced by one sentence and named by the next (rival-announced-next.ts).
 * "The company faces a new threat from Korea. A and B began selling …", "Le groupe devra compter avec trois
 * nouveaux venus. Le danois A, l'espagnol B et C vendent …": the announcing sentence's company, else the topic the
 * text is about right then, competes with each arrival; the arrivals are not paired with each other. Sentences
 * written for these tests; the near misses (a denial, a fund, a count not met, a company told before, an
 * apposition, a threat after a paragraph on another company) give no rivalry.
 */
import { relationsOf, rivalPairsOf, sortedRivalPair } from './article-units';

describe('rivals announced by a sentence and named by the next one', () => {
  it.each([
    [
      'Brindle Robotics Inc reported higher orders on Monday. The warehouse-robot maker now faces a new threat from Korea. Hanwool Automation Co and Daesan Logistics Systems Co began selling cheaper picking arms in Germany this spring.',
      'Brindle Robotics Inc',
      ['Hanwool Automation Co', 'Daesan Logistics Systems Co'],
    ],
    [
      "Orvane Foods SA a publié mardi des ventes en hausse. Le groupe devra désormais compter avec trois nouveaux venus. Le danois Kornfeld A/S, l'espagnol Trigalia SL et Moulinex Bio SAS vendent des céréales bio moins chères en grande surface.",
      'Orvane Foods SA',
      ['Kornfeld A/S', 'Trigalia SL', 'Moulinex Bio SAS'],
    ],
    [
      'Pellaro Cosmetics SpA lifted its margin guidance. The company must contend with two newcomers. Glowhaus GmbH, based in Munich, opened shops in Milan in March, while Nordskin AB started selling online in Italy.',
      'Pellaro Cosmetics SpA',
      ['Glowhaus GmbH', 'Nordskin AB'],
    ],
    [
      'La Brasserie Kermadec SAS a ouvert une deuxième usine. Elle doit affronter de nouveaux concurrents. Heineken France et Brasseries Kronenbourg SAS ont lancé des bières artisanales en Bretagne.',
      'Brasserie Kermadec SAS',
      ['Heineken France', 'Brasseries Kronenbourg SAS'],
    ],
    [
      'La Brasserie Kermadec SAS a ouvert une deuxième usine. La menace vient aussi des géants de la bière. Heineken France et Brasseries Kronenbourg SAS ont lancé des bières artisanales en Bretagne.',
      'Brasserie Kermadec SAS',
      ['Heineken France', 'Brasseries Kronenbourg SAS'],
    ],
  ])('%s', (text, anchor, arrivals) => {
    const got = rivalPairsOf(text);
    for (const b of arrivals) expect(got).toContain(sortedRivalPair(anchor, b));
    // the arrivals are the company's challengers, not each other's
    expect(got).not.toContain(sortedRivalPair(arrivals[0], arrivals[1]));
  });
});

describe('near misses: no rivalry across the two sentences', () => {
  it.each([
    // the threat is denied
    'Brindle Robotics Inc reported higher orders on Monday. The company sees no threat from newcomers. Hanwool Automation Co began selling cheaper picking arms in Germany this spring.',
    // an investor opens the next sentence
    'Brindle Robotics Inc reported higher orders on Monday. The warehouse-robot maker now faces a new threat from Korea. The fund Gwangju Capital Partners invested in two local start-ups.',
    // two newcomers announced, one named: the sentence is about something else
    'Orvane Foods SA a publié mardi des ventes en hausse. Le groupe devra désormais compter avec deux nouveaux venus. Le danois Kornfeld A/S vend des céréales bio moins chères en grande surface.',
    // a company the article told of before (its distributor) is no newcomer
    'Orvane Foods SA a publié mardi des ventes en hausse, porté par Kornfeld A/S, son distributeur. Le groupe devra désormais compter avec de nouveaux venus. Kornfeld A/S vend aussi des céréales bio.',
    // "its challenger" is a company already told, and "A, the former B," is one company, not a list
    'Brindle Robotics Inc bought Tamsin Vision Ltd. Tamsin Vision Ltd, its challenger since 2019, had grown fast. Hanwool Automation Co, the former Daesan Logistics Systems Co, began selling arms.',
    // a threat with no company told, right after a sentence on another company than the topic
    'Brindle Robotics Inc reported higher orders. Brindle Robotics Inc also hired staff. Tamsin Vision Ltd cut its prices. The new threat comes from Korea. Hanwool Automation Co began selling arms in Germany.',
    // the threat noun is neither new nor coming from anywhere: pressure from shareholders
    'La Brasserie Kermadec SAS a ouvert une deuxième usine. Elle subit la pression de ses actionnaires. Heineken France et Brasseries Kronenbourg SAS ont lancé des bières artisanales en Bretagne.',
  ])('%s', (text) => {
    expect(relationsOf(text).filter((r) => r.rule === 'any.competes.announced-next')).toEqual([]);
  });
});
