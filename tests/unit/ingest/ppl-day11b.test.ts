import { pairsByRule, sortedPairs as read } from './frames-test-helpers';

/** Day eleven, round two, founders and leaders: partners after a description, heads in relatives on the company. */

describe('any.founded.founder-of-with: partners named after a description of them', () => {
  it('reads every partner after a count, a trade and a former employer, in both languages', () => {
    expect(
      read(
        'Étienne Vauclair, qui a cofondé Arvelis en 2003 avec deux anciens ingénieurs de Thales, Marc Delorme et Inès Carvalho, reste président.',
        'FOUNDED',
      ),
    ).toEqual(['Inès Carvalho -> Arvelis', 'Marc Delorme -> Arvelis', 'Étienne Vauclair -> Arvelis']);
    expect(
      read(
        'Sarah Klein co-founded Arvelis in 2003 with two former Google engineers, Mark Dell and Ines Carter.',
        'FOUNDED',
      ),
    ).toEqual(['Ines Carter -> Arvelis', 'Mark Dell -> Arvelis', 'Sarah Klein -> Arvelis']);
    expect(
      read(
        'Sarah Klein, who founded Arvelis in 2019 with her brother, Mark Klein, remains chief executive.',
        'FOUNDED',
      ),
    ).toContain('Mark Klein -> Arvelis');
  });

  it('takes no former employer of the partners for a founder', () => {
    expect(
      read(
        'Étienne Vauclair a fondé Arvelis en 2003 avec trois anciens chercheurs du CNRS, Marc Delorme, Paul Henri et Inès Carvalho.',
        'FOUNDED',
      ),
    ).toEqual([
      'Inès Carvalho -> Arvelis',
      'Marc Delorme -> Arvelis',
      'Paul Henri -> Arvelis',
      'Étienne Vauclair -> Arvelis',
    ]);
  });
});

describe('frame.founded.active: a company named after its description ("une agence web, X")', () => {
  it('reads the apposed name after an indefinite description, with or without a year first', () => {
    expect(read('Julien Oudart a cofondé une agence web, Pixelbrique.', 'FOUNDED')).toEqual([
      'Julien Oudart -> Pixelbrique',
    ]);
    expect(
      read(
        'Julien Oudart avait cofondé en 2014 une agence web, Pixelbrique, revendue depuis au groupe Wedia.',
        'FOUNDED',
      ),
    ).toEqual(['Julien Oudart -> Pixelbrique']);
    expect(read('Julien Oudart founded a web agency, Pixelbrique, in 2014.', 'FOUNDED')).toEqual([
      'Julien Oudart -> Pixelbrique',
    ]);
  });

  it('reads no second company of a list or a partner after the description', () => {
    expect(read('Julien Oudart a créé une filiale commune avec Wedia, Pixelbrique.', 'FOUNDED')).toEqual([]);
    expect(read('Julien Oudart a créé une agence web, puis Pixelbrique.', 'FOUNDED')).toEqual([]);
  });
});

describe('frame.leads.described-object-relative: "Y, une start-up qu\'elle préside"', () => {
  const rule = 'frame.leads.described-object-relative';
  it('reads the one person before the company as the pronoun of the relative, any verb of heading', () => {
    expect(
      pairsByRule(
        "Inès Carvalho a depuis quitté l'entreprise pour créer Hexadrone, une start-up de drones d'observation qu'elle préside.",
        'LEADS',
        rule,
      ),
    ).toEqual(['Inès Carvalho -> Hexadrone']);
    expect(
      pairsByRule(
        'Tom Baker left Acme in 2020 to set up Hexadrone, a maker of observation drones which he now runs.',
        'LEADS',
        rule,
      ),
    ).toEqual(['Tom Baker -> Hexadrone']);
    expect(
      pairsByRule(
        "Paul Martin a racheté Hexadrone, une PME bretonne qu'il dirige depuis 2015.",
        'LEADS',
        rule,
      ),
    ).toEqual(['Paul Martin -> Hexadrone']);
  });

  it('reads no past post, no second person and no place after the verb', () => {
    expect(
      pairsByRule('Tom Baker sold Hexadrone, a drone maker that he ran until 2019.', 'LEADS', rule),
    ).toEqual([]);
    expect(
      pairsByRule(
        "Paul Martin a rencontré Julie Faure chez Hexadrone, une PME bretonne qu'elle dirige.",
        'LEADS',
        rule,
      ),
    ).toEqual([]);
    expect(
      pairsByRule("Paul Martin a rejoint Hexadrone, une PME bretonne qu'il préside de Paris.", 'LEADS', rule),
    ).toEqual([]);
  });
});

describe('any.leads.whose-head-is: the head named in a relative on the company', () => {
  it('reads "dont P est le directeur général" and "where P is chief executive"', () => {
    expect(
      read('Ostréa, dont Loïc Guérin est le directeur général, vend ses huîtres en Asie.', 'LEADS'),
    ).toEqual(['Loïc Guérin -> Ostréa']);
    expect(
      read(
        "Deux ans plus tard, les deux associés fondaient Cardiosense, dont Claire Vasseur est aujourd'hui la directrice générale.",
        'LEADS',
      ),
    ).toEqual(['Claire Vasseur -> Cardiosense']);
    expect(read('She joined Ostrea, where Claire Vasser is chief executive, in 2019.', 'LEADS')).toEqual([
      'Claire Vasser -> Ostrea',
    ]);
  });

  it('reads no other post, no shareholder and no past post', () => {
    expect(
      read('Ostréa, dont Loïc Guérin est le directeur financier, vend ses huîtres en Asie.', 'LEADS'),
    ).toEqual([]);
    expect(read('Ostréa, dont Loïc Guérin est un actionnaire, vend ses huîtres en Asie.', 'LEADS')).toEqual(
      [],
    );
    expect(read('She joined Ostrea, where Claire Vasser was chief executive until 2019.', 'LEADS')).toEqual(
      [],
    );
  });
});

describe('any.leads.run-by: the company before the participle is its subject', () => {
  it('still reads the subject across an apposition or an aside', () => {
    expect(read('Weldtek, a Sheffield maker of welding robots, is run by Mark Ellison.', 'LEADS')).toEqual([
      'Mark Ellison -> Weldtek',
    ]);
    expect(
      read('Polysynthèse emploie 900 personnes et est dirigée par Karine Lefebvre-Osei.', 'LEADS'),
    ).toEqual(['Karine Lefebvre-Osei -> Polysynthèse']);
  });

  it('takes no company after a preposition or before "among" for the one headed', () => {
    expect(
      read(
        'Paymark, which counts Adyen and Mollie among its competitors, is led by Pieter de Groot.',
        'LEADS',
      ),
    ).toEqual(['Pieter de Groot -> Paymark']);
    expect(
      read(
        "Polysynthèse, qui emploie 900 personnes dans l'Oise et en Alsace, est dirigée par Karine Lefebvre-Osei.",
        'LEADS',
      ),
    ).toEqual(['Karine Lefebvre-Osei -> Polysynthèse']);
  });
});
