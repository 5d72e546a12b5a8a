/**
 * Day thirty, French press (second round): `any.competes.clashes-with` (relations/rival-idioms.ts) reads "X se
 * heurte à Y" as a rivalry; its gap before the reflexive verb no longer crosses "ne", so the negated "X ne se heurte
 * pas encore à Y" names no rival. French only: the idiom is French. Sentences written for these tests.
 */
import { extractedRivalPairs } from './helpers';

function rivals(text: string): string[] {
  return extractedRivalPairs(text, '2026-11-30');
}

const LEAD = 'Le groupe Cybelis protège les réseaux des hôpitaux. ';

describe('a negated clash names no rival', () => {
  it('gives nothing for "ne se heurte pas encore à Y"', () => {
    const pairs = rivals(
      `${LEAD}En Espagne, Cybelis ne se heurte pas encore à Redsegura, absent du secteur public.`,
    );
    expect(pairs).not.toContain('Cybelis <-> Redsegura');
  });

  it('gives nothing for "ne se heurte jamais directement au groupe Y"', () => {
    const pairs = rivals(`${LEAD}Cybelis ne se heurte jamais directement au groupe Sécurium.`);
    expect(pairs).not.toContain('Cybelis <-> Sécurium');
  });

  it('still reads "se heurte déjà à Y" and the comparative "se heurte plus frontalement à Y"', () => {
    expect(rivals(`${LEAD}En Espagne, Cybelis se heurte déjà à Redsegura.`)).toContain(
      'Cybelis <-> Redsegura',
    );
    expect(rivals(`${LEAD}Cybelis se heurte plus frontalement à Sécurium.`)).toContain(
      'Cybelis <-> Sécurium',
    );
  });

  it('keeps the clash of the main clause when a relative after Y is negated', () => {
    const pairs = rivals(`${LEAD}Cybelis se heurte à Sécurium, qui ne se heurte pas à Vigilia.`);
    expect(pairs).toContain('Cybelis <-> Sécurium');
  });
});
