import { readFoundedPassive } from '../../../ingest/relations/frames/founders-founded';
import { readerNames as direct, sortedPairsWithRule as read } from './frames-test-helpers';

describe('FOUNDED from a fronted participle of founding', () => {
  it('reads places and years before "par"/"by", and a descriptor before the company', () => {
    expect(
      read(
        'Lancée en 2017 à Nantes par Claire Berthaud et Paul Morel, la société Ombelia conçoit des capteurs agricoles.',
        'FOUNDED',
      ),
    ).toEqual([
      'Claire Berthaud -> Ombelia [frame.founded.passive]',
      'Paul Morel -> Ombelia [frame.founded.passive]',
    ]);
    expect(
      read(
        'Established in 2010 in Leeds by Harriet Ockwell and Dev Ranganathan, Quorvel makes industrial scales.',
        'FOUNDED',
      ),
    ).toEqual([
      'Dev Ranganathan -> Quorvel [frame.founded.passive]',
      'Harriet Ockwell -> Quorvel [frame.founded.passive]',
    ]);
  });

  it('steps over an apposition inside the list of founders, but takes no company named in it', () => {
    const text =
      'Started in 2019 by Laura Finch, a former engineer at Boeing, and Mark Osei, Stellamar now sells drones to farms.';
    expect(direct(text, readFoundedPassive)).toEqual(['Laura Finch -> Stellamar', 'Mark Osei -> Stellamar']);
  });

  it('gives the agent to the second of two coordinated participles only', () => {
    const text =
      'Créée en 1998 et présidée par Anne Colbert, la société Ferlane compte 300 salariés dans le pays.';
    expect(read(text, 'FOUNDED')).toEqual([]);
    expect(direct(text, readFoundedPassive)).toEqual([]);
  });

  it('needs a person as agent: a product launched by someone founds nothing', () => {
    expect(
      read('Le nouveau parfum, lancé par Marie Curien, a séduit les clientes de la marque.', 'FOUNDED'),
    ).toEqual([]);
  });
});

describe('FOUNDED from an active verb of founding, any tense', () => {
  it('reads the imperfect with a coordinated subject, and a co-founder after "avec"', () => {
    expect(
      read(
        'En 2014, Lucie Fabron et Mehdi Saoud fondaient la société Tramelis, un spécialiste de la logistique urbaine.',
        'FOUNDED',
      ),
    ).toEqual([
      'Lucie Fabron -> Tramelis [frame.founded.active]',
      'Mehdi Saoud -> Tramelis [frame.founded.active]',
    ]);
    expect(
      read(
        'Pierre Tessard avait cofondé la coopérative Vignaval avec Marie Prieur, selon le journal.',
        'FOUNDED',
      ),
    ).toEqual([
      'Marie Prieur -> Vignaval [frame.founded.active]',
      // the pluperfect's own pattern rule (founded-compound-tense.ts) reads the subject first: pattern rules win
      'Pierre Tessard -> Vignaval [any.founded.pluperfect]',
    ]);
  });

  it('reads "set up" with a company object', () => {
    expect(read('Emma Collier set up Oakhaven Analytics in 2015.', 'FOUNDED')).toEqual([
      // the two-word pattern rule (founded-compound-tense.ts) reads it before the frame reader: pattern rules win
      'Emma Collier -> Oakhaven Analytics [en.founded.set-up]',
    ]);
  });

  it('refuses a negated founding', () => {
    expect(read('Michael Keswick never founded Pellucid Labs, his lawyer said.', 'FOUNDED')).toEqual([]);
    expect(
      read("Thomas Brun n'a jamais créé la société Verolia, contrairement à ce qui a été écrit.", 'FOUNDED'),
    ).toEqual([]);
  });
});

