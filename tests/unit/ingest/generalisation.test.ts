import { facts, pair, run } from './helpers';

/** COMPETES_WITH is unordered: compare pairs with their names sorted. */
const rivals = (a: ReturnType<typeof run>) =>
  facts(a, 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' <> '))
    .sort();

const names = (a: ReturnType<typeof run>, type: string) =>
  a.entities.filter((e) => e.type === type).map((e) => e.name);

describe('rivals named after a rivalry word', () => {
  it('types unknown names after "comme" following a rivalry verb as organisations and links them to the subject', () => {
    const a = run('Sur ce marché, Dorvane affronte des poids lourds comme Quelmix, Trabor et Vostek.');
    expect(names(a, 'Organization')).toEqual(expect.arrayContaining(['Quelmix', 'Trabor', 'Vostek']));
    expect(rivals(a)).toEqual(['Dorvane <> Quelmix', 'Dorvane <> Trabor', 'Dorvane <> Vostek'].sort());
  });

  it('reads "faces competition from A and B" and "fait face à la concurrence de A et de B"', () => {
    const en = run('Pellworth faces competition from Ostrava Labs and Kiruna Soft in the mid-market.');
    expect(rivals(en)).toEqual(['Kiruna Soft <> Pellworth', 'Ostrava Labs <> Pellworth'].sort());
    const fr = run(
      "Brelande fait face à la concurrence de Tessaline et de Morvic sur le marché de l'assurance.",
    );
    expect(rivals(fr)).toEqual(['Brelande <> Morvic', 'Brelande <> Tessaline'].sort());
  });

  it('reads "se mesure à" and "croisent le fer avec"', () => {
    const a = run('Quintavo se mesure à Orlenne sur les enquêtes de satisfaction.');
    expect(rivals(a)).toEqual(['Orlenne <> Quintavo']);
    const b = run('Sur ce segment, Valdrin croise souvent le fer avec Esquarel.');
    expect(rivals(b)).toEqual(['Esquarel <> Valdrin']);
  });

  it('does not make a rival of a plain business partner', () => {
    const a = run('Dorvane travaille avec Quelmix Services depuis dix ans.');
    expect(facts(a, 'COMPETES_WITH')).toEqual([]);
  });
});

describe('anaphors that point at the article’s company', () => {
  it('resolves a sentence-opening "It" to the company the text is about', () => {
    const a = run(
      'Marlowe Systems sells routing software to banks. It competes with Nexafon Inc and Tallis Corp.',
    );
    expect(rivals(a)).toEqual(['Marlowe Systems <> Nexafon Inc', 'Marlowe Systems <> Tallis Corp'].sort());
  });

  it('leaves an expletive "It is" alone', () => {
    const a = run(
      'Marlowe Systems sells routing software. It is expected that rivals such as Nexafon Inc will follow.',
    );
    expect(rivals(a)).not.toContain('Marlowe Systems <> Nexafon Inc');
  });

  it('reads "the combined group" with a descriptive word and prefers the first-named company over an investor', () => {
    const a = run(
      'Corvane Ltd has raised $30 million in a round led by Halberd Ventures. ' +
        'The young company was co-founded in 2019 by Laura Mendes.',
    );
    expect(facts(a, 'FOUNDED').map(pair)).toEqual(['Laura Mendes -> Corvane Ltd']);
  });
});

