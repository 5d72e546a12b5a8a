/**
 * Day eleven, round two, anaphora: an owner possessive before a buying noun, a pronoun opening a coordinated clause,
 * a possessive rival noun standing alone as subject. Variants of each class and near-misses. Sentences written for
 * these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('an owner possessive before a buying noun is the buyer', () => {
  it.each([
    [
      'Alpenhof Group is buying Nordvest. Its 2023 purchase of Tyrolean chain Gasthof Brenner added nine hotels.',
      'Alpenhof Group -> Gasthof Brenner',
    ],
    [
      'Haulwise raised $40 million. Its recent takeover of Dockbase doubled its sales.',
      'Haulwise -> Dockbase',
    ],
    [
      "Lactalpes lève 10 millions d'euros. Son rachat de la fromagerie Perrin-Mollard en 2021 a doublé sa taille.",
      'Lactalpes -> Perrin-Mollard',
    ],
    [
      "Lactalpes lève 10 millions d'euros. Son acquisition de Comté Delorme en 2022 lui a ouvert le Jura.",
      'Lactalpes -> Comté Delorme',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).toContain(expected);
  });

  it('leaves "its" to the named subject before it ("X, a maker of Z games, has completed its acquisition of Y")', () => {
    const acquired = pairs(
      relationsOf(
        'Lumenforge, the Montreal-based maker of the Starwright strategy games, has completed its acquisition of Pixelmoor.',
      ),
      'ACQUIRED',
    );
    expect(acquired).not.toContain('Starwright -> Pixelmoor');
  });

  it.each([
    ['Haulwise raised $40 million. Its planned takeover by Carrow Partners was dropped.', 'Haulwise'],
    ["Lactalpes lève 10 millions d'euros. Son rachat par le groupe Lactalis a été annoncé.", 'Lactalpes'],
    ["Lactalpes lève 10 millions d'euros. Son rachat de 60 % par Lactalis a été annoncé.", 'Lactalpes'],
  ])('does not make the possessor a buyer in "%s"', (text, possessor) => {
    expect(pairs(relationsOf(text), 'ACQUIRED').filter((p) => p.startsWith(`${possessor} ->`))).toEqual([]);
  });
});

describe('a pronoun opening a coordinated clause is the subject of the first clause', () => {
  it.each([
    [
      'Alpenhof Group is buying Nordvest. Its 2023 purchase of Gasthof Brenner added nine hotels, and it merged with Austrian operator Tauernhotels in 2017.',
      'Alpenhof Group -> Tauernhotels',
    ],
    [
      'Haulwise raised $40 million. Haulwise bought Dockbase in 2020, and it merged with Yardly in 2022.',
      'Haulwise -> Yardly',
    ],
    [
      'Haulwise raised $40 million. Last year Haulwise bought Dockbase, and it then merged with Yardly.',
      'Haulwise -> Yardly',
    ],
  ])('reads "%s"', (text, expected) => {
    const merged = pairs(relationsOf(text), 'MERGED_WITH');
    const [a, b] = expected.split(' -> ');
    expect(merged.some((p) => p === `${a} -> ${b}` || p === `${b} -> ${a}`)).toBe(true);
  });

  it('leaves the object of the first clause out of the merger', () => {
    const merged = pairs(
      relationsOf(
        'Alpenhof Group is buying Nordvest. Its 2023 purchase of Gasthof Brenner added nine hotels, and it merged with Tauernhotels in 2017.',
      ),
      'MERGED_WITH',
    );
    expect(merged.filter((p) => p.includes('Gasthof Brenner'))).toEqual([]);
  });
});

describe('a possessive rival noun standing alone as subject is the rival named before', () => {
  it.each([
    [
      'Haulwise is buying Dockbase. The deal puts it in direct competition with market leader Yardly. Its rival was itself acquired last year by Carrow Partners.',
      'Carrow Partners -> Yardly',
    ],
    [
      'Haulwise is buying Dockbase. Haulwise competes with Yardly in Europe. Its main competitor has since bought Portkraft.',
      'Yardly -> Portkraft',
    ],
    [
      "Lactalpes rachète Perrin-Mollard. Lactalpes affronte le leader Fromalp. Son concurrent a lui-même été racheté par Lactalis l'an dernier.",
      'Lactalis -> Fromalp',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).toContain(expected);
  });

  it.each([
    [
      'Haulwise is buying Dockbase. The deal puts it in direct competition with Yardly. Its rival was itself acquired last year by Carrow Partners.',
      'Carrow Partners -> Haulwise',
    ],
    [
      'Haulwise is buying Dockbase. Its rival was acquired last year by Carrow Partners.',
      'Carrow Partners -> Haulwise',
    ],
  ])('does not make the possessor the target in "%s"', (text, wrong) => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).not.toContain(wrong);
  });

  it.each([
    'Haulwise is buying Dockbase. Its main rival, Yardly, raised $5 million from Kappa.',
    'Haulwise is buying Dockbase. Its main rivals are Yardly and Portkraft.',
  ])('still reads the rival an apposition or a copula names in "%s"', (text) => {
    const rivals = pairs(relationsOf(text), 'COMPETES_WITH');
    expect(rivals.some((p) => p.endsWith('-> Yardly'))).toBe(true);
  });
});

describe('after a takeover, a leader kept on with a title "of the business" leads the company bought', () => {
  it.each([
    [
      'Platewise has acquired Brightmeal, a meal-kit startup, for $30 million. Kwame Mensah will stay on as managing director of the business.',
      'Kwame Mensah -> Brightmeal',
    ],
    [
      'Harbourside Capital has bought Fenwick Tiles for £40 million. Sarah Lindqvist will remain head of the business.',
      'Sarah Lindqvist -> Fenwick Tiles',
    ],
    [
      'Halvorsen Industries has acquired Altura Dynamics for £90 million. Ewan McLeish, who started the firm in 2012, will remain chief executive of the business.',
      'Ewan McLeish -> Altura Dynamics',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'LEADS')).toContain(expected);
  });

  it("leaves the buyer's own boss with the buyer when no one stays", () => {
    const leads = pairs(
      relationsOf(
        'Platewise has acquired Brightmeal for $30 million. Anna Kim, chief executive of the company, said the deal doubles its reach.',
      ),
      'LEADS',
    );
    expect(leads).not.toContain('Anna Kim -> Brightmeal');
  });
});