describe('LEADS from a verb or participle of heading', () => {
  it('reads an active verb of heading with a company object, in both languages', () => {
    // day 23: a past verb with an end tells a post that is over, which the gold does not count
    expect(read('David Farrow ran Castellan Freight until his retirement.', 'LEADS')).toEqual([]);
    expect(read('David Farrow runs Castellan Freight from Leeds.', 'LEADS')).toEqual([
      'David Farrow -> Castellan Freight [frame.leads.active]',
    ]);
    expect(
      read(
        'Julie Lestel dirige la société Savonia depuis 2016, avec une équipe de cinquante personnes.',
        'LEADS',
      ),
    ).toEqual(['Julie Lestel -> Savonia [frame.leads.active]']);
  });

  it("does not read a company's possessive as the thing headed", () => {
    expect(read("Kevin Mensah led Trellis Energy's expansion into Ghana.", 'LEADS')).toEqual([]);
  });

  it('reads a passive with a time phrase and an apposed kin noun before the person', () => {
    // day 24: a closed span ("de 2010 à 2018") tells the post as over (people-span-day24.test.ts), so the reading
    // is checked on a post still held
    expect(
      read('La société Ombrelle est dirigée depuis 2018 par sa fille, Hélène Moreau, à Lyon.', 'LEADS'),
    ).toEqual(['Hélène Moreau -> Ombrelle [frame.leads.passive]']);
    expect(
      read('Quayline Systems, helmed by Jennifer Cole since 2019, sells ledgers to banks.', 'LEADS'),
    ).toEqual(['Jennifer Cole -> Quayline Systems [frame.leads.passive]']);
  });

  it('gives a participle coordinated with a founding the founded company, and "par lui" the founder', () => {
    expect(
      read('Lumetra was founded in 2016 by Ada Korhonen and is run by chief executive John Pelto.', 'LEADS'),
    ).toEqual(['John Pelto -> Lumetra [frame.leads.passive]']);
    expect(
      read(
        'La société Vervane, créée par Paul Orsini et présidée par lui, emploie 40 personnes à Rennes.',
        'LEADS',
      ),
    ).toEqual(['Paul Orsini -> Vervane [frame.leads.passive]']);
  });

  it('reads a participle of heading that closes a descriptive apposition after "et"', () => {
    expect(
      read(
        'Le fabricant Verdane, un groupe familial de 1 800 salariés basé à Annecy et dirigé par Bertrand Ollier, a été préféré.',
        'LEADS',
      ),
    ).toEqual(['Bertrand Ollier -> Verdane [frame.leads.passive]']);
  });

  it('reads a founder who still heads the company from the relative clause after a fronted founding', () => {
    expect(
      read(
        'Founded in 2008 by Inga Solberg, who remains its chief executive, Nordquill sells ledgers to banks.',
        'LEADS',
      ),
    ).toEqual(['Inga Solberg -> Nordquill [frame.leads.founder-still-heads]']);
    expect(
      read(
        'Créée en 2001 par Marc Oudin, qui était alors consultant chez un concurrent, la société Prismea emploie 80 personnes.',
        'LEADS',
      ),
    ).toEqual([]);
  });
});

describe('Titles: fronted before a person, or held as a post', () => {
  it('reads a fronted title of a company apposed to the person after it', () => {
    const text =
      'Directrice générale et cofondatrice de la société Bellefeuille, une marque de cosmétiques bio, Sabine Rocheteau veut doubler ses ventes.';
    expect(read(text, 'FOUNDED')).toEqual(['Sabine Rocheteau -> Bellefeuille [frame.founded.fronted-title]']);
    expect(read(text, 'LEADS')).toEqual(['Sabine Rocheteau -> Bellefeuille [frame.leads.fronted-title]']);
  });

  it('refuses a subordinate fronted title', () => {
    const text =
      "Vice-président de la société Moravis, un cabinet de conseil, Thomas Aubrac a commenté les résultats de l'année.";
    expect(read(text, 'LEADS')).toEqual([]);
  });

  it('reads a post held in any tense, and refuses posts that are not a head', () => {
    expect(
      read(
        "Sophie Garnier était jusqu'en 2020 présidente de la société Corbelle, avant de partir à la retraite.",
        'LEADS',
      ),
      // day 23: an imparfait post with an end is over, which the gold does not count
    ).toEqual([]);
    expect(read('Harold Pym, who has been chairman of Sable Rock since 2012, will retire.', 'LEADS')).toEqual(
      ['Harold Pym -> Sable Rock [frame.leads.post]'],
    );
    expect(read('Anita Lund is a partner of Greyfield Capital, the investment firm.', 'LEADS')).toEqual([]);
    expect(
      read('Corentin Vasseur est directeur commercial de la société Labrune depuis trois ans.', 'LEADS'),
    ).toEqual([]);
  });
});

