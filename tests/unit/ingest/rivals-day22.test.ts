/**
 * Day twenty-two, rivalry: (1) the company a merger creates, named by a clause in an aside after the pointer
 * ("Le nouvel ensemble, qui prendra le nom de T, …", "The combined group, which will take the name T, …"), is a
 * company and the party of the pointer's rivalry; (2) market shares told before their holders ("contre 15 % pour
 * B") or after them ("B and C hold 11% and 9% respectively") make the holders rivals, stakes in a company do not.
 * Near misses: an aside naming no company, a name given to a town, stakes. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { articleUnits, relationsOf } from './article-units';

/** The rivalries of `text`, as "a <> b" with the two names in alphabetical order. */
function rivalries(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' <> '));
}

/** The organisations the extractor finds in `text`. */
function organisations(text: string): string[] {
  return extractArticle({ file: 'test', text, title: '', published: null })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

describe('a clause naming a new company makes its name a company', () => {
  it.each([
    ['Le nouvel ensemble, qui prendra le nom de Talvane, comptera 4 000 salariés.', 'Talvane'],
    ['La future société portera le nom de Brunelle et sera cotée à Paris.', 'Brunelle'],
    ["La coentreprise, qui s'appellera Oxalide, produira des batteries à Douai.", 'Oxalide'],
    ['The combined group, which will take the name Marrowind, will be listed in London.', 'Marrowind'],
    ['The venture will be known as Quillmere and will be based in Leeds.', 'Quillmere'],
  ])('%s', (text, name) => {
    expect(organisations(text)).toContain(name);
  });

  it.each([
    ['La ville, qui prendra le nom de Valmorin, compte 3 000 habitants.', 'Valmorin'],
    ['The river, which will take the name Ostwater, runs through the valley.', 'Ostwater'],
  ])('not a town or a river: %s', (text, name) => {
    expect(organisations(text)).not.toContain(name);
  });
});

describe('the pointer at a merger result is the company its aside names', () => {
  const FR_LEAD = 'Stavix et Manpora ont annoncé mardi leur fusion. ';
  const EN_LEAD = 'Stavix and Manpora agreed on Tuesday to merge. ';

  it('reads the pointer as the aside name', () => {
    const units = articleUnits(
      `${FR_LEAD}Le nouvel ensemble, qui prendra le nom de Talvane, emploiera 4 000 personnes.`,
    );
    expect(units[1]).toContain('[*Talvane]');
  });

  it.each([
    [
      `${FR_LEAD}Le nouvel ensemble, qui prendra le nom de Talvane, se hissera au deuxième rang du marché, derrière le leader Stafflor.`,
      'Stafflor <> Talvane',
    ],
    [
      `${FR_LEAD}Le nouvel ensemble, qui portera le nom de Talvane, affrontera le groupe Interim Plus.`,
      'Interim Plus <> Talvane',
    ],
    [
      `${EN_LEAD}The combined group, which will take the name Talvane, will rank second behind Stafflor.`,
      'Stafflor <> Talvane',
    ],
    [
      `${EN_LEAD}The enlarged company, which will be known as Talvane, will compete with Stafflor in Germany.`,
      'Stafflor <> Talvane',
    ],
  ])('%s', (text, expected) => {
    const found = rivalries(text);
    expect(found).toContain(expected);
    // the merging parties are not the rivals of the leader
    expect(found.filter((r) => r.includes('Manpora'))).toEqual([]);
  });

  it('an aside that names no company leaves the pointer alone', () => {
    const found = rivalries(
      `${EN_LEAD}The combined group, which Talvane's founder will run, will rank second behind Stafflor.`,
    );
    expect(found).not.toContain('Stafflor <> Talvane');
  });
});

describe('shares told before or after their holders make them rivals', () => {
  it.each([
    [
      'Sur ce marché, Alvéor détient 12 % des ventes, contre 15 % pour Cyclomax et 8 % pour Rouéa.',
      ['Alvéor <> Cyclomax', 'Alvéor <> Rouéa', 'Cyclomax <> Rouéa'],
    ],
    [
      'In rural broadband, Fibrella has 20% of lines, against 17% for Netwaye and 9% for Linkory.',
      ['Fibrella <> Netwaye', 'Fibrella <> Linkory', 'Linkory <> Netwaye'],
    ],
    [
      'Polarkey controls roughly 28% of capacity, while Coldmere and Arcticon hold 11% and 9% respectively.',
      ['Arcticon <> Polarkey', 'Coldmere <> Polarkey', 'Arcticon <> Coldmere'],
    ],
    [
      'Veillon revendique 38 % des abonnés, tandis que Protexa et Domalys en détiennent respectivement 9 % et 7 %.',
      ['Protexa <> Veillon', 'Domalys <> Veillon', 'Domalys <> Protexa'],
    ],
  ])('%s', (text, expected) => {
    const found = rivalries(text);
    for (const pair of expected) expect(found).toContain(pair);
  });

  it.each([
    'Brightholm owns 12% of Kopraline, against 15% for Ardenne Capital and 8% for Eurovest.',
    'Brightholm détient 12 % de Kopraline, contre 15 % pour Ardenne Capital et 8 % pour Eurovest.',
    'Ardenne Capital and Eurovest own 30% and 20% of Kopraline respectively, and Brightholm 10%.',
  ])('stakes in a company are no market shares: %s', (text) => {
    expect(rivalries(text)).toEqual([]);
  });
});

describe('a lone name opening a sentence and described by an apposition is its subject', () => {
  it.each([
    [
      "Qwenza, l'alternative française à Slack, revendique 2 millions d'utilisateurs. L'éditeur rennais affronte aussi Microsoft sur les grands comptes.",
      'Microsoft <> Qwenza',
      'Microsoft <> Slack',
    ],
    [
      'Brivane, une alternative nantaise à Doctolib, revendique 900 praticiens. La jeune pousse affronte aussi Maiia.',
      'Brivane <> Maiia',
      'Doctolib <> Maiia',
    ],
    [
      'Tenzora, a Leeds alternative to Slack, has 2 million users. The startup also competes with Microsoft in large accounts.',
      'Microsoft <> Tenzora',
      'Microsoft <> Slack',
    ],
  ])('%s', (text, expected, wrong) => {
    const found = rivalries(text);
    expect(found).toContain(expected);
    expect(found).not.toContain(wrong);
  });

  it('a list opening the sentence is still read as a list, not as an apposition', () => {
    const found = rivalries(
      'Brivane, Doctolib et Maiia dominent le marché. La jeune pousse affronte aussi Keldoc.',
    );
    expect(found).toContain('Doctolib <> Maiia');
  });
});
