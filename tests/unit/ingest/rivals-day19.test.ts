import { extractArticle } from '../../../ingest/extract';

/**
 * Day nineteen (comp): how the rivalry readers find their parties when the text puts words between them — adjuncts
 * between a verb and its object, a plural leaders phrase before apposed names, two firms entering one market
 * "both / tous deux", a long rank phrase between its pronoun and "derrière", a second verb after an object, and a
 * list of leaders whose members each carry a remark.
 */

/** A lead naming every company, so the tested sentence's names are known ones, not guessed opening words. */
const LEAD_FR =
  "L'étude cite la société Navalis, le groupe Kongsberg, la société Saildrone, la start-up Kry, la start-up Qare, le groupe Thalvère, la société Sagelis, le groupe Hensoldt, la société Medora, la société Helioprim, la société Toitsol, la société Sunélia, le groupe Vairon, le fonds Orvane.";
const LEAD_EN =
  'The study names the company Navalis, the group Kongsberg, the company Saildrone, the start-up Kry, the start-up Qare, the group Thalvère, the company Sagelis, the group Hensoldt, the company Medora, the company Helioprim, the company Toitsol, the company Sunelia, the group Vairon, the fund Orvane.';

/** The rival pairs read from `sentence` itself (sorted "a ~ b"), after the lead of its language. */
function rivalsIn(sentence: string, lang: 'fr' | 'en'): string[] {
  const text = `${lang === 'fr' ? LEAD_FR : LEAD_EN}\n\n${sentence}`;
  return extractArticle({ file: 'test', text, published: null })
    .relations.filter((r) => r.type === 'COMPETES_WITH' && r.evidence.sentence === sentence)
    .map((r) => [r.source, r.target].sort().join(' ~ '))
    .sort();
}

function has(sentence: string, lang: 'fr' | 'en', a: string, b: string): boolean {
  return rivalsIn(sentence, lang).includes([a, b].sort().join(' ~ '));
}

describe('adjuncts between a verb of rivalry and its setting', () => {
  it.each([
    [
      "Navalis affronte aujourd'hui sur les marchés export le norvégien Kongsberg et l'américain Saildrone.",
      'fr',
    ],
    ['Navalis affronte depuis deux ans, sur le segment des drones de surface, Kongsberg et Saildrone.', 'fr'],
    ["Navalis rivalise aujourd'hui sur le marché européen de la défense avec Kongsberg et Saildrone.", 'fr'],
    ['Navalis competes today in the European defence market with Kongsberg and Saildrone.', 'en'],
  ] as const)('%s', (sentence, lang) => {
    expect(has(sentence, lang, 'Navalis', 'Kongsberg')).toBe(true);
    expect(has(sentence, lang, 'Navalis', 'Saildrone')).toBe(true);
  });

  it('reads a transitive English verb after a time phrase and a setting', () => {
    const sentence = 'Navalis has trailed since 2019 in the European market the Norwegian group Kongsberg.';
    expect(has(sentence, 'en', 'Navalis', 'Kongsberg')).toBe(true);
  });

  it.each([
    ["Navalis ne concurrence pas aujourd'hui sur les marchés export le norvégien Kongsberg.", 'fr'],
    ["Navalis affronte aujourd'hui sur les marchés export avec Kongsberg un rival commun.", 'fr'],
    ['Navalis affronte depuis deux ans, sur le segment de Kongsberg, une crise sévère.', 'fr'],
    ['Navalis has trailed since 2019 in the market of Kongsberg a smaller rival.', 'en'],
  ] as const)('a denial, a partner or a company naming the setting is no rival: %s', (sentence, lang) => {
    expect(has(sentence, lang, 'Navalis', 'Kongsberg')).toBe(false);
  });
});

describe('a plural leaders phrase before apposed names', () => {
  it('reads "les deux poids lourds du secteur, A et B" after a setting between commas', () => {
    const sentence =
      'Navalis affronte depuis deux ans, sur le segment des drones, les deux poids lourds du secteur, Kongsberg et Saildrone.';
    expect(rivalsIn(sentence, 'fr')).toEqual([
      'Kongsberg ~ Navalis',
      'Kongsberg ~ Saildrone',
      'Navalis ~ Saildrone',
    ]);
  });

  it('needs a list after a plural place: one name after "les géants du secteur" is not read', () => {
    const sentence =
      'Navalis affronte depuis deux ans, sur le segment des drones, les géants du secteur, Kongsberg.';
    expect(has(sentence, 'fr', 'Navalis', 'Kongsberg')).toBe(false);
  });
});

