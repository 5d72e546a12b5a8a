/**
 * Day twenty-nine, pointers (second round): a French elided article opening a name is folded away from its key, as
 * "La" and "Le" already were ("L'Atelier Morin" is the "Atelier Morin" a sentence's start names; "L Brands" keeps
 * its letter); "X, whose chairman is former Y executive P, agreed …" / "X, dont le directeur général est l'ancien
 * banquier P, a …" gives P the lead of X (frames/leads-whose-head.ts `any.leads.whose-title-is`), and the relative
 * on X is an aside a loose gap steps over, so X stays the subject of the verb after it (syntax-words.ts
 * APPOSITION_OPENERS); "founded by two former Y analysts and is headed by P": Y only says where the founders worked
 * (STAFF_AFTER). Near misses: a title told of a shareholder, a finance chief, an employer's own title. Sentences
 * written for these tests.
 */
import { aliasKey, entityKey, foldName } from '../../../ingest/resolve/normalize';
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith(`${type} `));
}

describe('a French elided article opening a name is no part of its key', () => {
  it('"L\'" with a straight or a curly apostrophe folds away', () => {
    expect(foldName("L'Atelier Morin")).toBe(foldName('Atelier Morin'));
    expect(foldName('L’Atelier Morin')).toBe('atelier morin');
    expect(entityKey("L'Atelier Morin", 'Organization')).toBe(entityKey('Atelier Morin', 'Organization'));
    expect(aliasKey("L'Oréal")).toBe('oreal');
  });

  it('near miss: a lone letter with no apostrophe is a word of the name', () => {
    expect(foldName('L Brands')).toBe('l brands');
    expect(foldName("L'")).toBe('l');
  });
});

describe('the head of a company told in a relative before its verb', () => {
  it('English: a former post and its employer between the copula and the name', () => {
    const text =
      'Haldor Freight, whose chairman is former Cargolux executive Mats Engel, agreed on Monday to merge with Baltic Carriers.';
    expect(facts(text, 'LEADS')).toContain('LEADS Mats Engel -> Haldor Freight');
    expect(facts(text, 'LEADS')).not.toContain('LEADS Mats Engel -> Cargolux');
    expect(facts(text, 'MERGED_WITH')).toHaveLength(1);
  });

  it('French: "dont le directeur général est l\'ancien banquier P"', () => {
    const text =
      "Le groupe Vernasque, dont le directeur général est l'ancien banquier Paul Morvan, a racheté la société Brindel.";
    expect(facts(text, 'LEADS')).toEqual(['LEADS Paul Morvan -> Vernasque']);
  });

  it('English: the company stays the subject of the verb after the relative', () => {
    const text =
      'Quillon Tools, whose chief executive is Nora Beck, said on Tuesday it had bought drill maker Torvane.';
    expect(facts(text, 'ACQUIRED')).toEqual(['ACQUIRED Quillon Tools -> Torvane']);
    expect(facts(text, 'LEADS')).toEqual(['LEADS Nora Beck -> Quillon Tools']);
  });

  it("near miss: a shareholder whose own title is another company's", () => {
    const text =
      'Haldor Freight, whose largest shareholder is Cargolux chairman Mats Engel, agreed to merge with Baltic Carriers.';
    expect(facts(text, 'LEADS')).not.toContain('LEADS Mats Engel -> Haldor Freight');
  });

  it('near miss: a finance chief heads nothing', () => {
    const text =
      'Haldor Freight, whose chief financial officer is Mats Engel, agreed to merge with Baltic Carriers.';
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});

describe('a name before staff nouns says where the people worked', () => {
  it('English: "founded by two former Y analysts and is headed by P" leads the company founded', () => {
    const text =
      'Corvina Credit was founded by two former Delta Bank analysts and is headed by Yannis Petrou.';
    expect(facts(text, 'LEADS')).toEqual(['LEADS Yannis Petrou -> Corvina Credit']);
  });

  it('near miss: a bank that is itself headed by P keeps its head', () => {
    const text = 'Delta Bank, which employs 900 analysts, is headed by Yannis Petrou.';
    expect(facts(text, 'LEADS')).toEqual(['LEADS Yannis Petrou -> Delta Bank']);
  });
});
