/**
 * Day twenty-eight, deals: a name before a deal noun spelt like the bare verb ("The Lunden purchase places Vetrica
 * …", "The Lunden buy lifts Vetrica …") modifies the noun and bought nothing (deal-noun-modifier-guard.ts). Near
 * misses: a bare verb after two coordinated buyers, a bare verb after a modal. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '));
}

describe('a name that only modifies a deal noun buys nothing', () => {
  it.each([
    'Castleford Paper plc agreed to buy Ruddock Films on Monday. The Ruddock purchase gives Castleford a bigger share of the labels market.',
    'Castleford Paper plc agreed to buy Ruddock Films on Monday. The Ruddock buy lifts Castleford to second place in labels.',
    'Castleford Paper plc agreed to buy Ruddock Films on Monday. This Ruddock purchase makes Castleford the second-largest label maker.',
  ])('%s', (text) => {
    const found = acquired(text);
    expect(found).toContain('ACQUIRED Castleford Paper plc -> Ruddock Films');
    expect(found).not.toContain('ACQUIRED Ruddock Films -> Castleford Paper plc');
  });

  it('keeps a bare verb after coordinated buyers', () => {
    expect(acquired('Castleford Paper plc and Orwell Foods buy Ruddock Films.')).toContain(
      'ACQUIRED Orwell Foods -> Ruddock Films',
    );
  });

  it('keeps a bare verb after a modal', () => {
    expect(acquired('Castleford Paper plc will purchase Ruddock Films for $40 million.')).toContain(
      'ACQUIRED Castleford Paper plc -> Ruddock Films',
    );
  });
});
