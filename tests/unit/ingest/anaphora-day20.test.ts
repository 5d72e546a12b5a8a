/**
 * Day twenty, pointers read by the structure of their own clause: a French trade noun with a bare complement in
 * subject place ("L'opérateur de bornes de recharge a été racheté par X") classifies the company the article is
 * about, never the company the clause names after it; a dative "lui" after the company that gives money ("Bpifrance
 * lui a apporté 4 M€") stands for the sentence's subject or the company the sentence before was about, not for the
 * article's topic. Both constructions are French: English says "the maker of pumps" of an unnamed business and has
 * no dative clitic, so the English variants here are near-misses that must stay unread. Sentences written for these
 * tests.
 */
import { pairsWithTitle } from './helpers';
import { tokenize } from '../../../ingest/tokens';
import { bareTradeComplementLength } from '../../../ingest/relations/anaphora-trade-complement';

describe('a French trade noun with a bare complement opening the sentence points back', () => {
  // the headline names no deal: only the pointer sentence can tell who bought whom
  const title = 'Mobilité électrique : Elvora accélère';
  const lead =
    "Le groupe Elvora s'étend dans la mobilité électrique.\n\nAna Ferreira a fondé Mobilink en 2018 à Nantes.";

  it.each([
    "L'opérateur de bornes de recharge a été racheté mardi par le groupe Elvora pour 40 millions d'euros.",
    "L'opérateur de bornes a été racheté mardi par le groupe Elvora pour 40 millions d'euros.",
  ])('reads the bought company in "%s", not the buyer the clause names', (sentence) => {
    const pairs = pairsWithTitle(title, `${lead}\n\n${sentence}`, 'ACQUIRED');
    expect(pairs).toContain('Elvora -> Mobilink');
    expect(pairs).not.toContain('Elvora -> Elvora');
  });

  it('reads a bare complement after the noun as part of the pointer', () => {
    const text = "L'opérateur de bornes de recharge a été racheté";
    expect(bareTradeComplementLength(tokenize(text), [], 2)).toBe(4);
  });

  it.each([
    ["L'opérateur de la marque a été racheté", 2],
    ['Le distributeur des produits a été racheté', 2],
    ["L'opérateur de Recharge a été racheté", 2],
  ])('leaves "%s" alone: a determiner, "des" or a capital after the link point at a thing', (text, at) => {
    expect(bareTradeComplementLength(tokenize(text), [], at)).toBe(0);
  });

  it('leaves an English complement alone ("The maker of pumps" may be an unnamed business)', () => {
    const body =
      'Brexley Corp said it would sell its pumps business.\n\nThe maker of industrial pumps was acquired by Keller in 2019.';
    expect(pairsWithTitle('Brexley to sell pumps arm', body, 'ACQUIRED')).not.toContain(
      'Keller -> Brexley Corp',
    );
  });
});

describe('a French dative "lui" after the giver stands for the company the money goes to', () => {
  const title = 'Axiane met la main sur Vigilix';
  const lead =
    "Le groupe Axiane a annoncé lundi le rachat de Vigilix. Axiane, qui emploie 9 000 personnes, vise l'industrie.";

  it('takes the previous sentence\'s subject, not the article\'s buyer ("Bpifrance lui a apporté")', () => {
    const body = `${lead}\n\nVigilix a levé 15 millions d'euros en 2023 auprès de Quadrant Ventures. Bpifrance lui a ensuite apporté 4 millions d'euros d'avances remboursables.`;
    const pairs = pairsWithTitle(title, body, 'FUNDED');
    expect(pairs).toContain('Bpifrance -> Vigilix');
    expect(pairs).not.toContain('Bpifrance -> Axiane');
  });

  it('takes the sentence\'s own subject when the giver stands in a later clause ("…, tandis que B lui accorde")', () => {
    const body = `${lead}\n\nVigilix compte 120 salariés à Lille, tandis que la Banque Populaire lui a accordé un prêt de 3 millions d'euros.`;
    const pairs = pairsWithTitle(title, body, 'FUNDED');
    expect(pairs).toContain('Banque Populaire -> Vigilix');
    expect(pairs).not.toContain('Banque Populaire -> Axiane');
  });

  it('leaves "lui confie" alone: entrusting work gives no money', () => {
    const body = `${lead}\n\nVigilix compte 120 salariés. Terres d'Armor lui confie depuis dix ans la sécurité de ses usines.`;
    expect(pairsWithTitle(title, body, 'FUNDED')).toEqual([]);
  });

  it('leaves the English "gave it" to the English readers (no dative clitic there)', () => {
    const body =
      'Axiane announced on Monday the purchase of Vigilix. Axiane employs 9,000 people.\n\nVigilix raised 15 million euros in 2023 from Quadrant Ventures.';
    expect(pairsWithTitle('Axiane buys Vigilix', body, 'FUNDED')).toEqual(['Quadrant Ventures -> Vigilix']);
  });
});
