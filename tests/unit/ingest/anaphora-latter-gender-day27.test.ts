/**
 * Day twenty-seven, pointers: a French demonstrative opening a sentence ("Celle-ci", "Celui-ci", "Cette
 * dernière", "Ce dernier") takes the last company whose noun agrees with it in gender ("la start-up X", "le fonds
 * Y", "l'éditeur Z", "X, une entreprise familiale"), and points at none when every company named contradicts it;
 * "Celui-ci, fondé en 2011 par P, …" is read with its aside (anaphora-latter-gender.ts, pointer-at.ts); "Cette
 * dernière vient de lever …" is a pointer before more verbs (anaphor-words.ts AFTER_LATTER). Sentences
 * written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith(`${type} `));
}

describe('a gendered demonstrative skips the last company when its noun disagrees', () => {
  it.each([
    [
      "Le groupe Martaud a investi l'an dernier dans la start-up rennaise Vivalgue, lors d'une levée menée par le fonds Armor Capital. Celle-ci est dirigée par Anne Kerlan.",
      'LEADS Anne Kerlan -> Vivalgue',
      'LEADS Anne Kerlan -> Armor Capital',
    ],
    [
      "Le groupe Martaud a investi l'an dernier dans la start-up rennaise Vivalgue, lors d'une levée menée par le fonds Armor Capital. Cette dernière est dirigée par Anne Kerlan.",
      'LEADS Anne Kerlan -> Vivalgue',
      'LEADS Anne Kerlan -> Armor Capital',
    ],
    [
      "La société Pellerin a cédé l'an dernier sa participation dans le laboratoire Biovéron à la banque Sénart. Celui-ci est dirigé par Paul Ancel.",
      'LEADS Paul Ancel -> Biovéron',
      'LEADS Paul Ancel -> Sénart',
    ],
    [
      'Le groupe Hautval a signé mardi le rachat de Domaine Brissac, une entreprise familiale fondée en 1910. Cette dernière, dirigée depuis 2015 par Louise Brissac, emploie 80 personnes.',
      'LEADS Louise Brissac -> Domaine Brissac',
      'LEADS Louise Brissac -> Hautval',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = facts(text, 'LEADS');
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it('reads the aside after a sentence-opening "Celui-ci,"', () => {
    const text =
      "Le groupe lyonnais Corvalis a annoncé jeudi le rachat de l'éditeur nantais Tessio. Celui-ci, fondé en 2009 par Hugo Marin, équipe 400 communes.";
    expect(facts(text, 'FOUNDED')).toContain('FOUNDED Hugo Marin -> Tessio');
  });

  it('keeps the last company when it agrees', () => {
    const text =
      'Le fonds Armor Capital a mené la levée de la start-up rennaise Vivalgue. Celle-ci est dirigée par Anne Kerlan.';
    expect(facts(text, 'LEADS')).toContain('LEADS Anne Kerlan -> Vivalgue');
  });
});

describe('"ce dernier" / "cette dernière" before more verbs of a company', () => {
  it('reads "Cette dernière vient de lever … auprès de A" as the feminine company', () => {
    const text =
      "En France, Baudry affronte surtout la chaîne nantaise Maison Lirette, propriété du groupe Varnier. Cette dernière vient de lever 10 millions d'euros auprès du fonds Ouest Gestion.";
    const found = facts(text, 'FUNDED');
    expect(found).toContain('FUNDED Ouest Gestion -> Maison Lirette');
    expect(found).not.toContain('FUNDED Ouest Gestion -> Varnier');
  });

  it('keeps "ce dernier trimestre" a date', () => {
    const text =
      "Le groupe Varnier a racheté la chaîne Maison Lirette. Ce dernier trimestre, le fonds Ouest Gestion a investi 10 millions d'euros dans Baudry.";
    expect(facts(text, 'FUNDED')).toContain('FUNDED Ouest Gestion -> Baudry');
  });
});

describe('a gendered demonstrative no company agrees with points at none', () => {
  it.each([
    // both companies were given masculine nouns: "celle-ci" is someone or something else
    'Le groupe Martaud a investi dans le laboratoire Vivalgue, aux côtés du fonds Armor Capital. Celle-ci est dirigée par Anne Kerlan.',
  ])('%s', (text) => {
    expect(facts(text, 'LEADS')).toEqual([]);
  });

  it('leaves English "the latter" to the last company, which has no gender', () => {
    const text =
      'Martaud Group invested in the start-up Vivalgue last year, in a round led by the fund Armor Capital. The latter is run by Anne Kerlan.';
    expect(facts(text, 'LEADS')).not.toContain('LEADS Anne Kerlan -> Vivalgue');
  });
});
