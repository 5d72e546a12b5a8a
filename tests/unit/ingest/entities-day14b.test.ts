import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';
import { isNumberedFundName } from '../../../ingest/entities/numbered-fund';

/**
 * Entity classes of round two of day fourteen: a French region's council after a lower-case "la région", fund
 * vehicles numbered in Roman numerals, an agency's "Executive", "X Equity" investors, and a secretary's rank
 * ("State Secretary") cut from the ministry before it. Every sentence is written for this file.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('"la région X": a French region named as a funding body', () => {
  it.each([
    [
      'En 2022, la région Normandie avait accordé à Méthavallée une subvention de 600 000 euros.',
      'Normandie',
    ],
    [
      "La région Nouvelle-Aquitaine a, de son côté, versé 12 millions d'euros à Cardiolys.",
      'Nouvelle-Aquitaine',
    ],
    ['Légumia a reçu une subvention de 800 000 euros de la région Pays de la Loire.', 'Pays de la Loire'],
    [
      "Bpifrance prête 10 millions d'euros, et la région Centre-Val de Loire une avance remboursable.",
      'Centre-Val de Loire',
    ],
    ["Elle avait levé 3 millions d'euros auprès de la région Occitanie et du fonds Irdi.", 'Occitanie'],
  ])('%s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    // a place: where a plant is, where someone lives
    ['Les deux usines de la région Occitanie emploient 300 salariés.', 'Occitanie'],
    ['Il vit dans la région Normandie depuis 2020.', 'Normandie'],
    ['Alvéa est implantée en région Bretagne depuis sa création.', 'Bretagne'],
  ])('reads no body: %s', (text, name) => {
    expect(types(text).get(name)).not.toBe('Organization');
  });
});

describe('a fund vehicle numbered in Roman numerals', () => {
  it.each([
    [
      "Le fonds investit au travers de son véhicule Terres d'Avenir Croissance II, doté de 90 millions d'euros.",
      "Terres d'Avenir Croissance II",
    ],
    [
      "Énergies Nouvelles Partenaires prépare le lancement de Transition Rurale II, qui vise 250 millions d'euros.",
      'Transition Rurale II',
    ],
    [
      'The round was led by Harbourview Healthcare Fund III, which closed at $400 million.',
      'Harbourview Healthcare Fund III',
    ],
    ['Granite Peak Growth IV invested $12 million in the company.', 'Granite Peak Growth IV'],
  ])('%s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Louis XIV a investi 2 millions de livres dans le canal.', 'Louis XIV'],
    ['After World War II the company invested $2 million in new plants.', 'World War II'],
    ['John Paul Getty III inherited $2 million from the trust.', 'John Paul Getty III'],
    ['Les banques lèvent du capital pour respecter les règles de Bâle III.', 'Bâle III'],
  ])('reads no fund: %s', (text, name) => {
    expect(types(text).get(name)).not.toBe('Organization');
  });
});

describe('"Executive" ends an agency name after a public-service noun', () => {
  it.each([
    [
      'The Health Service Executive last month allocated 25 million euros to the hospital group.',
      'Health Service Executive',
    ],
    ['A spokesman for the Transport Executive said fares would rise.', 'Transport Executive'],
    ['The Food Standards Executive fined the firm on Monday.', 'Food Standards Executive'],
  ])('%s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('a role word before a person still splits the run', () => {
    const t = types('Acme Corp chief executive John Smith said sales rose.');
    expect(t.get('Acme Corp')).toBe('Organization');
    expect(t.get('John Smith')).toBe('Person');
  });
});

describe('"X Equity" names an investor, "Private Equity" an asset class', () => {
  it.each([
    [
      'Sunvista, which was taken private by US investor Crestline Equity in 2021, financed the deal.',
      'Crestline Equity',
    ],
    ['The company was bought by investor Harbor Equity last year.', 'Harbor Equity'],
    ["Le fonds d'investisseurs Garonne Equity a pris 30 % du capital.", 'Garonne Equity'],
  ])('%s', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('reads no investor in "Private Equity firms"', () => {
    expect(types('In 2024, Private Equity firms raised record sums.').get('Private Equity')).toBeUndefined();
  });
});

describe("a secretary's rank belongs to the title, not to the ministry", () => {
  it.each([
    [
      'The dollar is at fair levels, Finance Ministry State Secretary Hans Tietmeyer said.',
      'Finance Ministry',
      'Hans Tietmeyer',
    ],
    [
      'Economics Ministry State Secretary Otto Schlecht said the government saw no need.',
      'Economics Ministry',
      'Otto Schlecht',
    ],
    ['Foreign Office Permanent Under Secretary John Kerr met the envoy.', 'Foreign Office', 'John Kerr'],
  ])('%s', (text, body, person) => {
    const t = types(text);
    expect(t.get(body)).toBe('Organization');
    expect(t.get(person)).toBe('Person');
    expect([...t.keys()].some((n) => / State$| Under$| Permanent/.test(n))).toBe(false);
  });
});

describe('isNumberedFundName reads the shape alone', () => {
  const span = (text: string, name: string): boolean => {
    const tokens = tokenize(text);
    const from = tokens.findIndex((t) => t.start === text.indexOf(name));
    const to = tokens.findIndex((t) => t.end === text.indexOf(name) + name.length) + 1;
    return isNumberedFundName(tokens, from, to);
  };
  it('takes a fund vehicle and leaves an initialled heir', () => {
    expect(span('Nordlys Impact Partners III closed at $300 million.', 'Nordlys Impact Partners III')).toBe(
      true,
    );
    expect(span('Shares held by T.B. Pickens III were sold for $12 million.', 'T.B. Pickens III')).toBe(
      false,
    );
    expect(span('Vatican II opened in 1962 with 2 million pilgrims.', 'Vatican II')).toBe(false);
  });
});
