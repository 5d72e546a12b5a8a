/**
 * Day twenty-six: the town of a dateline the wire reader did not date the English way is a place, never a party.
 * The French press writes the day before the month ("LORIENT, 12 juin –", "Paris, le 4 mai –") or no date at all
 * ("FOUGÈRES — …"); read as a company, the town took the story's deals. The same town named again in the story
 * ("fondée à Fougères") is that town. Near misses: an all-capitals company opening a later sentence, a dash
 * further in, a known company written in capitals. Sentences written for these tests.
 */
import type { Token } from '../../../ingest/tokens';
import { tokenize } from '../../../ingest/tokens';
import { bareDatelineEnd, frenchDatelineEnd } from '../../../ingest/entities/dateline-town';
import { isFoundingPlace } from '../../../ingest/entities/founding-place';
import { entitiesOf, typedDealPairs } from './helpers';

function tokens(text: string): Token[] {
  return tokenize(text);
}

function orgNames(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type === 'Organization')
    .map((e) => e.name)
    .sort();
}

describe('a French dated dateline', () => {
  it.each([
    ['LORIENT, 12 juin – La conserverie Kerlann lève 8 millions d’euros.', 1],
    ['Paris, le 4 mai – Le groupe Marvelle rachète Tissor.', 1],
    ['SAINT-MALO, 1er octobre 2025 – Le chantier Armorvoile est repris.', 1],
    ['BRIGHTON, 3 March – Dorland Boats was sold to Kelvane.', 1],
    ['LA ROCHE SUR YON, 9 avril – La PME Vendelis ouvre son capital.', 4],
  ])('%s ends its town at the comma', (text, end) => {
    expect(frenchDatelineEnd(tokens(text))).toBe(end);
  });

  it.each([
    'Kerlann, 12 salariés – une PME de Lorient.',
    'Lorient, le port où Kerlann est née, accueille 12 bateaux.',
    'Marvelle, le 4 mai, a racheté Tissor.',
  ])('%s opens on no dateline', (text) => {
    expect(frenchDatelineEnd(tokens(text))).toBe(0);
  });
});

describe('an undated dateline in capitals', () => {
  it.each([
    ['FOUGÈRES — Le chausseur Brenval ouvre son capital.', 0, 1],
    ['MONT-DE-MARSAN – La coopérative Landor rachète Piquet.', 1, 1],
    ['BOURG EN BRESSE - Le fonds Rhônalp investit dans Volaria.', 2, 3],
  ])('%s ends its town at the dash', (text, sentence, end) => {
    expect(bareDatelineEnd(tokens(text), sentence)).toBe(end);
  });

  it.each([
    ['FOUGÈRES — Le chausseur Brenval ouvre son capital.', 3],
    ['FOUGÈRES -- Le chausseur Brenval ouvre son capital.', 1],
    ['FOUGÈRES — le chausseur Brenval ouvre son capital.', 1],
    ['LVMH — Le groupe de luxe rachète Brenval.', 1],
    ['SNCF - The rail operator bought Tramlink.', 1],
    ['Fougères — Le chausseur Brenval ouvre son capital.', 1],
  ])('%s (sentence %d) is no dateline', (text, sentence) => {
    expect(bareDatelineEnd(tokens(text), sentence)).toBe(0);
  });
});

describe('the dateline town is no party', () => {
  it('French, undated: the town is neither the target nor an organisation', () => {
    const text =
      'Brenval ouvre son capital\n\nFOUGÈRES — Le chausseur Brenval ouvre son capital. Le fonds rennais Ouestinvest prend une participation de 30 % dans l’entreprise. Fondée en 1961 à Fougères, la société emploie 140 salariés.';
    expect(orgNames(text)).not.toContain('Fougères');
    expect(orgNames(text)).not.toContain('FOUGÈRES');
    expect(typedDealPairs(text, null)).toEqual(['FUNDED Ouestinvest -> Brenval']);
  });

  it('French, undated: the town named again later is no organisation', () => {
    const text =
      'Talvane lève 5 M€\n\nVANNES — La biotech Talvane lève 5 millions d’euros. Le fonds Galia Gestion mène le tour. Créée en 2019 à Vannes, la société compte 20 salariés.';
    expect(orgNames(text)).toEqual(['Galia Gestion', 'Talvane']);
  });

  it('English, undated: the town is not the company a round went into, nor is the word after the dash', () => {
    const text =
      'Grenhaus raises funds\n\nMALMÖ – Venture firm Nordvik Capital led a 12 million euro round in the company, which makes heat pumps.';
    expect(typedDealPairs(text, null)).toEqual(['FUNDED Nordvik Capital -> Grenhaus']);
    expect(orgNames(text)).toEqual(['Grenhaus', 'Nordvik Capital']);
  });

  it('a town named in a later sentence with no dateline stays as read before', () => {
    const text =
      'Grenhaus raises funds\n\nVenture firm Nordvik Capital led a 12 million euro round in Grenhaus.\n\nMALMÖ – the city hosts the plant.';
    expect(bareDatelineEnd(tokenize('MALMÖ – the city hosts the plant.'), 1)).toBe(0);
    expect(typedDealPairs(text, null)).toEqual(['FUNDED Nordvik Capital -> Grenhaus']);
  });
});

describe('the town after a founding participle is a place', () => {
  function slotOf(sentence: string, name: string): boolean {
    const ts = tokenize(sentence);
    const from = ts.findIndex((t) => t.text === name.split(' ')[0]);
    return isFoundingPlace(ts, from, from + name.split(' ').length);
  }

  it.each([
    ['Fondée en 2012 à Landerneau par deux frères, la brasserie emploie 40 salariés.', 'Landerneau'],
    ['Créée à Pontivy en 1988, l’entreprise fabrique des aliments pour bétail.', 'Pontivy'],
    ['The company was founded in 1964 in Kendal by engineer Tom Ashby.', 'Kendal'],
    ['Founded in Eindhoven in 2018, it makes warehouse robots.', 'Eindhoven'],
    ['It was established in Fort Wayne before moving south.', 'Fort Wayne'],
  ])('%s: %s', (sentence, name) => {
    expect(slotOf(sentence, name)).toBe(true);
  });

  it.each([
    ['It was founded in 2018 with Lattice Labs.', 'Lattice'],
    ['Fondée en 2012 par Ouestinvest, la brasserie emploie 40 salariés.', 'Ouestinvest'],
    ['The firm, bought in 2019 in Kendal by Hartmoor, employs 200 people.', 'Kendal'],
    ['Elle a cédé en 2015 à Brenval sa filiale.', 'Brenval'],
  ])('%s: %s is not read as a birthplace', (sentence, name) => {
    expect(slotOf(sentence, name)).toBe(false);
  });

  it('English: the birthplace is no organisation of the story', () => {
    const text =
      'Keswick Tools sold\n\nHartmoor Group agreed to buy Keswick Tools. The company was founded in 1964 in Kendal by engineer Tom Ashby and employs 200 people.';
    expect(orgNames(text)).toEqual(['Hartmoor Group', 'Keswick Tools']);
  });
});
