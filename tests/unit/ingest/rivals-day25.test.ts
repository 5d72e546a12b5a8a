/**
 * Day twenty-five, rivals. Three readings of how a market story tells who competes:
 * - a ranking told over two sentences: the leader in the first, the next places by ordinal in the second ("A came
 *   second and B third", "A remonte à la deuxième place") — every ranked company is each leader's rival, while an
 *   ordinal that places nothing, a new paragraph or a first sentence with no leader pairs no one;
 * - a counted distance in a table ("one place ahead of X", "une place devant X") is a neighbour, no rival, while
 *   "second behind X" in a market still is;
 * - a possessive rival noun apposed to a name ("au profit de F, son concurrent", "to B, its closest rival") is the
 *   clause subject's rival, not the nearest name's;
 * - a time phrase between "dominated"/"dominé" and its agents ("dominé depuis vingt ans par A et B") leaves the
 *   dominant firms paired, while a phrase that tells no span ("dominated for its design by") is not stepped over.
 * Sentences written for these tests.
 */
import { rivalPairsOf, sortedRivalPair } from './article-units';

describe('a ranking over two sentences pairs the next places with the leader', () => {
  it.each([
    [
      'Ostrava Boilers AS installed 3,400 industrial boilers last year, more than any other maker in Central Europe, according to the trade body. Hungary’s Kazan Therm Kft came second with 2,100 units and Poland’s Kotlex SA third with 1,650.',
      'Ostrava Boilers AS',
      ['Kazan Therm Kft', 'Kotlex SA'],
    ],
    [
      'Brasseries Ardennaises SA reste le premier brasseur indépendant du pays, avec 1,2 million d’hectolitres. Derrière elle, Houblons du Nord SAS remonte à la deuxième place avec 700 000 hectolitres, devant Malterie Lorraine SA.',
      'Brasseries Ardennaises SA',
      ['Houblons du Nord SAS', 'Malterie Lorraine SA'],
    ],
    [
      'Quintel Robotics Inc was the largest seller of warehouse robots in Japan last year. Nagara Automation KK finished second with 19% of shipments.',
      'Quintel Robotics Inc',
      ['Nagara Automation KK'],
    ],
  ])('%s', (text, leader, ranked) => {
    const found = rivalPairsOf(text);
    for (const b of ranked) expect(found).toContain(sortedRivalPair(leader, b));
  });

  it('leaves an ordinal that places nothing, and a second sentence in a new paragraph, unpaired', () => {
    const noPlace = rivalPairsOf(
      'Ostrava Boilers AS is the largest boiler maker in Central Europe. Kazan Therm Kft opened a second plant in Győr in March.',
    );
    expect(noPlace).not.toContain(sortedRivalPair('Ostrava Boilers AS', 'Kazan Therm Kft'));
    const newParagraph = rivalPairsOf(
      'Ostrava Boilers AS is the largest boiler maker in Central Europe.\n\nKazan Therm Kft came second with 2,100 units in the Austrian market.',
    );
    expect(newParagraph).not.toContain(sortedRivalPair('Ostrava Boilers AS', 'Kazan Therm Kft'));
  });

  it('needs a leader in the first sentence', () => {
    const found = rivalPairsOf(
      'Fabrika Tekstil DOO signed a supply deal with Ostrava Boilers AS on Monday. Kazan Therm Kft came second with 2,100 units.',
    );
    expect(found).not.toContain(sortedRivalPair('Ostrava Boilers AS', 'Kazan Therm Kft'));
    expect(found).not.toContain(sortedRivalPair('Fabrika Tekstil DOO', 'Kazan Therm Kft'));
  });
});

