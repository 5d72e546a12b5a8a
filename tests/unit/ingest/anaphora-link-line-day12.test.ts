/**
 * Day twelve, anaphora: a web page's link to another story ("Lire aussi : …", "Read more: …") between paragraphs
 * is no part of the article: the companies it names are no antecedent, and it opens no paragraph. Sentences
 * written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import { isLinkLineText } from '../../../ingest/relations/anaphora-link-line';
import { paragraphStarts } from '../../../ingest/relations/paragraph-starts';
import { splitSentences } from '../../../ingest/sentences';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a link line is no part of the discourse', () => {
  it.each([
    [
      'Le transporteur Ferlog a racheté Transalpe Frigo.\n\nLire aussi : La SNCF cède sa filiale Fret SNCF à un consortium\n\nSon capital est détenu à 30 % par le fonds Siparex depuis 2022.',
      'Siparex -> Ferlog',
      'Siparex -> Fret SNCF',
    ],
    [
      "Le transporteur Ferlog a racheté Transalpe Frigo.\n\nÀ lire également : Geodis s'offre le polonais Pekaes\n\nLe groupe a obtenu un prêt de 25 millions d'euros de la Banque Populaire Grand Ouest.",
      'Banque Populaire Grand Ouest -> Ferlog',
      'Banque Populaire Grand Ouest -> Pekaes',
    ],
    [
      'Haulwise, a freight software firm, bought Dockbase.\n\nRead more: Carrow Partners buys Yardly\n\nThe company is backed by Lumen Growth, which led its Series C.',
      'Lumen Growth -> Haulwise',
      'Lumen Growth -> Yardly',
    ],
  ])('reads past the link in "%s"', (text, expected, wrong) => {
    const funded = pairs(relationsOf(text), 'FUNDED');
    expect(funded).toContain(expected);
    expect(funded).not.toContain(wrong);
  });

  it('points "Son capital" past the link at the article’s company', () => {
    const units = articleUnits(
      'Le transporteur Ferlog a racheté Transalpe Frigo.\n\nLire aussi : La SNCF cède sa filiale Fret SNCF à un consortium\n\nSon capital est détenu à 30 % par le fonds Siparex.',
    );
    expect(units[2]).toContain('[*Ferlog]');
  });

  it.each([
    ['Lire aussi : Geodis rachète Pekaes', true],
    ['À lire aussi : la logistique du froid', true],
    ['A lire : les résultats de Stef', true],
    ['Read more: Acme buys Beta', true],
    ['See also - Acme results', true],
    ['Related: the cold-chain market', true],
    ['Il faut lire aussi ce rapport : il est clair.', false],
    ['Read the full report: sales rose 4%.', false],
    ['Related companies include Acme.', false],
  ])('tells a link line in "%s"', (text, expected) => {
    expect(isLinkLineText(text)).toBe(expected);
  });

  it('opens no paragraph with a link line', () => {
    const text = 'Acme bought Beta.\n\nRead more: Gamma buys Delta\n\nAcme is based in Ohio.';
    expect(paragraphStarts(text, splitSentences(text))).toEqual([false, false, true]);
  });
});
