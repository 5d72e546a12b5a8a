import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

/** The LEADS facts of one text whose person is `person`. */
function leadsOf(text: string, person: string): string[] {
  return people(text).filter((f) => f.startsWith(`LEADS ${person} ->`));
}

describe('a future head counts for a named company only (any.leads.will-be-run-by, namedTarget)', () => {
  it('reads a named company that will be run by someone, in both languages', () => {
    expect(
      leadsOf(
        'Velmora fabrique des pompes à chaleur. Velmora sera désormais dirigée par Aurélie Tassin.',
        'Aurélie Tassin',
      ),
    ).toEqual(['LEADS Aurélie Tassin -> Velmora']);
    expect(
      leadsOf(
        'Quillon Freight moves parcels across Ohio. Quillon Freight will be led by Dana Whitcombe from June.',
        'Dana Whitcombe',
      ),
    ).toEqual(['LEADS Dana Whitcombe -> Quillon Freight']);
  });

  it('refuses the head of a company a merger will form, told by a pointer', () => {
    const fr =
      'Brassoria et Malterie Venot ont annoncé leur fusion mardi. Le nouvel ensemble sera dirigé par Hugues Perrot-Lalande.';
    expect(leadsOf(fr, 'Hugues Perrot-Lalande')).toEqual([]);
    const en =
      'Drayfield and Ostrava Metals agreed to merge on Monday. The combined company will be led by Nadine Okafor-Reyes.';
    expect(leadsOf(en, 'Nadine Okafor-Reyes')).toEqual([]);
  });

  it('still reads a present head of a named company after a gap', () => {
    expect(
      leadsOf('Velmora, qui emploie 200 personnes, est dirigée par Aurélie Tassin.', 'Aurélie Tassin'),
    ).toEqual(['LEADS Aurélie Tassin -> Velmora']);
  });
});

describe('a possessive founder noun with a description before the name (any.founded.org-founder-described)', () => {
  it('reads the founder past a few describing words, in both languages', () => {
    expect(
      people(
        "Brindle Audio, the London-based company that makes headphones, said on Tuesday that its sales rose by a third. Brindle Audio's founder, veteran sound engineer Colm Arkwright, will become chairman.",
      ),
    ).toContain('FOUNDED Colm Arkwright -> Brindle Audio');
    expect(
      people(
        "La maison Ardelle fabrique des gants. Le fondateur d'Ardelle reste discret. Ardelle's founder, the designer Mathilde Ronsard, sold her stake.",
      ),
    ).toContain('FOUNDED Mathilde Ronsard -> Ardelle');
  });

  it('refuses a name brought by a relative, a reporting phrase or a kin noun', () => {
    const told = people(
      "Brindle Audio, the London-based company that makes headphones, said on Tuesday that its sales rose by a third. Brindle Audio's founder, according to analyst Colm Arkwright, never sold a share.",
    );
    expect(told).not.toContain('FOUNDED Colm Arkwright -> Brindle Audio');
    const kin = people(
      "Brindle Audio, the London-based company that makes headphones, said on Tuesday that its sales rose by a third. Brindle Audio's founder, whose daughter Leila Arkwright runs sales, retired.",
    );
    expect(kin).not.toContain('FOUNDED Leila Arkwright -> Brindle Audio');
  });
});

describe("a founder noun that only qualifies the founder's kin (frame.founded.founder-topic)", () => {
  it('gives no founding to the grandchild apposed after "de la fondatrice"', () => {
    const text =
      "La société Kervalis fabrique des biscuits à Quimper. Elle est aujourd'hui dirigée par le petit-fils de la fondatrice, Yann Kerbriand.";
    expect(people(text)).not.toContain('FOUNDED Yann Kerbriand -> Kervalis');
  });

  it('still reads the founder apposed to the founder noun itself', () => {
    const text =
      'La société Kervalis fabrique des biscuits à Quimper. Le capital reste entre les mains de la fondatrice, Soizic Kerbriand.';
    expect(people(text)).toContain('FOUNDED Soizic Kerbriand -> Kervalis');
  });
});

describe('a titled speaker of the article’s company', () => {
  const opening =
    'Sailtrace, the Oslo-based company that sells software to ship owners, said on Tuesday that its sales rose by a third. ';
  it('reads the speaker when the only other name is the outlet told', () => {
    expect(
      leadsOf(
        opening + '“We will hire forty engineers,” Chief Executive Ingrid Solberg told Reuters on Monday.',
        'Ingrid Solberg',
      ),
    ).toEqual(['LEADS Ingrid Solberg -> Sailtrace']);
  });

  it('refuses a speaker when another company is named otherwise than as the outlet', () => {
    expect(
      leadsOf(
        opening +
          '“We will hire forty engineers,” Chief Executive Ingrid Solberg told staff at Maersk on Monday.',
        'Ingrid Solberg',
      ),
    ).not.toContain('LEADS Ingrid Solberg -> Maersk');
    expect(
      leadsOf(
        opening + 'Chief Executive Ingrid Solberg told Reuters that Maersk was a customer.',
        'Ingrid Solberg',
      ),
    ).toEqual([]);
  });

  it('reads "P, directeur général, résume :" and more French verbs of saying after the title', () => {
    const text =
      'La société Croquelin fabrique des croquettes pour chiens à Rennes depuis trois ans. Anouk Besnard, directrice générale, résume : « Nous gagnerons sur la fraîcheur. »';
    expect(leadsOf(text, 'Anouk Besnard')).toEqual(['LEADS Anouk Besnard -> Croquelin']);
    const other =
      'La société Croquelin fabrique des croquettes pour chiens à Rennes depuis trois ans. Anouk Besnard, directrice des ventes, résume : « Nous gagnerons sur la fraîcheur. »';
    expect(leadsOf(other, 'Anouk Besnard')).toEqual([]);
  });
});
