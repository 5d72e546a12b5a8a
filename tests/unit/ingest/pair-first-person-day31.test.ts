/**
 * Day thirty-one, pointers: "le premier" / "la première" opening a sentence right after one that named two people
 * is the first of them before a post held now ("Le premier en est toujours le président", "La première en est la
 * présidente") or a career verb, and "en" gives the company (anaphora-pair-first-person.ts). Near misses: "le
 * premier" after a sentence naming one person, a past post, "le premier trimestre". Sentences written for these
 * tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, title: string | null = null): string[] {
  return relationsOf(text, title).map(typedPair);
}

const FOUNDED_BY_TWO =
  'La société Hydralis a été fondée en 2014 à Brest par deux anciens ingénieurs de la Marine, Yves Kerbrat et Anne Le Floch.';

describe('"le premier" / "la première" after a sentence naming a pair of people', () => {
  it('"Le premier en est toujours le président": the first person leads the company', () => {
    const found = facts(
      `${FOUNDED_BY_TWO} Le premier en est toujours le président, la seconde dirige la recherche.`,
    );
    expect(found).toContain('LEADS Yves Kerbrat -> Hydralis');
    expect(found).not.toContain('LEADS Anne Le Floch -> Hydralis');
  });

  it('"La première en est la présidente" after a feminine first founder', () => {
    const found = facts(
      "La start-up Nivéo a été cofondée en 2019 par deux pharmaciennes, Julie Mercier et Sarah Benhamou. La première en est la présidente depuis l'origine.",
    );
    expect(found).toContain('LEADS Julie Mercier -> Nivéo');
    expect(found).not.toContain('LEADS Sarah Benhamou -> Nivéo');
  });

  it('near miss: one person named before reads no pair', () => {
    const found = facts(
      'La société Hydralis a été fondée en 2014 par Yves Kerbrat. Le premier en est toujours le président.',
    );
    expect(found).not.toContain('LEADS Yves Kerbrat -> Hydralis');
  });

  it('near miss: a past post ("en était le président") gives no head today', () => {
    const found = facts(`${FOUNDED_BY_TWO} Le premier en était le président jusqu'en 2020.`);
    expect(found).not.toContain('LEADS Yves Kerbrat -> Hydralis');
  });

  it('near miss: "Le premier trimestre" is no person', () => {
    const found = facts(`${FOUNDED_BY_TWO} Le premier trimestre a été difficile pour la société.`);
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});
