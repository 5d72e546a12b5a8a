/**
 * Day eight's second round of anaphora classes: a generic noun said with its trade before a name ("aerospace group
 * X") points at that company when the article repeats it ("the aerospace group"), though the bare noun fits every
 * company; "Son fondateur" right after a sentence about one company alone is that company's founder. A role
 * filled by the name closing an apposition of another company ("X, the venture arm of Y, joined the round") stands
 * for the apposition's holder X; "le groupe de <ville>" picks out the company told by the city's country earlier
 * ("le groupe suédois X"). Sentences written for these tests.
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

describe('a party standing in an apposition of another company', () => {
  const lead =
    'Quorvex, a Lisbon-based maker of warehouse robots, has raised $30 million in a Series B round led by ' +
    'Ambrell Capital.\n\n';

  it('credits the venture arm, not its parent, with joining the round', () => {
    const text =
      lead +
      'Tenwick Ventures, the corporate venture arm of logistics group Halsted Freight, joined the round.';
    const funded = pairs(relationsOf(text), 'FUNDED');
    expect(funded).toContain('Tenwick Ventures -> Quorvex');
    expect(funded).not.toContain('Halsted Freight -> Quorvex');
  });

  it('credits the holding, not the company its owners control, with an earlier investment', () => {
    const text =
      lead +
      'Orlen Holding, the investment vehicle of the family that controls shipping firm Brisk Lines, has invested in battery maker Voltaryn.';
    const funded = pairs(relationsOf(text), 'FUNDED');
    expect(funded).toContain('Orlen Holding -> Voltaryn');
    expect(funded).not.toContain('Brisk Lines -> Voltaryn');
  });

  it('keeps the named party when no apposition encloses it', () => {
    // a plain subject: nothing to lift
    const text = lead + 'Logistics group Halsted Freight also joined the round.';
    expect(pairs(relationsOf(text), 'FUNDED')).toContain('Halsted Freight -> Quorvex');
  });

  it('does not read the French verb "a" as an English article opening an apposition', () => {
    // "de" stands close enough to "a" to pass for "the … of": only the participle tells the verb apart
    const text = 'Le lyonnais Stravel, concurrent de Norvix, a obtenu un prêt de Calvane Capital.';
    const funded = pairs(relationsOf(text), 'FUNDED');
    expect(funded).toContain('Calvane Capital -> Stravel');
    expect(funded).not.toContain('Calvane Capital -> Norvix');
  });
});

describe('a pointer naming the city a company is from', () => {
  const lead =
    "L'éditeur suédois Fjellmark Games a racheté le studio rennais Brumeval, a-t-on appris jeudi. Brumeval " +
    'compte 45 salariés et prépare un jeu de stratégie.\n\n';

  it('makes "le groupe de Stockholm" the company told Swedish', () => {
    const text = lead + 'Le groupe de Stockholm affronte Corvane Studios et Tessaly Games sur ce créneau.';
    expect(articleUnits(text).at(-1)).toContain('[*Fjellmark Games] affronte');
    const rivals = relationsOf(text)
      .filter((r) => r.type === 'COMPETES_WITH')
      .map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toContain('Corvane Studios ~ Fjellmark Games');
    expect(rivals).not.toContain('Brumeval ~ Corvane Studios');
  });

  it('does not give a city to a company told of another country', () => {
    const text = lead + 'Le groupe de Madrid affronte Corvane Studios sur ce créneau.';
    // the city is Spanish: the Swedish company told of earlier is not what it names
    expect(articleUnits(text).at(-1)).not.toContain('[*Fjellmark Games] affronte');
  });

  it('picks neither company when two were told of that country', () => {
    const text =
      'Le suédois Fjellmark Games a racheté le studio suédois Brumeval, a-t-on appris jeudi.\n\n' +
      'Le groupe de Stockholm affronte Corvane Studios sur ce créneau.';
    expect(articleUnits(text).at(-1)).not.toContain('[*Fjellmark Games] affronte');
    expect(articleUnits(text).at(-1)).not.toContain('[*Brumeval] affronte');
  });
});
