/**
 * Day eight's second round of anaphora classes: a generic noun said with its trade before a name ("aerospace group
 * X") points at that company when the article repeats it ("the aerospace group"), though the bare noun fits every
 * company; "Son fondateur" right after a sentence about one company alone is that company's founder. Sentences
 * written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import { compoundDescriptorKey } from '../../../ingest/relations/anaphora-compound-descriptor';
import { tokenize } from '../../../ingest/tokens';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a generic noun with its trade', () => {
  const lead =
    'Quorvane, a Leeds-based maker of warehouse robots, has raised $30 million led by Fenwick Capital. ' +
    'Its board includes Marta Ilves, the former chief financial officer of shipping group Balterra. ';

  it('makes "the shipping group" the company that descriptor introduced, not the topic', () => {
    const text = lead + 'Ilves left in 2022; the shipping group is now run by Tobias Wren.';
    expect(articleUnits(text).at(-1)).toContain('[*Balterra]');
    expect(pairs(relationsOf(text), 'LEADS')).toContain('Tobias Wren -> Balterra');
    expect(pairs(relationsOf(text), 'LEADS')).not.toContain('Tobias Wren -> Quorvane');
  });

  it('remembers the descriptor from an apposition as well', () => {
    const text =
      'Quorvane has raised $30 million. Its backers include Balterra, a shipping group from Hamburg. ' +
      'The shipping group is run by Tobias Wren.';
    expect(articleUnits(text).at(-1)).toContain('[*Balterra]');
  });

  it('leaves a descriptor the article never attached to a name alone', () => {
    const text = lead + 'Ilves left in 2022; the logistics group is now run by Tobias Wren.';
    expect(articleUnits(text).at(-1)).not.toContain('[*Balterra]');
  });

  it('reads a French trade adjective after the noun', () => {
    expect(compoundDescriptorKey(tokenize('le groupe pharmaceutique', 0), 1)).toBe(
      'compound:groupe pharmaceutique',
    );
    expect(compoundDescriptorKey(tokenize('shipping group', 0), 0)).toBe('compound:shipping group');
    // two generic nouns, or a function word, make no descriptor
    expect(compoundDescriptorKey(tokenize('group company', 0), 0)).toBeNull();
    expect(compoundDescriptorKey(tokenize('the group', 0), 0)).toBeNull();
  });
});

describe('"Son fondateur" after a sentence about one company', () => {
  it('credits the company the last sentence was about', () => {
    const text =
      'Le studio rennais Brisaline lève 12 millions d’euros auprès du fonds Korrigan Partners. ' +
      'En 2023, le lillois Tandemo était passé sous le contrôle du britannique Larkfield. ' +
      'Son fondateur, Paul Ménard, a depuis quitté l’entreprise.';
    expect(pairs(relationsOf(text), 'FOUNDED')).toContain('Paul Ménard -> Tandemo');
    expect(pairs(relationsOf(text), 'FOUNDED')).not.toContain('Paul Ménard -> Brisaline');
  });

  it('keeps the article’s company after a list of rivals as subject', () => {
    const text =
      'La start-up nantaise Brisaline lève 12 millions d’euros auprès du fonds Korrigan Partners. ' +
      'Tandemo, Larkfield et Orvilio se disputent les mêmes clients que la société nantaise. ' +
      'Son cofondateur, Paul Ménard, vise 200 salariés.';
    expect(pairs(relationsOf(text), 'FOUNDED')).toContain('Paul Ménard -> Brisaline');
    expect(pairs(relationsOf(text), 'FOUNDED')).not.toContain('Paul Ménard -> Tandemo');
  });
});