describe('a counted distance in a table is no rivalry', () => {
  it.each([
    [
      'Harrowfield Foods Ltd ranked 41st on this year’s list of Britain’s largest private companies, one place ahead of Corrigan Shipping Ltd.',
      'Harrowfield Foods Ltd',
      'Corrigan Shipping Ltd',
    ],
    [
      'Verreries Dauphinoises SA figure au 87e rang du classement des plus grandes entreprises familiales, une place devant le transporteur Garonne Fret SAS.',
      'Verreries Dauphinoises SA',
      'Garonne Fret SAS',
    ],
    [
      'Cidrerie Vallée d’Auge SA pointe au 212e rang du classement annuel des entreprises régionales, juste une place devant la coopérative Lin Normand SCA.',
      'Cidrerie Vallée d’Auge SA',
      'Lin Normand SCA',
    ],
    [
      'In the annual ranking of the fastest-growing software firms, Tollund Data ApS came ninth, three spots behind Pellworth Analytics Ltd.',
      'Tollund Data ApS',
      'Pellworth Analytics Ltd',
    ],
  ])('%s', (text, a, b) => {
    expect(rivalPairsOf(text)).not.toContain(sortedRivalPair(a, b));
  });

  it('still reads a market rank told without a counted distance', () => {
    expect(
      rivalPairsOf(
        'Harrowfield Foods Ltd is the second-biggest maker of frozen pies in Britain, behind Corrigan Bakeries Ltd.',
      ),
    ).toContain(sortedRivalPair('Harrowfield Foods Ltd', 'Corrigan Bakeries Ltd'));
  });
});

describe('a possessive rival apposition belongs to the clause subject', () => {
  it.each([
    [
      'Outillages Berthelot SA a perdu le contrat des perceuses du distributeur Bricoval SA au profit de Foramax SAS, son concurrent grenoblois.',
      'Outillages Berthelot SA',
      'Foramax SAS',
      'Bricoval SA',
    ],
    [
      'Kestrel Marine Ltd sold its hull-coating unit, Kestrel Coatings Ltd, to Sandvig Paints AS, its closest rival in Scandinavia, for 40 million pounds.',
      'Kestrel Marine Ltd',
      'Sandvig Paints AS',
      'Kestrel Coatings Ltd',
    ],
    [
      'En mars, Laboratoires Ormeau SA a racheté le belge Pharmadis SA, tandis que le suisse Helvepharm AG, son principal concurrent, a repris Galenix SAS.',
      'Laboratoires Ormeau SA',
      'Helvepharm AG',
      'Pharmadis SA',
    ],
  ])('%s', (text, subject, rival, nearest) => {
    const found = rivalPairsOf(text);
    expect(found).toContain(sortedRivalPair(subject, rival));
    expect(found).not.toContain(sortedRivalPair(nearest, rival));
  });

  it('leaves a rival noun with its own complement to the nearest reading', () => {
    expect(
      rivalPairsOf(
        'Kestrel Marine Ltd bought Sandvig Paints AS, a rival of Norcoat ASA, for 40 million pounds.',
      ),
    ).not.toContain(sortedRivalPair('Kestrel Marine Ltd', 'Sandvig Paints AS'));
  });
});

describe('a time phrase after "dominated" leaves the dominant firms paired', () => {
  it.each([
    [
      'Sur un marché dominé depuis vingt ans par Thermolis SA et Radiafroid SAS, la jeune pousse Calorea SAS revendique 400 clients.',
      ['Thermolis SA', 'Radiafroid SAS'],
    ],
    [
      'In a market dominated for two decades by Brightwater Pumps Ltd and Caskell Hydraulics Ltd, start-up Tidewell Flow Ltd already claims 300 customers.',
      ['Brightwater Pumps Ltd', 'Caskell Hydraulics Ltd'],
    ],
    [
      'Le marché des portails motorisés est dominé depuis 2015 par Portalis SA et Fermétal SAS.',
      ['Portalis SA', 'Fermétal SAS'],
    ],
    [
      'The market for bicycle locks has been dominated since 2018 by Lockwell Ltd and Tannery Locks Ltd, analysts say.',
      ['Lockwell Ltd', 'Tannery Locks Ltd'],
    ],
  ])('%s', (text, [a, b]) => {
    expect(rivalPairsOf(text)).toContain(sortedRivalPair(a, b));
  });

  it('does not step over a phrase that tells no span of time', () => {
    expect(
      rivalPairsOf(
        'The market for bicycle locks was dominated for its design by Lockwell Ltd and Tannery Locks Ltd.',
      ),
    ).not.toContain(sortedRivalPair('Lockwell Ltd', 'Tannery Locks Ltd'));
  });
});
