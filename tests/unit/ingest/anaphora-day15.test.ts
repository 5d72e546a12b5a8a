/**
 * Day fifteen, singular pointers: a named company passing into a pointer owner's domain ("Y est tombé dans son
 * escarcelle", "Y, now part of the group"); a company named inside a quote is no antecedent for a pointer after it
 * ('"…Y…," said P, the group's chief executive'); "As for X," / "Quant à X," open a topic like "Pour X,"; an
 * investment firm told of by a pronoun in the sentence before still owns "Its portfolio". Variants of each class
 * and near-misses. Sentences written for these tests.
 */
import { collectCandidates } from '../../../ingest/entities/collect';
import { extractArticle } from '../../../ingest/extract';
import { familyWordOrgIn } from '../../../ingest/relations/anaphora-family';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { entityName } from '../../../ingest/resolve/to-entities';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';

/** "source -> target" pairs of the type, for an article with its headline. */
function pairs(type: string, title: string, body: string): string[] {
  const article = extractArticle({
    file: 'test',
    title,
    text: `${title}\n\n${body}`,
    published: '2026-03-12',
  });
  return article.relations.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a named company passing into the domain of a pointer owner', () => {
  it.each([
    [
      "Transports Kervella a racheté Logisud en 2021. Plus récemment, l'entrepositaire alsacien Rhénalog est tombé dans son escarcelle en octobre.",
      'Transports Kervella -> Rhénalog',
    ],
    [
      "Transports Kervella a racheté Logisud en 2021. L'entrepositaire Rhénalog est passé sous son contrôle en octobre.",
      'Transports Kervella -> Rhénalog',
    ],
    [
      'Le groupe Bricomax a racheté Logisud en 2021. Il intègre aussi le grossiste Outilpro, entré dans son giron le 1er avril.',
      'Bricomax -> Outilpro',
    ],
    [
      'Corvane Health bought Ridgeway Imaging last year. Sunbelt Scan came under its control in January.',
      'Corvane Health -> Sunbelt Scan',
    ],
    [
      'Corvane Health bought Ridgeway Imaging last year. Sunbelt Scan, now part of the group, runs 12 centres.',
      'Corvane Health -> Sunbelt Scan',
    ],
  ])('reads the owner of "%s"', (body, expected) => {
    const title = `${expected.split(' -> ')[0]} grows by acquisitions`;
    expect(pairs('ACQUIRED', title, body)).toContain(expected);
  });

  it.each([
    "Transports Kervella a racheté Logisud en 2021. L'entrepositaire Rhénalog reste sous son contrôle.",
    "Transports Kervella a racheté Logisud en 2021. L'entrepositaire Rhénalog n'est pas tombé dans son escarcelle.",
    'Corvane Health bought Ridgeway Imaging last year. Sunbelt Scan is not part of the group.',
  ])('reads no change of hands in "%s"', (body) => {
    // the headline names the would-be owner, as a story about it would
    expect(
      pairs('ACQUIRED', 'Corvane Health and Transports Kervella grow', body).filter(
        (p) => p.includes('Rhénalog') || p.includes('Sunbelt'),
      ),
    ).toEqual([]);
  });
});

describe('a company named inside a quote is no antecedent for a pointer after the quote', () => {
  it.each([
    [
      'Kestrel Logistics Inc said on Tuesday it agreed to buy Vandersluis Cargo. "Vandersluis gives us the network we were missing," said Dana Whitfield, the group\'s chief executive.',
      'Dana Whitfield -> Kestrel Logistics Inc',
    ],
    [
      'Kestrel Logistics Inc said on Tuesday it agreed to buy Vandersluis Cargo. "Vandersluis gives us the network we were missing," said Dana Whitfield, the company\'s chief executive.',
      'Dana Whitfield -> Kestrel Logistics Inc',
    ],
    [
      "Transports Bellocq a annoncé le rachat de Frigomar. « Frigomar nous apporte la chaîne du froid », explique Sophie Bellocq, directrice générale de l'entreprise.",
      'Sophie Bellocq -> Transports Bellocq',
    ],
  ])('gives the leader of the story\'s company in "%s"', (body, expected) => {
    const leads = pairs('LEADS', 'Deal', body);
    expect(leads).toContain(expected);
    expect(leads.filter((p) => p.includes('Vandersluis') || p.includes('Frigomar'))).toEqual([]);
  });

  it('keeps a company the reporting clause names itself', () => {
    const body =
      'Kestrel Logistics Inc said on Tuesday it agreed to buy Vandersluis Cargo. "We are proud of the deal," said Femke de Groot, chief executive of Vandersluis Cargo.';
    expect(pairs('LEADS', 'Deal', body)).toContain('Femke de Groot -> Vandersluis Cargo');
  });
});

describe('"As for X," and "Quant à X," open a topic', () => {
  it.each([
    [
      'Skarveil raised €42 million in a round led by Ardent Ventures. As for Ardent, the London-based firm acquired Foobar Corp in January.',
      'Ardent Ventures -> Foobar Corp',
    ],
    [
      "Solvolt lève 18 millions d'euros auprès d'Eiffel Investment Group. Quant à Eiffel, la société a racheté Foobar en janvier.",
      'Eiffel Investment Group -> Foobar',
    ],
    [
      "Solvolt lève 18 millions d'euros auprès d'Eiffel Investment Group. Chez Eiffel, le groupe a racheté Foobar en janvier.",
      'Eiffel Investment Group -> Foobar',
    ],
  ])('gives the pointer to the topic in "%s"', (body, expected) => {
    const deals = pairs('ACQUIRED', 'Funding', body);
    expect(deals).toContain(expected);
    expect(deals.filter((p) => p.startsWith('Skarveil') || p.startsWith('Solvolt'))).toEqual([]);
  });

  it('leaves "As of" and "As part of" alone', () => {
    const body =
      'Skarveil raised €42 million in a round led by Ardent Ventures. As part of the round, the company acquired Foobar Corp.';
    expect(pairs('ACQUIRED', 'Funding', body)).not.toContain('Ardent Ventures -> Foobar Corp');
  });
});

