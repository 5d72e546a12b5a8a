/**
 * Day seven, round three: who a possessive opening a sentence belongs to. "Son président, P" after a sentence about
 * another company than the article's is that company's; after a backer put money into a company, the backed one's;
 * "Its founder, P" right after a deal is the company just bought. Sentences written for these tests.
 */
import { possessiveOwnerAfter } from '../../../ingest/relations/anaphora-possessive-owner';
import type { Unit } from '../../../ingest/relations/pattern';
import type { ExtractedRelation } from '../../../ingest/types';
import { relationsOf } from './article-units';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a possessive title opening a sentence', () => {
  it('belongs to the company the sentence before was about, not the article’s main one', () => {
    const rels = relationsOf(
      'Le groupe Vendramel a annoncé lundi le rachat de Pilotec. Vendramel réalise 300 millions d’euros de ventes et ' +
        'Vendramel emploie 900 salariés. Comparex, filiale du conglomérat suisse Haldor depuis 2015, ne commente pas ' +
        'cette opération. Son président, Yannick Durouchoux, avait promis de riposter.',
    );
    expect(pairs(rels, 'LEADS')).toContain('Yannick Durouchoux -> Comparex');
    expect(pairs(rels, 'LEADS')).not.toContain('Yannick Durouchoux -> Vendramel');
  });

  it('stays with the backed company when the sentence before was about its backer', () => {
    const rels = relationsOf(
      'The fund Orlend Partners has led a $40 million investment in Tavrio, a Denver maker of irrigation sensors. ' +
        'Its chief executive, Nadia Ferreira, said the money would pay for a second plant.',
    );
    expect(pairs(rels, 'LEADS')).not.toContain('Nadia Ferreira -> Orlend Partners');
  });
});

describe('possessiveOwnerAfter', () => {
  const tok = (text: string): Unit =>
    ({
      kind: 'tok',
      token: { text, lower: text.toLowerCase(), start: 0, end: 0, kind: /\w/.test(text) ? 'word' : 'punct' },
    }) as unknown as Unit;
  const org = (ent: number): Unit =>
    ({ kind: 'ent', ents: [ent], orgs: true, persons: false, anaphor: false }) as unknown as Unit;

  it('keeps a subject whose apposition or rival names another company', () => {
    expect(
      possessiveOwnerAfter([org(1), tok(','), tok('filiale'), tok('de'), org(2), tok(','), tok('recule')], 1),
    ).toBe(1);
    expect(possessiveOwnerAfter([org(1), tok('affronte'), org(2)], 1)).toBe(1);
  });

  it('drops a subject that put money into another company', () => {
    expect(
      possessiveOwnerAfter(
        [org(1), tok('est'), tok('entré'), tok('au'), tok('capital'), tok('de'), org(2)],
        1,
      ),
    ).toBeNull();
    expect(
      possessiveOwnerAfter([org(1), tok('led'), tok('an'), tok('investment'), tok('in'), org(2)], 1),
    ).toBeNull();
    expect(possessiveOwnerAfter([org(1)], null)).toBeNull();
  });
});

describe('a possessive founder right after a deal', () => {
  it('is the company just bought', () => {
    const rels = relationsOf(
      'Maravel makes kitchen robots. Maravel sells them in Europe. Last year Maravel bought Quilliant, a small ' +
        'Lisbon software house. Its founder, Tiago Marques, now runs Maravel’s software arm.',
    );
    expect(pairs(rels, 'FOUNDED')).toContain('Tiago Marques -> Quilliant');
    expect(pairs(rels, 'FOUNDED')).not.toContain('Tiago Marques -> Maravel');
  });

  it('is not the company bought when another sentence came between', () => {
    const rels = relationsOf(
      'Maravel makes kitchen robots. Maravel sells them in Europe. Last year Maravel bought Quilliant, a small ' +
        'Lisbon software house. Maravel still builds every robot in Porto. Its founder, Tiago Marques, started it in 2012.',
    );
    expect(pairs(rels, 'FOUNDED')).not.toContain('Tiago Marques -> Quilliant');
  });
});
