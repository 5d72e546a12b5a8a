import { pairsInLastParagraph, unorderedPair } from './helpers';

/**
 * Day twenty (comp): lists of a market's players written the way the press writes them — the first member named
 * by its origin or trade like the others ("l'allemand A, le canadien B et C", "the Norwegian group A, …"), and a
 * member followed by its own aside before the list goes on ("B, owned by utility N, and C"; "B, né du rapprochement
 * de S et T, et C"). The aside's names are no members, and a name after the aside that has its own verb opens a
 * clause of its own. Also places joined by "and/et" in the setting before a rivalry verb's object ("trails, in
 * Manchester and Leeds, the group B").
 */

/** A lead naming every company, so the tested sentence's names are known ones, not guessed opening words. */
const LEAD_FR =
  "L'étude cite la société Navalis, le groupe Brenmark, la société Saildrone, la start-up Qare, la société Medora, la société Helioprim, la société Toitsol, la société Sunélia, le groupe Vairon, le fonds Orvane.";
const LEAD_EN =
  'The study names the company Navalis, the group Brenmark, the company Saildrone, the start-up Qare, the company Medora, the company Helioprim, the company Toitsol, the company Sunelia, the group Vairon, the fund Orvane.';

/** The relations of `type` read from `sentence` itself (sorted "a ~ b"), after the lead of its language. */
function pairsIn(sentence: string, lang: 'fr' | 'en', type = 'COMPETES_WITH'): string[] {
  return pairsInLastParagraph(lang === 'fr' ? LEAD_FR : LEAD_EN, sentence, type);
}

const pair = unorderedPair;

describe('a list whose first member carries a descriptor', () => {
  it.each([
    [
      "Derrière ces deux groupes, trois acteurs se disputent la troisième place : l'allemand Brenmark, le canadien Saildrone et Navalis.",
      'fr',
    ],
    [
      'Three players fight for third place: the Norwegian group Brenmark, the Canadian firm Saildrone and Navalis.',
      'en',
    ],
  ] as const)('pairs every player of the colon list: %s', (sentence, lang) => {
    expect(pairsIn(sentence, lang)).toEqual([
      pair('Brenmark', 'Navalis'),
      pair('Brenmark', 'Saildrone'),
      pair('Navalis', 'Saildrone'),
    ]);
  });

  it('reads the incumbents of a crowded market named by their origin', () => {
    const sentence =
      "Medora entre sur un marché où se bousculent déjà l'américain Brenmark et le néerlandais Saildrone.";
    expect(pairsIn(sentence, 'fr')).toEqual(
      expect.arrayContaining([pair('Brenmark', 'Saildrone'), pair('Medora', 'Brenmark')]),
    );
  });

  it.each([
    [
      "Navalis compte trois actionnaires : le norvégien Brenmark, l'américain Saildrone et le fonds Orvane.",
      'fr',
    ],
    [
      'Navalis has three shareholders: the Norwegian group Brenmark, the Canadian firm Saildrone and the fund Orvane.',
      'en',
    ],
  ] as const)('reads no rivalry in a described list of shareholders: %s', (sentence, lang) => {
    expect(pairsIn(sentence, lang)).toEqual([]);
  });

  it('leaves lists of backers as they were: a crowdfunding platform is no investor', () => {
    const sentence =
      "Navalis a collecté 1,2 million d'euros auprès de 900 particuliers sur la plateforme de financement participatif Brenmark.";
    expect(pairsIn(sentence, 'fr', 'FUNDED')).toEqual([]);
  });
});

describe('a member followed by its own aside', () => {
  it('steps over a participle aside in a ranking told with "followed by"', () => {
    const sentence =
      "Britain's charging market is led by Navalis, followed by Brenmark, owned by utility Vairon, and Saildrone, the motorway specialist.";
    const pairs = pairsIn(sentence, 'en');
    expect(pairs).toEqual(
      expect.arrayContaining([pair('Brenmark', 'Saildrone'), pair('Navalis', 'Saildrone')]),
    );
    // the owner named in the aside is no player of the list
    expect(pairs.filter((p) => p.includes('Vairon'))).toEqual([]);
  });

  it('steps over a French aside of birth before "et"', () => {
    const sentence =
      'Tout en haut du classement, Navalis reste le numéro un, loin devant Brenmark, né du rapprochement entre Toitsol et Sunélia, et Saildrone, qui a absorbé Qare en 2023.';
    const pairs = pairsIn(sentence, 'fr');
    expect(pairs).toContain(pair('Brenmark', 'Saildrone'));
    expect(pairs.filter((p) => p.includes('Toitsol') || p.includes('Sunélia'))).toEqual([]);
  });

  it('keeps out a name after the aside that has its own verb', () => {
    const sentence =
      'The market is led by Navalis, followed by Brenmark, which was bought by Vairon, and Saildrone said it would cut jobs.';
    const pairs = pairsIn(sentence, 'en');
    expect(pairs).toContain(pair('Brenmark', 'Navalis'));
    expect(pairs.filter((p) => p.includes('Saildrone'))).toEqual([]);
  });
});

describe('places joined inside the setting between a verb of rivalry and its object', () => {
  it.each([
    ['Navalis affronte depuis deux ans, dans des villes comme Lyon et Lille, le norvégien Saildrone.', 'fr'],
    ['Navalis trails, in Manchester and Leeds, the Norwegian group Saildrone.', 'en'],
  ] as const)('reads the object past the joined places: %s', (sentence, lang) => {
    expect(pairsIn(sentence, lang)).toContain(pair('Navalis', 'Saildrone'));
  });

  it('does not take a company after "and" for a place of the setting', () => {
    const sentence = 'Navalis trails, in Manchester and Brenmark, the Norwegian group Saildrone.';
    expect(pairsIn(sentence, 'en')).not.toContain(pair('Navalis', 'Saildrone'));
  });
});