describe('two companies entering one market together', () => {
  it.each([
    ['Kry et Qare ont tous deux annoncé leur arrivée en Allemagne.', 'fr'],
    ["Le chinois Kry et l'américain Qare s'apprêtent tous deux à lancer une offre en Europe.", 'fr'],
    ['Kry and Qare are both pushing into German telemedicine.', 'en'],
  ] as const)('%s', (sentence, lang) => {
    expect(rivalsIn(sentence, lang)).toEqual(['Kry ~ Qare']);
  });

  it.each([
    ['Kry and Qare are both bidding for the Berlin contract.', 'en'],
    ['Kry and Qare are both moving their headquarters.', 'en'],
    ['Kry and Qare are both backers of Medora.', 'en'],
    ['Kry et Qare ont tous deux investi dans Medora.', 'fr'],
    ['Medora a choisi Kry et Qare, tous deux financés par des fonds américains.', 'fr'],
  ] as const)('a bid, a move, an investment or a description is no entry: %s', (sentence, lang) => {
    expect(has(sentence, lang, 'Kry', 'Qare')).toBe(false);
  });
});

describe('the pronoun of a long rank phrase before "derrière / behind"', () => {
  it.each([
    [
      'Avec 160 magasins, il devient le numéro deux de la distribution spécialisée pour animaux, derrière Maxi Zoo.',
      'fr',
    ],
    ['With 160 stores, it is now the number two pet retailer in France, behind Maxi Zoo.', 'en'],
  ] as const)('%s', (sentence, lang) => {
    // the pronoun stands for the article's company, the first one the lead names
    expect(has(sentence, lang, 'Navalis', 'Maxi Zoo')).toBe(true);
  });

  it('a descriptor subject is no pronoun: "le nouvel ensemble … vise la place de numéro deux derrière B"', () => {
    const sentence =
      "Le nouvel ensemble, qui prendra le nom de Talencia, vise la place de numéro deux européen derrière l'allemand Hensoldt.";
    expect(has(sentence, 'fr', 'Navalis', 'Hensoldt')).toBe(false);
  });
});

describe('a second verb after an object shares the first verb’s subject', () => {
  it.each([
    [
      "Thalvère passe devant Sagelis et devient le numéro deux européen de l'optronique, derrière l'allemand Hensoldt.",
      'fr',
    ],
    ['Thalvère overtook Sagelis and became the second-largest maker in Europe, behind Hensoldt.', 'en'],
  ] as const)('%s', (sentence, lang) => {
    expect(has(sentence, lang, 'Thalvère', 'Hensoldt')).toBe(true);
  });

  it.each([
    ['Thalvère a racheté Sagelis et sa filiale affronte Hensoldt.', 'fr'],
    ['Thalvère passe devant Sagelis et sa filiale devient le numéro deux européen, derrière Hensoldt.', 'fr'],
  ] as const)('a second subject after "et" keeps the first one out: %s', (sentence, lang) => {
    expect(has(sentence, lang, 'Thalvère', 'Hensoldt')).toBe(false);
  });
});

describe('a market dominated by a list whose members each carry a remark', () => {
  it.each([
    [
      'Le marché reste dominé par Helioprim, filiale du groupe Vairon, Toitsol, passé en 2022 sous le contrôle du fonds Orvane, et Sunélia, le pionnier bordelais.',
      'fr',
      'Sunélia',
    ],
    [
      'The market is dominated by Helioprim, a unit of Vairon, Toitsol, owned by Orvane, and Sunelia, the Bordeaux pioneer.',
      'en',
      'Sunelia',
    ],
  ] as const)('%s', (sentence, lang, third) => {
    expect(rivalsIn(sentence, lang)).toEqual(
      [
        ['Helioprim', 'Toitsol'],
        ['Helioprim', third],
        [third, 'Toitsol'],
      ]
        .map((p) => p.sort().join(' ~ '))
        .sort(),
    );
  });

  it.each([
    'Le marché reste dominé par Helioprim, filiale du groupe Vairon, qui a racheté Toitsol.',
    'Le marché reste dominé par Helioprim, filiale du groupe Vairon, Toitsol, filiale du fonds Orvane.',
  ])(
    'an owner, a company bought, or members never closed by a conjunction are not paired: %s',
    (sentence) => {
      expect(has(sentence, 'fr', 'Helioprim', 'Toitsol')).toBe(false);
      expect(has(sentence, 'fr', 'Helioprim', 'Vairon')).toBe(false);
    },
  );
});
