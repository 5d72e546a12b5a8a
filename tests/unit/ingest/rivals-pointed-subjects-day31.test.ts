/**
 * Day thirty-one (rivals, second round): the subject a rivalry is told of when the sentence names it only by a
 * pointer or joins it to another name: "the merged bank" after a merger that named its result
 * (relations/anaphora-combined.ts), "The New Jersey-based company" (relations/anaphora-place-modifier.ts), "Le
 * groupe affronte …" opening the paragraph after one about another company (relations/rival-paragraph-carry.ts), and
 * "behind Rothwell Freight and Danbury Enterprises" read as two names (entities/name-pairs.ts); a newspaper the deal
 * readers took for a bidder is no rival of the target (relations/rival-dealt-target.ts); a share that rose to its
 * percentage is a market share (relations/frames/rivals-share-listing.ts). Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { entitiesOf, extractedRivalPairs, madePairs } from './helpers';

function competitors(text: string): string[] {
  return extractedRivalPairs(text, '2026-11-30');
}

/** Rivalry pairs ("a <-> b", names sorted) of an article whose headline is given apart, as the press feeds give it. */
function titledRivals(title: string, body: string): string[] {
  return extractArticle({ file: 'test', title, text: `${title}\n\n${body}`, published: '2026-11-30' })
    .relations.filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' <-> '));
}

const MERGER_OPENING =
  'Harbor Bancorp and Lindell Financial said on Monday they would combine in an all-stock merger. Harbor shareholders will own 55% of the combined company, to be called Keystone Harbor, and Lindell chief executive Rosa Quint will run it.';

describe('the company a merger makes, named by its kind', () => {
  it('reads "the merged bank" as the company the merger named', () => {
    const pairs = competitors(
      `${MERGER_OPENING} The merged bank will compete with larger rivals Fifth Plains Bank and Ardent Bancshares in Ohio.`,
    );
    expect(pairs).toContain('Fifth Plains Bank <-> Keystone Harbor');
    expect(pairs).toContain('Ardent Bancshares <-> Keystone Harbor');
    expect(pairs).not.toContain('Fifth Plains Bank <-> Harbor Bancorp');
  });

  it('reads "the combined insurer" likewise', () => {
    const pairs = competitors(
      `${MERGER_OPENING} The combined insurer will compete with Meridia Assurance in Ohio.`,
    );
    expect(pairs).toContain('Keystone Harbor <-> Meridia Assurance');
  });

  it('does not read "the combined bank" as the buyer of a deal the article never told', () => {
    const pairs = competitors(
      'Analysts said the combined bank deposits of Ohio lenders fell. Fifth Plains Bank competes with Ardent Bancshares.',
    );
    expect(pairs).toEqual(['Ardent Bancshares <-> Fifth Plains Bank']);
  });
});

describe('a company pointed at by a place of several words said to be its base', () => {
  it('reads "The North Carolina-based company competes with A and B" as the company just named', () => {
    const pairs = competitors(
      'Freight software maker Quillon Logistics Inc said on Tuesday it had raised $40 million. The North Carolina-based company competes with Routewise Inc and Cargomint Inc.',
    );
    expect(pairs).toContain('Quillon Logistics Inc <-> Routewise Inc');
    expect(pairs).toContain('Cargomint Inc <-> Quillon Logistics Inc');
  });

  it('founds the company pointed at by "The San Diego-based firm, founded in 2014 by P"', () => {
    const founders = madePairs(
      'Payments group Velloway Inc said on Monday it had raised $25 million. The San Diego-based firm, founded in 2014 by Marta Kessling, sells card readers to clinics.',
      '2026-11-30',
      'FOUNDED',
    );
    expect(founders).toContain('Marta Kessling -> Velloway Inc');
  });

  it('does not read a place without "-based" the article never tied to a company', () => {
    const pairs = competitors(
      'Harlow Foods Plc agreed to buy pet food maker Tipsworth Ltd. The East Anglia company competes with Barkley Ltd.',
    );
    expect(pairs).not.toContain('Barkley Ltd <-> Harlow Foods Plc');
  });
});