describe('"Its portfolio" after a sentence told of the firm by a pronoun', () => {
  it.each([
    "Skarveil raised €42 million in a round led by Ardent Ventures. Ardent has been one of Europe's most active defence investors this year. It closed a €300 million second fund in January. Its portfolio includes Quarion and Orbix Space.",
    "Skarveil raised €42 million in a round led by Ardent Ventures. As for Ardent, the London-based firm has been one of Europe's most active defence investors this year. It closed a €300 million second fund in January. Its portfolio includes Quarion and Orbix Space.",
  ])('reads the firm\'s portfolio in "%s"', (body) => {
    const funded = pairs('FUNDED', 'Funding', body);
    expect(funded).toEqual(
      expect.arrayContaining(['Ardent Ventures -> Quarion', 'Ardent Ventures -> Orbix Space']),
    );
  });

  it('leaves the portfolio to the usual reading after a sentence naming another company', () => {
    const body =
      'Skarveil raised €42 million in a round led by Ardent Ventures. Ardent has been an active investor. Skarveil opened an office in Gdansk. Its portfolio includes Quarion and Orbix Space.';
    expect(pairs('FUNDED', 'Funding', body)).not.toContain('Ardent Ventures -> Quarion');
  });
});

describe("a person relative clause selling the sentence's company by an object pronoun", () => {
  it.each([
    [
      'Northgate News Group publishes 90 titles',
      'Northgate News Group was founded in 1988 by newspaper executive Colin Drummond, who sold it to investment firm Arden Hill Capital in 2015.',
      'Arden Hill Capital -> Northgate News Group',
    ],
    [
      'Kartonki Oy makes boxes for retailers',
      'Kartonki Oy makes boxes. It was founded in 1958 by Eero Virtanen, whose family sold it to Aurora Capital Partners in 2019.',
      'Aurora Capital Partners -> Kartonki Oy',
    ],
    [
      'Northgate News Group publishes 90 titles',
      'Northgate News Group was founded by Colin Drummond, who later sold it to Arden Hill Capital.',
      'Arden Hill Capital -> Northgate News Group',
    ],
    [
      'Salaisons Merlevent recrute',
      "Fondée en 1952 par Henri Merlevent, qui l'a cédée en 2019 au fonds Hexagone Agro Capital, la société Salaisons Merlevent emploie 300 personnes.",
      'Hexagone Agro Capital -> Salaisons Merlevent',
    ],
  ])('reads the buyer in "%s"', (title, body, expected) => {
    expect(pairs('ACQUIRED', title, body)).toContain(expected);
  });

  it.each([
    'Northgate News Group was founded in 1988 by Colin Drummond, who sold it to retailers across Europe.',
    'Northgate News Group was founded in 1988 by Colin Drummond, who never sold it to Arden Hill Capital.',
    'Northgate News Group was founded in 1988 by Colin Drummond, who bought it from Arden Hill Capital.',
  ])('reads no sale in "%s"', (body) => {
    expect(pairs('ACQUIRED', 'Northgate News Group publishes 90 titles', body)).not.toContain(
      'Arden Hill Capital -> Northgate News Group',
    );
  });
});

describe('a family told by its surname points the pointer at the firm bearing it', () => {
  const lead =
    'Manchester-based Calloway Media and Northgate News Group said on Tuesday they had agreed to merge. Newsquest had looked at buying Northgate in 2024 but walked away.';
  it.each([
    'Founded by the Calloway family in 1921, the company is now controlled by US investor Bramwell Partners, which took a 55% stake in 2017.',
    'Long run by the Calloway family, the company is now controlled by US investor Bramwell Partners, which took a 55% stake in 2017.',
  ])('reads "%s"', (sentence) => {
    const deals = pairs(
      'ACQUIRED',
      'Calloway Media and Northgate News Group to merge',
      `${lead} ${sentence}`,
    );
    expect(deals).toContain('Bramwell Partners -> Calloway Media');
    expect(deals).not.toContain('Bramwell Partners -> Northgate News Group');
  });

  it.each([
    ['Calloway Media grew. Founded by the Calloway family in 1921, the company is listed.', 'Calloway Media'],
    ['Calloway Media grew. Founded by a local family in 1921, the company is listed.', null],
    ["Calloway Media grew. O'Donnell Family Office, the company's backer, is listed.", null],
    ['Calloway Media and Calloway Print grew. Founded by the Calloway family, the company is listed.', null],
    [
      'Salaisons Merlevent recrute. Détenue par la famille Merlevent, la société emploie 300 personnes.',
      'Salaisons Merlevent',
    ],
  ])('finds the family firm of "%s"', (text, expected) => {
    const sentences = splitSentences(text);
    const tokens = sentences.map((x) => tokenize(x.text, x.start));
    const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
    const last = tokens.length - 1;
    const found = familyWordOrgIn(tokens[last], index.bySentence[last], index);
    expect(found === null ? null : entityName(index.entities[found].surfaces)).toBe(expected);
  });
});
