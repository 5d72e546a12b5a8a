/**
 * Day twenty-seven, precision: towns and regions that the press writes where a company's name could go must not
 * become organisations, nor ends of relations:
 * - a bare place modifier before a trade descriptor and the company's name ("bought Somerset cider maker X"),
 *   place-modifier-descriptor.ts; a relational head ("supplier") or a person's post keeps the modifier a company;
 * - a place after "dans le / entre les / in the", after a premises or trade noun and "de" ("la fromagerie de
 *   Saint-Flour", "un boulanger de Concarneau") or after "a garage in", place-slots.ts; a stake word before "dans"
 *   or a demonym before "de" leaves the name a company;
 * - the body cited for a sentence's figures ("selon le panéliste X") is not counted by "les trois fabricants",
 *   cited-sources.ts, and holds no share of the market: the share told after it ("selon le panéliste X, soit
 *   18 %, contre 30 % pour B") is the company's named before it (frames/rivals-share-listing.ts, frames/rivals.ts).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { tokenize } from '../../../ingest/tokens';
import { isModifierOfDescribedName } from '../../../ingest/entities/place-modifier-descriptor';

function organisations(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-05-04' })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

function facts(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-05-04' }).relations.map((r) =>
    r.type === 'COMPETES_WITH'
      ? `${r.type} ${[r.source, r.target].sort().join(' <-> ')}`
      : `${r.type} ${r.source} -> ${r.target}`,
  );
}

/** Whether the first occurrence of `word` in `text` opens a place modifier of a described company. */
function modifierAt(text: string, word: string, words = 1): boolean {
  const tokens = tokenize(text, 0);
  const from = tokens.findIndex((t) => t.text === word);
  return isModifierOfDescribedName(tokens, from, from + words);
}

describe('a place modifier before a trade descriptor is no company', () => {
  it.each([
    [
      'Harlow Brands said on Monday it had agreed to buy Somerset cider maker Orchard Lane Cider for 40 million pounds.',
      'Somerset',
      'ACQUIRED Harlow Brands -> Orchard Lane Cider',
    ],
    [
      'Calder Foods said on Monday that it had bought Yorkshire tea blender Harrowgate Leaf for an undisclosed sum.',
      'Yorkshire',
      'ACQUIRED Calder Foods -> Harrowgate Leaf',
    ],
  ])('%s', (text, place, fact) => {
    expect(organisations(text)).not.toContain(place);
    expect(facts(text)).toContain(fact);
  });

  it('reads one- and two-word places before a hyphenated trade descriptor', () => {
    expect(modifierAt('It bought Oregon goat-cheese producer Ridge Creamery.', 'Oregon')).toBe(true);
    expect(modifierAt('It bought North Yorkshire bakery Fenby Loaves.', 'North', 2)).toBe(true);
  });

  it('keeps a company before a relational head or a post', () => {
    expect(modifierAt('Shares in Brantwell supplier Kordex fell.', 'Brantwell')).toBe(false);
    expect(modifierAt('Brantwell distributor Holm Trading said so.', 'Brantwell')).toBe(false);
    expect(modifierAt('Former Brantwell executive Paul Aske joined.', 'Brantwell')).toBe(false);
    expect(modifierAt('It bought Oregon goat-cheese producers.', 'Oregon')).toBe(false);
  });
});

describe('a place in a French or English place slot is no company', () => {
  it.each([
    [
      "Le groupe Ardenval a racheté Pompes Funèbres Kerné, un réseau de 20 agences implanté dans le Finistère et le Morbihan, pour 15 millions d'euros.",
      ['Finistère', 'Morbihan'],
    ],
    [
      "Le transporteur Frigolor et son rival Glacis, jusqu'ici concurrents dans le Grand Est, ont annoncé leur fusion.",
      ['Grand Est'],
    ],
    [
      'Une partie de la somme levée auprès de Bpifrance servira à agrandir la laiterie de Riom, a indiqué la société Lactaumont.',
      ['Riom'],
    ],
    [
      "Fondée en 1950 par un boulanger de Concarneau, la Biscuiterie Le Brun a été reprise par le groupe Maëlan pour 12 millions d'euros.",
      ['Concarneau'],
    ],
    [
      'Kelso Analytics was founded in 2015 by Ailsa Grant in a garage in Galashiels, and has since raised 20 million pounds from Tweed Ventures.',
      ['Galashiels'],
    ],
  ])('%s', (text, places) => {
    const orgs = organisations(text);
    for (const p of places) expect(orgs).not.toContain(p);
  });

  it.each([
    [
      'Le fonds Armor Capital a pris une participation majoritaire dans la Vinaigrerie Auclair, entreprise familiale fondée en 1920.',
      'Vinaigrerie Auclair',
    ],
    [
      "Pour produire ses plats, la société s'appuie sur l'usine normande de Conserves Ardoin, son sous-traitant exclusif.",
      'Conserves Ardoin',
    ],
    ["La coopérative Armorlait a racheté la fromagerie de Kerbrat pour 8 millions d'euros.", 'Kerbrat'],
    ['Dunmore Capital invested in the Harlan-led Quiver Robotics last year.', 'Harlan'],
  ])('keeps the company in %s', (text, company) => {
    expect(organisations(text)).toContain(company);
  });
});

describe('a cited source is not counted among the players', () => {
  it.each([
    [
      'Le fabricant Kermadec revendique 14 % des ventes de crêpes, selon le panéliste Panelis, derrière Brocard et Ty Gwenn. Les trois fabricants se disputent aussi les rayons des gares.',
      'Panelis',
    ],
    [
      'Norvane holds 12% of the market, according to researcher ShopTrack, behind Calloway Foods and Brisk Meals. The three companies also compete for airport shops.',
      'ShopTrack',
    ],
  ])('%s', (text, source) => {
    expect(facts(text).filter((f) => f.includes(source))).toEqual([]);
  });
});

describe('the share told after a cited source is the company named before it', () => {
  it.each([
    [
      'Kervalo a vendu 20 000 tonnes de galettes en 2025, selon le panéliste Marketis, soit 18 % du marché, contre 30 % pour Biscuits Rozenn et 9 % pour Gavrinis.',
      'Marketis',
      ['COMPETES_WITH Biscuits Rozenn <-> Kervalo', 'COMPETES_WITH Gavrinis <-> Kervalo'],
    ],
    [
      'Tarnwell Heating installed 40,000 boilers last year, according to market researcher Datapoll, or 22% of the market, against 30% for Brenford Thermal.',
      'Datapoll',
      ['COMPETES_WITH Brenford Thermal <-> Tarnwell Heating'],
    ],
  ])('%s', (text, source, pairs) => {
    const found = facts(text);
    expect(found.filter((f) => f.includes(source))).toEqual([]);
    for (const p of pairs) expect(found).toContain(p);
  });
});
