/**
 * Day thirty, pointers: a former name in apposition after a pointer ("The Hamburg-based firm, formerly known as Y",
 * "Le groupe, l'ex-Y") says which company the pointer is and becomes that company's alias
 * (anaphora-former-name.ts); "P, its chief executive" / "P, the company's managing director" right after a sentence
 * that named P with a company is that company's head (anaphora-apposed-person-owner.ts). Near misses: a former name
 * after a name (the entity stage's rename, untouched), a person not named in the sentence before. Sentences written
 * for these tests.
 */
import { relationsOf } from './article-units';
import { run, typedPair } from './helpers';

function facts(text: string, title: string | null = null): string[] {
  return relationsOf(text, title).map(typedPair);
}

function entityLine(text: string, name: string): string | undefined {
  const e = run(text).entities.find((x) => x.name === name);
  return e ? [e.name, ...e.aliases].join(' | ') : undefined;
}

const EN_DEAL =
  'Brennholt Logistik AG agreed on Monday to buy Kastell Freight, a Munich-based operator of refrigerated trucks, for 90 million euros.';
const FR_DEAL =
  "Le groupe Ravelin Industrie a racheté la société Tessor, un fabricant lyonnais de pompes doseuses, pour 30 millions d'euros.";

describe('a former name apposed to a pointer', () => {
  it('English: the former name picks the company sharing its word, and is its alias', () => {
    const text = `${EN_DEAL} The Hamburg-based firm, formerly known as Brennholt Spedition, has been run since 2019 by chief executive Jonas Weller.`;
    const found = facts(text);
    expect(found).toContain('LEADS Jonas Weller -> Brennholt Logistik AG');
    expect(found).not.toContain('LEADS Jonas Weller -> Kastell Freight');
    expect(entityLine(text, 'Brennholt Logistik AG')).toContain('Brennholt Spedition');
    expect(run(text).entities.map((e) => e.name)).not.toContain('Brennholt Spedition');
  });

  it('French: "Le groupe, l\'ex-Y, est dirigé par P"', () => {
    const text = `${FR_DEAL} Le groupe, l'ex-Ravelin Mécanique, est dirigé depuis 2017 par Claire Dumoulin.`;
    expect(facts(text)).toContain('LEADS Claire Dumoulin -> Ravelin Industrie');
    expect(entityLine(text, 'Ravelin Industrie')).toContain('Ravelin Mécanique');
  });

  it('a former name sharing no word is folded into the company the pointer was read as', () => {
    const text = `${FR_DEAL} L'acquéreur, anciennement Société Lyonnaise de Tôlerie, est présidé par Claire Dumoulin.`;
    expect(facts(text)).toContain('LEADS Claire Dumoulin -> Ravelin Industrie');
    expect(entityLine(text, 'Ravelin Industrie')).toContain('Société Lyonnaise de Tôlerie');
  });

  it('near miss: a former name after a name stays with the entity stage, the pointer readers untouched', () => {
    const text = `${EN_DEAL} Kastell Freight, formerly known as Kastell Transport, is run by Maria Lenz.`;
    const found = facts(text);
    expect(found).toContain('LEADS Maria Lenz -> Kastell Freight');
    expect(found).not.toContain('LEADS Maria Lenz -> Brennholt Logistik AG');
  });
});