describe('founders and leaders in possessive appositions', () => {
  it('reads "P, X\'s co-founder and chief executive" as FOUNDED and LEADS', () => {
    const a = run(
      'Daniel Ostrowski, Pellworth’s co-founder and chief executive, said the round would fund hiring.',
    );
    expect(facts(a, 'FOUNDED').map(pair)).toEqual(['Daniel Ostrowski -> Pellworth']);
    expect(facts(a, 'LEADS').map(pair)).toEqual(['Daniel Ostrowski -> Pellworth']);
  });

  it('reads "said P, X\'s chief executive" as LEADS but not "X\'s chief financial officer"', () => {
    const a = run('"We are ready," said Helen Marsh, Tavora Group\'s chief executive.');
    expect(facts(a, 'LEADS').map(pair)).toEqual(['Helen Marsh -> Tavora Group']);
    const b = run('"We are ready," said Helen Marsh, Tavora Group\'s chief financial officer.');
    expect(facts(b, 'LEADS')).toEqual([]);
  });

  it('reads "X\'s founder and chief executive, P" and "its founder P"', () => {
    const a = run("The rest stays with Brelande's founder and chief executive, Paul Ancel.");
    expect(facts(a, 'FOUNDED').map(pair)).toEqual(['Paul Ancel -> Brelande']);
    const b = run('Quintavo, a maker of call-routing software, said its founder Ryan Holt would step down.');
    expect(facts(b, 'FOUNDED').map(pair)).toEqual(['Ryan Holt -> Quintavo']);
  });

  it('gives "ses fondateurs" to the nearest company, not the sentence subject', () => {
    const a = run(
      'Orlenne Capital devient actionnaire minoritaire de Morvic aux côtés de ses fondateurs, Jean Vasseur et Marie Colin.',
    );
    expect(facts(a, 'FOUNDED').map(pair).sort()).toEqual(['Jean Vasseur -> Morvic', 'Marie Colin -> Morvic']);
  });
});

describe('nationality adjectives', () => {
  it('does not take "Polish" before a company description for a company', () => {
    const a = run('Sprawden AG has taken a 60% stake in Polish contact-centre operator Linio Plus.');
    expect(names(a, 'Organization')).not.toContain('Polish');
  });
});

describe('passives and appositions of long articles', () => {
  it('reads a passive with an intensifier and a year before "by" / "par"', () => {
    const en = run(
      'Halvane Corp sells software. Halvane Corp itself was bought in 2024 by Keswick Capital Partners.',
    );
    expect(facts(en, 'ACQUIRED').map(pair)).toEqual(['Keswick Capital Partners -> Halvane Corp']);
    const fr = run(
      'Sitorel SA est un prestataire. Sitorel SA avait lui-même été racheté en 2021 par le fonds Abrion Partners.',
    );
    expect(facts(fr, 'ACQUIRED').map(pair)).toEqual(['Abrion Partners -> Sitorel SA']);
  });

  it('steps over a bare-noun apposition ("X, acteur du …, a finalisé l\'acquisition de Y")', () => {
    const a = run(
      "Rembrel, acteur du recouvrement amiable de créances auprès des banques, a finalisé l'acquisition d'Ostalia Services.",
    );
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Rembrel -> Ostalia Services']);
  });
});

describe('leaders named by what they take on', () => {
  it('reads "P prendra la direction générale de X" and "P will stay on as president of X"', () => {
    const fr = run("Luc Andrieu prendra la direction générale d'Ostalia Services en janvier.");
    expect(facts(fr, 'LEADS').map(pair)).toEqual(['Luc Andrieu -> Ostalia Services']);
    const en = run(
      'Keswick Capital bought Halvane Group. Maria Okafor will stay on as president of Halvane Group.',
    );
    expect(facts(en, 'LEADS').map(pair)).toEqual(['Maria Okafor -> Halvane Group']);
  });

  it('reads "X annonce la nomination de P au poste de directrice générale" but not of a marketing director', () => {
    const a = run(
      'Ostalia Services annonce la nomination de Claire Vautrin au poste de directrice générale.',
    );
    expect(facts(a, 'LEADS').map(pair)).toEqual(['Claire Vautrin -> Ostalia Services']);
    const b = run(
      'Ostalia Services annonce la nomination de Claire Vautrin au poste de directrice marketing.',
    );
    expect(facts(b, 'LEADS')).toEqual([]);
  });

  it('reads "P, X\'s managing director"', () => {
    const a = run('Sean Doyle, Kilbarra Support’s managing director, will join the board.');
    expect(facts(a, 'LEADS').map(pair)).toEqual(['Sean Doyle -> Kilbarra Support']);
  });
});
