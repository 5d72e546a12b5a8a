/**
 * Day nine's third anaphora round: a description set off by a comma right after a company's name and carrying its
 * own relative clause ("Y, the Dutch group that was bought by X") restates Y instead of pointing back to the
 * sentence's subject; without the relative clause ("After talks with Y, the company bought Z") it still points back.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a description apposed to a name with its own relative clause', () => {
  it('gives the English passive deal in the clause to the apposed name, not to the subject', () => {
    const text =
      'Quillory, a Berlin maker of warehouse robots, raised €30m on Tuesday.\n\n' +
      'Quillory competes with Stackwise and with Palletor Systems, the Dutch group that was acquired by ' +
      'Norvane Industries in 2023.';
    const bought = pairs(relationsOf(text, 'Quillory raises €30m'), 'ACQUIRED');
    expect(bought).toContain('Norvane Industries -> Palletor Systems');
    expect(bought).not.toContain('Norvane Industries -> Quillory');
  });

  it('gives the French clause after "la société qui" to the apposed name', () => {
    const text =
      'La jeune pousse lyonnaise Vertalis a levé 12 millions d’euros auprès du fonds Ormeau Capital.\n\n' +
      'Vertalis affronte notamment Bioflux, la société qui a été rachetée en 2022 par le groupe Kemrano.';
    const bought = pairs(relationsOf(text, 'Vertalis lève 12 millions d’euros'), 'ACQUIRED');
    expect(bought).toContain('Kemrano -> Bioflux');
    expect(bought).not.toContain('Kemrano -> Vertalis');
  });

  it('keeps a description closed by its verb pointing at the article’s company, not at the name before the comma', () => {
    const text =
      'Quillory, a Berlin maker of warehouse robots, raised €30m on Tuesday.\n\n' +
      'After long talks with Palletor Systems, the company bought Brimley Tools for €5m.';
    const bought = pairs(relationsOf(text, 'Quillory raises €30m'), 'ACQUIRED');
    expect(bought).toContain('Quillory -> Brimley Tools');
    expect(bought).not.toContain('Palletor Systems -> Brimley Tools');
  });
});