describe('LEADS from "à la tête de" / "at the helm of"', () => {
  it('reads the idiom after an apposition comma or a relative clause', () => {
    expect(
      read(
        'Julie Moreau, à la tête de la société Calyxa depuis 2015, veut doubler ses ventes en Europe.',
        'LEADS',
      ),
    ).toEqual(['Julie Moreau -> Calyxa [frame.leads.at-head]']);
    expect(
      read(
        'Jennifer Cole, who has been at the helm of Quayline Systems since 2019, said sales rose.',
        'LEADS',
      ),
    ).toEqual(['Jennifer Cole -> Quayline Systems [frame.leads.at-head]']);
  });

  it('refuses "the head office" and a head of something that is not named', () => {
    expect(read('Jennifer Cole arrived at the head office of Quayline Systems.', 'LEADS')).toEqual([]);
    expect(read('Julie Moreau a été placée à la tête de la filiale par le groupe Calyxa.', 'LEADS')).toEqual(
      [],
    );
  });
});

describe('FOUNDED from an infinitive of founding', () => {
  it('gives the company founded to the person the sentence opens on, past a former employer', () => {
    expect(
      read(
        'Après dix ans chez Orange, Julie Moreau a quitté le groupe pour fonder la société Calyxa, spécialiste des capteurs.',
        'FOUNDED',
      ),
    ).toEqual(['Julie Moreau -> Calyxa [frame.founded.active]']);
  });

  it('refuses it when a company is the subject that asks someone else to do it', () => {
    expect(read('Quayline Systems asked Jennifer Cole to start Harbor Labs.', 'FOUNDED')).toEqual([]);
  });
});

describe("The article's company, from a sentence that names no company", () => {
  const opening = 'Harlow Robotics makes arms for warehouses. ';

  it('reads a bare leader title after a verb of holding or leaving a post', () => {
    expect(
      read(opening + 'Jennifer Okafor will stay on as chief executive after the sale.', 'LEADS'),
    ).toEqual(['Jennifer Okafor -> Harlow Robotics [frame.leads.bare-title-topic]']);
    expect(read(opening + 'Jennifer Okafor, who is chief executive, says demand doubled.', 'LEADS')).toEqual([
      'Jennifer Okafor -> Harlow Robotics [frame.leads.bare-title-topic]',
    ]);
  });

  it('reads the title after an apposed name ("Her successor, P, has been …")', () => {
    expect(
      read(opening + 'Her successor, Jennifer Okafor, has been chief executive since May.', 'LEADS'),
    ).toEqual(['Jennifer Okafor -> Harlow Robotics [frame.leads.bare-title-topic]']);
  });

  it('refuses a title of a department or of another body', () => {
    expect(read(opening + 'Jennifer Okafor is head of sales.', 'LEADS')).toEqual([]);
    expect(read(opening + 'Jennifer Okafor was chairman at a bank until 2019.', 'LEADS')).toEqual([]);
  });

  it('reads a founder apposed to the name, and a founder who keeps the chair', () => {
    const text =
      'La société Tellane fabrique des bornes de recharge. Le capital reste entre les mains de la fondatrice, Claire Dumont, qui conserve la présidence.';
    expect(read(text, 'FOUNDED')).toEqual(['Claire Dumont -> Tellane [frame.founded.founder-topic]']);
    expect(read(text, 'LEADS')).toEqual(['Claire Dumont -> Tellane [frame.leads.keeps-head-topic]']);
  });

  it("counts the chair of the company's own supervisory board, not the chair of another body", () => {
    // GOLD-FORMAT's LEADS counts a "président"/"chairman"; the gold counts supervisory-board chairs
    expect(
      read(
        "La société Tellane fabrique des bornes de recharge. Claire Dumont, qui conserve la présidence du conseil de surveillance, a salué l'accord.",
        'LEADS',
      ),
    ).toEqual(['Claire Dumont -> Tellane [frame.leads.keeps-head-topic]']);
    expect(
      read(
        "La société Tellane fabrique des bornes de recharge. Claire Dumont, qui conserve la présidence du comité d'éthique, a salué l'accord.",
        'LEADS',
      ),
    ).toEqual([]);
  });

  it('refuses the founder of something else', () => {
    expect(read(opening + 'The founder of the movement, Jennifer Okafor, spoke.', 'FOUNDED')).toEqual([]);
  });
});
