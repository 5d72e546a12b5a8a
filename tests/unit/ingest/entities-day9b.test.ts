import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Names of the ninth day's second round, from the entity stages alone (no relation rules). Every sentence is
 * written for this file; the invented names stand for classes of naming, not for any article.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('world regions made of a qualifier and a continent', () => {
  it('drops "Latin America" and "Sub-Saharan Africa" listed beside markets', () => {
    const t = types(
      'Brantmoor Shipping, which runs feeder lines between Europe and Latin America, bought Kovel Lines. ' +
        'Brantmoor Shipping also serves Sub-Saharan Africa and the Middle East.',
    );
    expect(t.get('Brantmoor Shipping')).toBe('Organization');
    expect(t.has('Latin America')).toBe(false);
    expect(t.has('Sub-Saharan Africa')).toBe(false);
    expect(t.has('Middle East')).toBe(false);
  });

  it('keeps a firm named after a region when its name runs on', () => {
    const t = types(
      'The round was led by Latin America Growth Partners, which invested $12 million in Quilo.',
    );
    expect(t.get('Latin America Growth Partners')).toBe('Organization');
  });
});

describe('a product set before a maker noun and its maker', () => {
  it('drops the product of "<product> maker <company>" and keeps the maker', () => {
    const t = types(
      'Tilefox competes with Gem Cascade maker Orrin and with Bubblepop developer Fennick Games.',
    );
    expect(t.has('Gem Cascade')).toBe(false);
    expect(t.has('Bubblepop')).toBe(false);
    expect(t.get('Orrin')).toBe('Organization');
    expect(t.get('Fennick Games')).toBe('Organization');
  });

  it('keeps a company followed by a maker noun with no name after it', () => {
    const t = types('Shares of Carvalis Motors rose after the maker said Carvalis Motors would buy Dorvane.');
    expect(t.get('Carvalis Motors')).toBe('Organization');
  });
});

describe('an investor noun before a name with no known given name', () => {
  it('types a fund after "pension investor" or "growth investor" a company', () => {
    const t = types(
      'Velloria was set up in 2016 with money from Danish pension investor Kystfond Pension, which owns 12% of it.',
    );
    expect(t.get('Kystfond Pension')).toBe('Organization');
  });

  it('keeps a person after a nationality, a person qualifier, or with a known given name', () => {
    const t = types(
      'Torvik Partners, co-founded by Swedish investor Aksel Torvikson, sold Brimlo. ' +
        'The round drew the angel investor Quillan Marsh and the growth investor Thomas Berrand.',
    );
    expect(t.get('Aksel Torvikson')).toBe('Person');
    expect(t.get('Quillan Marsh')).toBe('Person');
    expect(t.get('Thomas Berrand')).toBe('Person');
  });
});

describe('a one-word short form of a company whose full name ends in a legal form', () => {
  it('types "Sakura" a company when the article names "Sakura Corp" and no person by it', () => {
    const t = types(
      'Kestrow has been owned by trading house Sakura Corp since 2019. Sakura also invested $10 million in ' +
        'Boltway. Shares in Sakura rose 1% in Osaka.',
    );
    expect(t.get('Sakura Corp')).toBe('Organization');
    expect([...t.values()]).not.toContain('Person');
  });

  it('leaves the lone word to a person the article names in full by it', () => {
    const t = types(
      'Sakura Corp was founded by Emi Sakura in 1990. Sakura said the group would buy Boltway.',
    );
    expect(t.get('Emi Sakura')).toBe('Person');
    expect(t.get('Sakura Corp')).toBe('Organization');
    expect(t.has('Sakura')).toBe(false);
  });
});

describe('people whose given name the lexicon lacks, from frames only people fill', () => {
  it('types a name appointed "au poste de" a person', () => {
    const t = types(
      'Le verrier nantais Orvalis a annoncé la nomination de Gwenaëlle Tréguier au poste de directrice générale.',
    );
    expect(t.get('Gwenaëlle Tréguier')).toBe('Person');
  });

  it('types a name followed by a comma and an occupation, feminine forms included, a person', () => {
    const t = types(
      'La société Kiplo compte 40 salariés. Le projet a convaincu Soraya Benkirane, avocate de formation, qui a rejoint ' +
        'Kiplo en 2021.',
    );
    expect(t.get('Soraya Benkirane')).toBe('Person');
  });

  it('keeps a company before "son" (possessive) or a noun that companies fill too', () => {
    const t = types(
      'Le transporteur Vartel absorbe Alpes Fret Services, son principal concurrent. ' +
        'Selon Vartel, Brume Lune, auteur du jeu Kalo, a été racheté.',
    );
    expect(t.get('Alpes Fret Services')).toBe('Organization');
    expect(t.get('Brume Lune')).not.toBe('Person');
  });
});
