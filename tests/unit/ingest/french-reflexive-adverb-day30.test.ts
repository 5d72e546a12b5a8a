/**
 * Day thirty, French press: a reflexive verb of rivalry with an adverb before its particle ("se heurte notamment à
 * A et à B", "se frotte déjà au leader local B", "se mesure principalement à B"), read by the reflexive trigger of
 * relations/frames/rivals-triggers.ts through `afterAdjuncts` (frames/rivals-verb-adjuncts.ts). French only: the
 * English verbs take their particle at once and were read already. Sentences written for these tests.
 */
import { extractedRivalPairs } from './helpers';

function rivals(text: string): string[] {
  return extractedRivalPairs(text, '2026-11-30');
}

const LEAD = 'La société Cybelis protège les réseaux des hôpitaux depuis 2017. ';

describe('a reflexive rivalry verb with an adverb before its particle', () => {
  it('reads both members of "se heurte notamment à A et à B, qui …"', () => {
    const pairs = rivals(
      `${LEAD}Sur ce marché, Cybelis se heurte notamment à Sécurium et à Vigilia Santé, qui ont tous deux racheté des concurrents.`,
    );
    expect(pairs).toContain('Cybelis <-> Sécurium');
    expect(pairs).toContain('Cybelis <-> Vigilia Santé');
  });

  it('reads "se frotte déjà au leader local B"', () => {
    const pairs = rivals(`${LEAD}En Espagne, Cybelis se frotte déjà au leader local Redsegura.`);
    expect(pairs).toContain('Cybelis <-> Redsegura');
  });

  it('reads "se mesure principalement à B"', () => {
    const pairs = rivals(
      `${LEAD}Cybelis se mesure principalement à Sécurium sur les appels d'offres publics.`,
    );
    expect(pairs).toContain('Cybelis <-> Sécurium');
  });

  it('gives nothing for "se bat notamment pour un contrat" (no one fought)', () => {
    const pairs = rivals(
      `${LEAD}Cybelis se bat notamment pour un contrat de l'AP-HP, où Sécurium équipe déjà trois sites.`,
    );
    expect(pairs).not.toContain('Cybelis <-> Sécurium');
  });

  it('gives nothing for "ne se frotte pas encore à B" (negation)', () => {
    const pairs = rivals(`${LEAD}En Italie, Cybelis ne se frotte pas encore à Sécurium.`);
    expect(pairs).not.toContain('Cybelis <-> Sécurium');
  });
});
