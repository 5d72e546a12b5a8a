/**
 * One purchase verb for two objects, the second with its own time phrase and no verb (ana2, day fourteen,
 * ingest/relations/gapped-objects.ts): "X bought A in 2022, and B a year later", "X a racheté A en 2019, et B deux
 * ans plus tard". A second name followed by a verb is a clause of its own. Sentences written for these tests.
 */
import { pairsByRule } from './frames-test-helpers';

/** One reader (deal, round two) now serves the dated second objects of fr/second-verb.ts and en/clause-deals.ts too. */
const RULE = 'en.acquired.gapped-object';
const RULE_FR = 'fr.acquired.gapped-object';

describe('a gapped second object with a time phrase after it', () => {
  it.each([
    'Aerovane Inc makes drones. Aerovane bought Navicore in 2019, and Aeris Labs two years later.',
    'Aerovane Inc makes drones. Aerovane acquired Navicore in 2019, and Aeris Labs in 2021.',
    'Aerovane Inc makes drones. Aerovane snapped up Navicore in 2019, and Aeris Labs the following year.',
    'Aerovane Inc makes drones. Aerovane purchased Navicore in 2019, and software firm Aeris Labs a year later.',
  ])('English: %s', (text) => {
    expect(pairsByRule(text, 'ACQUIRED', RULE)).toEqual(['Aerovane Inc -> Aeris Labs']);
  });

  it.each([
    'Aerovane SAS fabrique des drones. Aerovane a racheté Navicore en 2019, et Aeris Labs deux ans plus tard.',
    "Aerovane SAS fabrique des drones. Aerovane a repris Navicore en 2019, puis la société belge Aeris Labs l'année suivante.",
    'Aerovane SAS fabrique des drones. Aerovane a acquis Navicore en 2019 et Aeris Labs en 2021.',
  ])('French: %s', (text) => {
    expect(pairsByRule(text, 'ACQUIRED', RULE_FR)).toEqual(['Aerovane SAS -> Aeris Labs']);
  });

  it.each([
    // the second name has a verb: a clause of its own
    'Aerovane Inc makes drones. Aerovane bought Navicore in 2019, and Aeris Labs followed a year later.',
    'Aerovane Inc makes drones. Aerovane bought Navicore in 2019, and Aeris Labs raised money in 2021.',
    'Aerovane SAS fabrique des drones. Aerovane a racheté Navicore en 2019, et Aeris Labs a suivi deux ans plus tard.',
  ])('no second purchase: %s', (text) => {
    expect([...pairsByRule(text, 'ACQUIRED', RULE), ...pairsByRule(text, 'ACQUIRED', RULE_FR)]).toEqual([]);
  });
});
