/**
 * Day twenty-seven, precision (second round): the body a sentence cites for its news is no party to it.
 * - a cited newspaper, study or institute ("Selon le quotidien Le Courrier, …", "Selon une étude du cabinet X, la
 *   société …", "according to market researcher X") is never what "son" / "la société" / "l'entreprise" / "its"
 *   stands for (cited-sources.ts, read by sentence-orgs.ts and discourse.ts);
 * - what a paper reported ("The Sunday Telegraph reported at the weekend that A had sounded out B …") is a rumour,
 *   not an announced deal (modality.ts);
 * - "market researcher X" is a firm, not a person (entities/person-cues.ts); "a Sunday Times report" keeps the
 *   weekday of the title (entities/known-span.ts); a name ending on a capital letter closes its sentence before a
 *   capitalised opener no surname is ("… de Système U. En septembre, …", sentences.ts).
 * Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { factLines } from './helpers';
import { dealStatus } from '../../../ingest/modality';
import { splitSentences } from '../../../ingest/sentences';

function read(text: string) {
  return extractArticle({ file: 'test', text, published: '2026-05-04' });
}

function facts(text: string): string[] {
  return factLines(read(text));
}

function entity(text: string, name: string): string | undefined {
  return read(text).entities.find((e) => e.name === name)?.type;
}

describe('a cited source is no antecedent', () => {
  it('leaves "son directeur général" to the company after "Selon le quotidien X"', () => {
    const text =
      "Selon le quotidien Le Courrier, la Fromagerie Alpine aurait étudié le dossier ; son directeur général, Paul Mercier, n'a pas souhaité commenter.";
    expect(facts(text)).toContain('LEADS Paul Mercier -> Fromagerie Alpine');
    expect(facts(text).some((f) => f.includes('Courrier'))).toBe(false);
  });

  it('leaves "l\'entreprise" of the next sentence to the company, not the study\'s institute', () => {
    const text =
      "La Brasserie du Mont Blanc a racheté la société Alpes Houblons. Selon une étude du cabinet Xerfilon publiée en mai, la société détient 8 % du marché régional. Dans les Alpes, l'entreprise reste numéro un, devant Brasserie Lemaire.";
    expect(facts(text)).toContain('COMPETES_WITH Brasserie Lemaire <-> Brasserie du Mont Blanc');
    expect(facts(text).some((f) => f.includes('Xerfilon'))).toBe(false);
  });

  it('leaves "its chief executive" to the company named before "according to market researcher X"', () => {
    const text =
      'Kestrel Foods grew its sales 8% last year, according to market researcher Tallydata, and its chief executive, Joan Pike, said margins held.';
    expect(facts(text)).toContain('LEADS Joan Pike -> Kestrel Foods');
    expect(facts(text).some((f) => f.includes('Tallydata'))).toBe(false);
  });

  it('does not take the subject of "une rumeur selon laquelle X …" for a source', () => {
    const text =
      'Des analystes évoquent une rumeur selon laquelle le groupe Varlin a racheté la société Trémont ; son président, Marc Olier, dément.';
    expect(facts(text)).toContain('LEADS Marc Olier -> Varlin');
  });
});

describe('a deal a paper reported is a rumour', () => {
  it.each([
    'The Sunday Telegraph reported at the weekend that Harwood Capital had sounded out Pellow Foods about combining it with Tamsin Meals.',
    'Sky News reported in June that Dravon Group had agreed to buy Pellow Foods.',
    'Harwood Capital had sounded out Pellow Foods about a merger, two people said.',
    'Selon la presse, Harwood Capital a sondé les actionnaires de Pellow Foods en vue d’un rachat.',
  ])('%s', (text) => {
    expect(dealStatus(text)).toBe('rumoured');
  });

  it('keeps a deal the company states itself', () => {
    expect(
      dealStatus('Harwood Capital said on Monday it had agreed to buy Pellow Foods for 40 million pounds.'),
    ).toBe('pending');
    expect(dealStatus('Harwood Capital reported a higher profit after it bought Pellow Foods.')).toBe(
      'completed',
    );
  });

  it('leaves no announced merger out of a reported sounding-out', () => {
    const text =
      'The Sunday Telegraph reported at the weekend that Harwood Capital had sounded out Pellow Foods about combining it with Tamsin Meals.';
    expect(read(text).relations.filter((r) => r.type === 'MERGED_WITH' && r.status !== 'rumoured')).toEqual(
      [],
    );
  });
});

describe('entity shapes around cited sources', () => {
  it('types no person after "market researcher"', () => {
    expect(
      entity('Craft gin held 9% of the market, according to market researcher Spiritlens.', 'Spiritlens'),
    ).not.toBe('Person');
    expect(entity('The findings were published by researcher Anna Ribeiro.', 'Anna Ribeiro')).toBe('Person');
  });

  it('keeps the weekday of a Sunday paper', () => {
    expect(entity('Pellow Foods denied a Sunday Times report that it was for sale.', 'Sunday Times')).toBe(
      'Organization',
    );
    expect(facts('Harlow Brands said on Sunday it had agreed to buy Orchard Lane Cider.')).toContain(
      'ACQUIRED Harlow Brands -> Orchard Lane Cider',
    );
  });
});

describe('a name ending on a capital letter before a sentence opener', () => {
  it.each([
    ['Elle fabrique les galettes de Système U. En septembre, elle a signé un accord.', 2],
    ['Its biggest customer is Groupe K. The company also sells abroad.', 2],
    ['Le fonds est dirigé par Anna P. Le Gall depuis 2020.', 1],
    ['The firm was founded by John F. Kennedy in 1960.', 1],
  ])('%s', (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});