describe('a rivalry opening the paragraph after one about another company', () => {
  it('reads "Le groupe affronte également …" as the company the paragraph before was about', () => {
    const pairs = titledRivals(
      "Raquettes : Ventolo lève 12 millions d'euros",
      `Le fabricant annécien de raquettes Ventolo a levé 12 millions d'euros. Le marché est dominé par l'italien Sentiero.

Sentiero, contrôlé par la famille Brusa, a réalisé 80 millions d'euros de chiffre d'affaires l'an dernier.

Le groupe affronte également l'allemand Schneeweg sur le marché des bâtons de marche.`,
    );
    expect(pairs).toContain('Schneeweg <-> Sentiero');
    expect(pairs).not.toContain('Schneeweg <-> Ventolo');
  });

  it('reads "The company competes with …" after a paragraph about another company', () => {
    const pairs = titledRivals(
      'Ridgeway Tools raises $30 million',
      `Ridgeway Tools said on Monday it had raised $30 million.

Brantley Hardware, owned by the Keane family, had sales of $200 million last year.

The company also competes with Dutch group Veldhuis in garden tools.`,
    );
    expect(pairs).toContain('Brantley Hardware <-> Veldhuis');
    expect(pairs).not.toContain('Ridgeway Tools <-> Veldhuis');
  });

  it('keeps the story’s company after a paragraph about its customer', () => {
    const pairs = titledRivals(
      'Ridgeway Tools raises $30 million',
      `Ridgeway Tools said on Monday it had raised $30 million. Its biggest customer is Homewell Stores.

Homewell Stores, owned by the Keane family, had sales of $200 million last year.

The company competes with Dutch group Veldhuis in garden tools.`,
    );
    expect(pairs).toContain('Ridgeway Tools <-> Veldhuis');
    expect(pairs).not.toContain('Homewell Stores <-> Veldhuis');
  });

  it('does not carry the paragraph to a pronoun or to a pointer later in the paragraph', () => {
    const pronoun = titledRivals(
      'Ridgeway Tools raises $30 million',
      `Ridgeway Tools said on Monday it had raised $30 million.

Brantley Hardware, owned by the Keane family, had sales of $200 million last year.

It competes with Dutch group Veldhuis in garden tools.`,
    );
    expect(pronoun).not.toContain('Brantley Hardware <-> Veldhuis');
    const later = titledRivals(
      'Ridgeway Tools raises $30 million',
      `Ridgeway Tools said on Monday it had raised $30 million.

Brantley Hardware, owned by the Keane family, had sales of $200 million last year.

Ridgeway Tools plans to open a plant in Ohio. The company competes with Dutch group Veldhuis in garden tools.`,
    );
    expect(later).not.toContain('Brantley Hardware <-> Veldhuis');
  });
});

describe('two names joined by "and" before a generic company word', () => {
  it('reads "behind Rothwell Freight and Danbury Enterprises" as two rivals', () => {
    const names = entitiesOf(
      'Carrow Haulage is the third-largest carrier, behind Rothwell Freight and Danbury Enterprises.',
    ).map((e) => e.name);
    expect(names).toContain('Rothwell Freight');
    expect(names).toContain('Danbury Enterprises');
    expect(names).not.toContain('Rothwell Freight and Danbury Enterprises');
  });

  it('keeps a partnership of two single names whole ("Hollis and Garvey Group")', () => {
    const names = entitiesOf('The deal was advised by Hollis and Garvey Group, the bank said.').map(
      (e) => e.name,
    );
    expect(names).toContain('Hollis and Garvey Group');
  });
});

describe('a news source the deal readers took for a bidder', () => {
  it('does not make the newspaper a rival of the target ("a report in N that it was exploring a bid for rival B")', () => {
    const pairs = competitors(
      'Nordvik Bank ASA said on Monday its profit rose 12%. Last month the bank denied a report in Bergens Tidende that it was exploring a bid for smaller rival Lofoten Sparebank.',
    );
    expect(pairs).not.toContain('Bergens Tidende <-> Lofoten Sparebank');
  });

  it('still pairs a buyer named as the subject after "according to"', () => {
    const pairs = competitors(
      'According to Bergens Tidende, Halvex Group agreed last week to buy its smaller rival Dornig Systems for $80 million.',
    );
    expect(pairs).toContain('Dornig Systems <-> Halvex Group');
    expect(pairs).not.toContain('Bergens Tidende <-> Dornig Systems');
  });
});

describe('a share that moved, compared with the shares of others', () => {
  const MAKERS = 'Norvane Heating Ltd and Brisco Boilers Ltd make heat pumps.';

  it('reads "X\'s share of installations rose to 31%, against 24% for B and 9% for C"', () => {
    const pairs = competitors(
      `${MAKERS} Norvane Heating Ltd's share of installations rose to 31% last year, against 24% for Brisco Boilers Ltd and 9% for Tellway Climate Ltd, the trade body said.`,
    );
    expect(pairs).toContain('Brisco Boilers Ltd <-> Norvane Heating Ltd');
    expect(pairs).toContain('Norvane Heating Ltd <-> Tellway Climate Ltd');
    expect(pairs).toContain('Brisco Boilers Ltd <-> Tellway Climate Ltd');
  });

  it('reads "la part de X a progressé à 31 %, contre 24 % pour B"', () => {
    const pairs = competitors(
      "Norvane SAS et Brisco SA fabriquent des pompes à chaleur. La part de Norvane SAS a progressé à 31 % l'an dernier, contre 24 % pour Brisco SA et 9 % pour Tellway SA, selon la fédération.",
    );
    expect(pairs).toContain('Brisco SA <-> Norvane SAS');
    expect(pairs).toContain('Norvane SAS <-> Tellway SA');
  });

  it('still refuses a move of sales or of the stock', () => {
    expect(
      competitors(
        `${MAKERS} Norvane Heating Ltd's sales rose to 31% of the total, against 24% for Brisco Boilers Ltd, the trade body said.`,
      ),
    ).toEqual([]);
    expect(
      competitors(
        `${MAKERS} Shares in Norvane Heating Ltd rose 4% on Monday, against 2% for Brisco Boilers Ltd.`,
      ),
    ).toEqual([]);
  });
});

describe('a leader’s title after a contrast opener', () => {
  it('gives the chairman named before "while Y’s chief executive, Q" no post at Y', () => {
    const leaders = madePairs(
      'The combined business will be chaired by Tamsin Hale, while Corvane’s chief executive, Bruno Leitz, will run it.',
      '2026-11-30',
      'LEADS',
    );
    expect(leaders).not.toContain('Tamsin Hale -> Corvane');
    expect(leaders).toContain('Bruno Leitz -> Corvane');
  });
});