describe('a person apposed to a possessive title after the sentence that named them', () => {
  const EN_LEAD = 'Brennholt Logistik AG agreed on Monday to buy Kastell Freight for 90 million euros.';

  it('English "its": the company the sentence before named the person with', () => {
    const found = facts(
      `${EN_LEAD} The Hamburg-based group employs 4,000 people and has been led since 2020 by Jonas Weller. Kastell Freight was set up in 2009 by Maria Lenz and Otto Brand. Lenz, its chief executive, will join Brennholt's management board once the deal closes.`,
      'Brennholt Logistik to buy Kastell Freight',
    );
    expect(found).toContain('LEADS Maria Lenz -> Kastell Freight');
    expect(found).not.toContain('LEADS Maria Lenz -> Brennholt Logistik AG');
  });

  it('English "the company\'s" after a takeover story', () => {
    const found = facts(
      `${EN_DEAL} Brennholt is Germany's third-largest freight group. Kastell was founded in 2009 by Maria Lenz. Lenz, the company's managing director, will keep running the business.`,
      'Brennholt Logistik to buy Kastell Freight',
    );
    expect(found).toContain('LEADS Maria Lenz -> Kastell Freight');
    expect(found).not.toContain('LEADS Maria Lenz -> Brennholt Logistik AG');
  });

  it('French "son président" after "créée par P"', () => {
    const found = facts(
      `${FR_DEAL} Ravelin Industrie emploie 900 personnes. Tessor a été créée en 2004 par Julien Morand. Morand, son président, restera en poste après l'opération.`,
    );
    expect(found).toContain('LEADS Julien Morand -> Tessor');
    expect(found).not.toContain('LEADS Julien Morand -> Ravelin Industrie');
  });

  it('near miss: a person the sentence before did not name is left to the other readings', () => {
    const found = facts(
      `${EN_LEAD} Brennholt is Germany's third-largest freight group. Jonas Weller, its chief executive, said the deal would close in March.`,
    );
    expect(found).toContain('LEADS Jonas Weller -> Brennholt Logistik AG');
  });
});

describe('"le second" after a pair, and the French inverted object relative', () => {
  const LEAD = "Le distributeur Kervalis a racheté l'enseigne Bioterre pour 40 millions d'euros.";

  it('"Le second, dirigé par P, a levé …": the last of the pair just named', () => {
    const found = facts(
      `${LEAD} Sur le bio, le groupe affronte désormais Naturalis et Vertiprim. Le second, dirigé par Paul Aubrac, a levé 12 millions d'euros auprès de Bpifrance.`,
    );
    expect(found).toContain('LEADS Paul Aubrac -> Vertiprim');
    expect(found).toContain('FUNDED Bpifrance -> Vertiprim');
    expect(found).not.toContain('LEADS Paul Aubrac -> Naturalis');
    expect(found).not.toContain('FUNDED Bpifrance -> Kervalis');
  });

  it('"X, que dirige P": the head after the verb, in the press\'s inverted order', () => {
    const found = facts(
      `${LEAD} L'opération a été autorisée par l'Autorité de la concurrence, que préside Benoît Cœuré. Naturalis, que dirige toujours Anne Kerlo, reste indépendant.`,
    );
    expect(found).toContain('LEADS Benoît Cœuré -> Autorité de la concurrence');
    expect(found).toContain('LEADS Anne Kerlo -> Naturalis');
  });

  it('near misses: "le second semestre" is no pointer; a post held before or a family is no head', () => {
    const found = facts(
      `${LEAD} Le second semestre a été difficile pour Kervalis. Naturalis, que dirigeait Anne Kerlo jusqu'en 2020, a été racheté par Vertiprim. Bioterre, que dirige la famille Morel, emploie 80 personnes.`,
    );
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });
});

describe('"the buyer" after a background deal told with its year', () => {
  it("English: the article's buyer, not the seller who bought the company in 2018", () => {
    const found = facts(
      'Velmora Pharma said on Friday it had completed the purchase of Dunmore Labs from private equity firm Harwood Capital. Harwood bought a controlling stake in Dunmore in 2018 from its founder. The buyer paid $95 million for Ostrava Biotech last year.',
    );
    expect(found).toContain('ACQUIRED Velmora Pharma -> Ostrava Biotech');
    expect(found).not.toContain('ACQUIRED Harwood Capital -> Ostrava Biotech');
  });

  it('French: "l\'acquéreur" after "X a racheté Y en 2017"', () => {
    const found = facts(
      "Le groupe Ravelin Industrie a annoncé lundi le rachat de Tessor au fonds Aravel Capital. Aravel Capital a racheté Tessor en 2017 à son fondateur. L'acquéreur a racheté l'an dernier le fabricant lyonnais Pompex.",
    );
    expect(found).toContain('ACQUIRED Ravelin Industrie -> Pompex');
    expect(found).not.toContain('ACQUIRED Aravel Capital -> Pompex');
  });

  it('near miss: with no deal told before, the dated deal\'s buyer is "the buyer"', () => {
    const found = facts(
      'Harwood Capital bought Dunmore Labs in 2018 from its founder. The buyer paid $95 million for Ostrava Biotech last year.',
    );
    expect(found).toContain('ACQUIRED Harwood Capital -> Ostrava Biotech');
  });
});
