/**
 * Day twenty-nine, precision: a customer named before the contract or order it gives ("X wins Volvo cell contract,
 * agrees to buy Y") only qualifies that noun, so the purchase that follows is X's (relations/contract-modifier.ts,
 * asked by relations/syntax.ts `isModifier`). English only: French names the customer after the noun ("un contrat
 * avec Volvo"). Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function deals(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-11-29' })
    .relations.filter((r) => r.type === 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target}`);
}

describe('a customer named before its contract', () => {
  it('gives the purchase of "X wins Volvo cell contract, agrees to buy Y" to X', () => {
    const text = 'Brennvik wins Scania cell contract, agrees to buy recycler Ostmark Metals';
    expect(deals(text)).toEqual(['Brennvik -> Ostmark Metals']);
  });

  it('reads "supply order" and "tender" the same way', () => {
    expect(deals('Ardent Foods wins Tesco supply order, agrees to buy Pellman Dairy')).toEqual([
      'Ardent Foods -> Pellman Dairy',
    ]);
    expect(deals('Kelda Rail wins Network Rail tender, agrees to buy Signalwise')).toEqual([
      'Kelda Rail -> Signalwise',
    ]);
  });

  it('keeps a rival before "for contracts" and an owner before "\'s contract" as parties', () => {
    const rivals = extractArticle({
      file: 'test',
      text: 'Altmark Drones competes with Vexon Aero for contracts with European armies.',
      published: '2026-11-29',
    }).relations.filter((r) => r.type === 'COMPETES_WITH');
    expect(rivals).toHaveLength(1);
    expect(
      deals("Holmgard agreed to buy Tervo Logistics, which joins Holmgard's contract logistics arm."),
    ).toEqual(['Holmgard -> Tervo Logistics']);
  });
});
