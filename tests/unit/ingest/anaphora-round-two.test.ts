import { facts, pair, run } from './helpers';

/** Pointers resolved since round two of the anaphora work: interviews, possessive speakers, fronted phrases. */

function pairs(text: string, type?: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('an interview answer speaks for the interviewee’s company', () => {
  const opening =
    'Fabricant rennais de drones agricoles, Corvane a doublé ses ventes en deux ans. ' +
    'Son président, Hugo Marest, revient sur une année chargée.\n\n';
  const answer = 'Nous avons racheté en mars Aéroplume, un atelier de Brest, pour 3 millions d’euros.';

  it('reads "nous" after a question paragraph as the company the interview opens on', () => {
    const text = opening + 'Vous avez beaucoup acheté cette année. Pourquoi ?\n\n' + answer;
    expect(pairs(text, 'ACQUIRED')).toEqual(['Corvane -> Aéroplume']);
  });

  it('keeps the interviewee’s company when a later answer names other companies first', () => {
    const text =
      opening +
      'Pourquoi cet atelier ?\n\n' +
      'Aéroplume et Vireo Drones étaient nos voisins. Nous les connaissions bien.\n\n' +
      'Comment financez-vous cela ?\n\n' +
      'Nous avons obtenu un prêt de 5 millions d’euros auprès de Bpifrance.';
    expect(pairs(text, 'FUNDED')).toEqual(['Bpifrance -> Corvane']);
  });

  it('gives a "nous" outside quotes and answers to no company', () => {
    const text = opening + 'L’année a été chargée pour toute la filière.\n\n' + answer;
    expect(pairs(text, 'ACQUIRED')).toEqual([]);
  });
});

describe('a speaker introduced by a possessive belongs to the company just told of', () => {
  const before =
    'Sur la première marche, Trelix consolide son avance, devant Ondine Services. ' +
    'Le lyonnais Datavi, cinquième, a ouvert son capital au fonds Arbor Gestion. ';

  it('ties "explique son fondateur et président, P" to the last sentence’s company', () => {
    const text =
      before + '« Nous voulions un actionnaire patient », explique son fondateur et président, Paul Remy.';
    const people = [...pairs(text, 'FOUNDED'), ...pairs(text, 'LEADS')];
    expect(people).toContain('Paul Remy -> Datavi');
    expect(people.some((p) => p.endsWith('Trelix'))).toBe(false);
  });

  it('still ties a speaker named with the company in a role to that company', () => {
    const text =
      before + '« Nous voulions un actionnaire patient », explique Paul Remy, président de Trelix.';
    expect(pairs(text, 'LEADS')).toEqual(['Paul Remy -> Trelix']);
  });
});

describe('a pointer after a fronted phrase that names a company after a preposition', () => {
  it('does not take the company a founder worked at for "la jeune pousse"', () => {
    const text =
      'Brivio lève 4 millions d’euros pour ses capteurs de sol. ' +
      'Fondée en 2019 par Anne Vidal, ingénieure passée par Kerlam, la jeune pousse vend déjà en Espagne.';
    const founded = pairs(text, 'FOUNDED');
    expect(founded).toContain('Anne Vidal -> Brivio');
    expect(founded.some((p) => p.endsWith('Kerlam'))).toBe(false);
  });
});

describe('an English pronoun after a fronted time phrase with no comma', () => {
  it('reads "Earlier this year it bought X" as the company told of', () => {
    const text =
      'Norwell Systems sells billing software to water utilities. ' +
      'Earlier this year it bought Qadra Labs, a Dutch start-up, for $12 million.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Norwell Systems -> Qadra Labs']);
  });

  it('leaves "it" inside a sentence that does not open on a time phrase', () => {
    const text =
      'Norwell Systems sells billing software to water utilities. ' +
      'Analysts who follow the sector this year it seems agree that Qadra Labs was bought by Fenmore.';
    expect(pairs(text, 'ACQUIRED').some((p) => p.startsWith('Norwell'))).toBe(false);
  });
});

describe('"au groupe", "du groupe" point back like "le groupe"', () => {
  it('gives the group’s rivals to the group, not to a company named earlier in the sentence', () => {
    const text =
      'Le groupe Valmeria rachète la marque Ostra. Valmeria emploie 900 personnes à Nantes. ' +
      'Ostra était détenue par le fonds Sorbier.\n\n' +
      'Selon Kerdal Conseil, le rachat doit permettre au groupe de mieux résister à ses grands concurrents, ' +
      'Danvin et Perlac.';
    const rivals = pairs(text, 'COMPETES_WITH').sort();
    expect(rivals).toEqual(['Danvin -> Valmeria', 'Perlac -> Valmeria']);
  });
});

describe('a round-up paragraph whose last sentence named a person', () => {
  it('gives "Le groupe" to the paragraph’s own company, not the earlier leader', () => {
    const text =
      'En tête, Topaze Courtage conserve sa place. Il devance Rivolt Assurances et Sentia. ' +
      'Topaze Courtage vise aussi la Belgique.\n\n' +
      'La troisième place revient à Solfin, qui gagne un rang après l’intégration de Bravo Conseil. ' +
      '« Cette acquisition nous a ouvert le Sud-Ouest », souligne Léa Marin, directrice générale de Solfin. ' +
      'Le groupe est contrôlé depuis 2020 par le fonds Azura.';
    const azura = [...pairs(text, 'ACQUIRED'), ...pairs(text, 'FUNDED')].filter((p) => p.startsWith('Azura'));
    expect(azura).toEqual(['Azura -> Solfin']);
  });
});

describe('"the business" right after "the" is the company; with a qualifier it is a division', () => {
  it('reads "The business was started by P" as the company told of', () => {
    const text =
      'Harwick Freight runs 90 refrigerated lorries out of Lincoln. ' +
      'The business was started in 1998 by Tom Varley with two second-hand vans.';
    expect(pairs(text, 'FOUNDED')).toEqual(['Tom Varley -> Harwick Freight']);
  });

  it('does not read "the cloud business" as the company its founder started', () => {
    const text =
      'Harwick Freight runs 90 refrigerated lorries out of Lincoln. ' +
      'The cloud business was started in 2004 by Ann Cole.';
    expect(pairs(text, 'FOUNDED')).toEqual([]);
  });
});
