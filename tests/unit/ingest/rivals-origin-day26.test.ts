/**
 * Day twenty-six, precision: a company descriptor that places its company in a country ("The Danish group", "The
 * Texas company", "le groupe allemand") is not the article's company when the text placed that company in another
 * country (anaphora-origin-conflict.ts); left unresolved, no clause reader falls back to the topic for it
 * (frames/rivals-placed-descriptor.ts). A descriptor of the same country still stands for the company.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';

/** Rivalries as "COMPETES_WITH A <-> B", the two names in alphabetical order (the relation has no direction). */
function facts(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => `COMPETES_WITH ${[r.source, r.target].sort().join(' <-> ')}`);
}

describe('a descriptor of another country is not the company told of', () => {
  it.each([
    [
      'Swiss cheesemaker Alpine Dairy AG reported higher sales on Tuesday. The Texas company competes with Saputo and Tillamook in aged cheddar.',
      'COMPETES_WITH Alpine Dairy AG <-> Saputo',
    ],
    [
      'German pump maker Hallberg AG said its sales rose 4% last year. The Danish group competes with Grundfos and Wilo in heating pumps.',
      'COMPETES_WITH Hallberg AG <-> Wilo',
    ],
    [
      'Le fabricant français de vélos Cyclonor a publié mardi ses ventes. Le groupe allemand affronte Decathlon et Giant sur ce marché.',
      'COMPETES_WITH Cyclonor <-> Decathlon',
    ],
    [
      'Le chocolatier belge Maison Verbeke a ouvert une usine à Gand. La société italienne affronte Lindt et Ferrero dans les pralines.',
      'COMPETES_WITH Lindt <-> Maison Verbeke',
    ],
  ])('%s', (text, wrong) => {
    expect(facts(text)).not.toContain(wrong);
  });
});

describe('a descriptor of the same country still stands for the company', () => {
  it.each([
    [
      'German pump maker Hallberg AG said its sales rose 4% last year. The German group competes with Grundfos and Wilo in heating pumps.',
      'COMPETES_WITH Hallberg AG <-> Wilo',
    ],
    [
      'Le fabricant français de vélos Cyclonor a publié mardi ses ventes. Le groupe français affronte Decathlon et Giant sur ce marché.',
      'COMPETES_WITH Cyclonor <-> Decathlon',
    ],
    [
      'Swiss cheesemaker Alpine Dairy AG reported higher sales on Tuesday. The company competes with Saputo and Tillamook in aged cheddar.',
      'COMPETES_WITH Alpine Dairy AG <-> Saputo',
    ],
  ])('%s', (text, kept) => {
    expect(facts(text)).toContain(kept);
  });
});
