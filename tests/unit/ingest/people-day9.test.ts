import { facts, run } from './helpers';

/** FOUNDED and LEADS facts of one text as "TYPE person -> org", sorted. */
function people(text: string): string[] {
  const article = run(text);
  return [...facts(article, 'FOUNDED'), ...facts(article, 'LEADS')]
    .map((r) => `${r.type} ${r.source} -> ${r.target}`)
    .sort();
}

describe('a list of agents after "run by" ends at a conjunction opening another clause', () => {
  it('gives the interim head only, not the head who left', () => {
    const found = people(
      'Corvalia runs 60 hotels across Spain. Corvalia has been run since May by finance chief Teresa Aldana, after former chief executive Oskar Lindgren resigned over a dispute with shareholders.',
    );
    expect(found).toContain('LEADS Teresa Aldana -> Corvalia');
    expect(found.filter((f) => f.startsWith('LEADS Oskar Lindgren'))).toEqual([]);
  });
});

describe('"qui en est le directeur général" in a relative clause on the person', () => {
  it('reads the post of the company the article is about', () => {
    const found = people(
      'La coopérative Vignalis vend le vin de 300 vignerons. Julien Trassard, qui en est le directeur général depuis 2021, veut doubler les exportations.',
    );
    expect(found).toContain('LEADS Julien Trassard -> Vignalis');
  });

  it('reads "qui a rejoint X en 2019, en est aujourd’hui la présidente" as a post at the company joined', () => {
    const found = people(
      "Le marché des abris de jardin se concentre. Solène Marquis, qui a rejoint Boisdal en 2019, en est aujourd'hui la présidente.",
    );
    expect(found).toContain('LEADS Solène Marquis -> Boisdal');
  });

  it('does not read a company left in the relative as the one headed', () => {
    const found = people(
      "Le marché des abris de jardin se concentre. Solène Marquis, qui a quitté Boisdal en 2019, en est aujourd'hui la présidente.",
    );
    expect(found).not.toContain('LEADS Solène Marquis -> Boisdal');
  });

  it('leaves a founding’s relative to the company founded, not the article’s', () => {
    const found = people(
      'Le fonds Arvel Partenaires a pris 30 % de Jardimeuble. Fondée en 2004 par Gilles Ferrand, qui en est toujours le président, la fabrique vendéenne emploie 80 personnes.',
    );
    expect(found).not.toContain('LEADS Gilles Ferrand -> Arvel Partenaires');
  });
});

describe('an appointment dated by its day, or told after an aside', () => {
  it('reads "a désigné jeudi P directrice générale"', () => {
    const found = people('Le transporteur Ferovia a désigné jeudi Claire Castellane directrice générale.');
    expect(found).toContain('LEADS Claire Castellane -> Ferovia');
  });

  it('gives no head for a finance post', () => {
    const found = people('Le transporteur Ferovia a désigné jeudi Claire Castellane directrice financière.');
    expect(found.filter((f) => f.startsWith('LEADS'))).toEqual([]);
  });

  it('reads "appointed P, currently …, as its new chief executive"', () => {
    const found = people(
      'Harbrook Freight said on Tuesday it had appointed Daniel Mwangi, currently a regional director at Kestow Logistics, as its new chief executive from March.',
    );
    expect(found).toContain('LEADS Daniel Mwangi -> Harbrook Freight');
    expect(found).not.toContain('LEADS Daniel Mwangi -> Kestow Logistics');
  });

  it('does not read an officer’s post after the aside as the head’s', () => {
    const found = people(
      'Harbrook Freight said on Tuesday it had appointed Daniel Mwangi, currently a regional director at Kestow Logistics, as its chief operating officer.',
    );
    expect(found).not.toContain('LEADS Daniel Mwangi -> Harbrook Freight');
  });
});

describe('interim heads', () => {
  it('reads "P has run X on an interim basis"', () => {
    const found = people(
      'Shares in Maltby Rail fell 4%. Anita Sorensen has run Maltby Rail on an interim basis since the chief executive left in June.',
    );
    expect(found).toContain('LEADS Anita Sorensen -> Maltby Rail');
  });

  it('does not read a perfect of heading without the interim mark', () => {
    const found = people(
      'Shares in Maltby Rail fell 4%. Anita Sorensen has run Maltby Rail since 2012 and will step down in June.',
    );
    expect(found).not.toContain('LEADS Anita Sorensen -> Maltby Rail');
  });

  it('reads French "P, le directeur financier, assure l’intérim depuis le départ de Q"', () => {
    const found = people(
      "Le groupe Ardelis exploite neuf usines en Bretagne. Yann Coadou, le directeur financier, assure l'intérim depuis le départ de Brigitte Salmon.",
    );
    expect(found).toContain('LEADS Yann Coadou -> Ardelis');
  });

  it('does not read an interim of a finance post', () => {
    const found = people(
      "Le groupe Ardelis exploite neuf usines en Bretagne. Yann Coadou assure l'intérim de la direction financière.",
    );
    expect(found.filter((f) => f.startsWith('LEADS Yann Coadou'))).toEqual([]);
  });
});

describe('a new head succeeding the founder', () => {
  it('reads the founder and the chair he moves to', () => {
    const found = people(
      'Brisklane, the Leeds-based courier, on Monday named Fatima Haddad as chief executive, succeeding founder George Pellow, who will become chairman.',
    );
    expect(found).toContain('FOUNDED George Pellow -> Brisklane');
    expect(found).toContain('LEADS George Pellow -> Brisklane');
    expect(found).toContain('LEADS Fatima Haddad -> Brisklane');
  });

  it('gives no founding to a predecessor not called founder, nor a head moving to another post', () => {
    const found = people(
      'Brisklane, the Leeds-based courier, on Monday named Fatima Haddad as chief executive, succeeding George Pellow, who will become chief financial officer.',
    );
    expect(found).not.toContain('FOUNDED George Pellow -> Brisklane');
    expect(found).not.toContain('LEADS George Pellow -> Brisklane');
  });

  it('reads a founder taken over from with "ce dernier avait fondé X avec P"', () => {
    const found = people(
      "Le groupe Ostréa élève des huîtres à Cancale. Sa présidente succède à Loïc Guéguen. Ce dernier avait fondé Ostréa en 1998 avec l'ancien mareyeur Pascal Le Bris.",
    );
    expect(found).toContain('FOUNDED Pascal Le Bris -> Ostréa');
  });
});

describe('the brainchild of a company’s former staff', () => {
  it('reads the founder, not the former employer', () => {
    const found = people(
      'Quaylight, the brainchild of former Orvane engineer Tomás Ibarra, raised $9 million on Tuesday.',
    );
    expect(found).toContain('FOUNDED Tomás Ibarra -> Quaylight');
    expect(found).not.toContain('FOUNDED Tomás Ibarra -> Orvane');
  });
});

describe('a stake bought "à son fondateur"', () => {
  it('gives no founding to the buyer the possessive was drawn to', () => {
    const found = people(
      'Le fonds Maréval Capital entre chez Biscuiterie Lannec, un fabricant de galettes. Le fonds rachète 60 % du capital à son fondateur, Jean-Yves Lannec, qui garde le reste.',
    );
    expect(found).not.toContain('FOUNDED Jean-Yves Lannec -> Maréval Capital');
  });

  it('reads the company a person bought from its founder', () => {
    const found = people(
      "Papeteries Vauclin est dirigé depuis 2015 par Odile Serrand, qui a racheté l'entreprise à son fondateur, Armand Vauclin.",
    );
    expect(found).toContain('FOUNDED Armand Vauclin -> Papeteries Vauclin');
  });
});

describe('a chair of the company’s own board in a sentence naming no company', () => {
  it('reads "P, qui conserve la présidence du conseil d’administration"', () => {
    const found = people(
      "Le groupe Calvane fabrique des ascenseurs. Sa nouvelle directrice générale succède à Rémi Castagné, qui conserve la présidence du conseil d'administration.",
    );
    expect(found).toContain('LEADS Rémi Castagné -> Calvane');
  });

  it('does not read the chair of a committee', () => {
    const found = people(
      "Le groupe Calvane fabrique des ascenseurs. Sa nouvelle directrice générale succède à Rémi Castagné, qui conserve la présidence du comité d'éthique.",
    );
    expect(found).not.toContain('LEADS Rémi Castagné -> Calvane');
  });

  it('reads "Son frère, P, préside le conseil de surveillance"', () => {
    const found = people(
      'La maison Dorval vend des cafés torréfiés à Rouen. Son frère, Édouard Dorval, préside le conseil de surveillance.',
    );
    expect(found).toContain('LEADS Édouard Dorval -> Dorval');
  });

  it('does not read the chair of a regional council', () => {
    const found = people(
      'La maison Dorval vend des cafés torréfiés à Rouen. Son frère, Édouard Dorval, préside le conseil régional.',
    );
    expect(found).not.toContain('LEADS Édouard Dorval -> Dorval');
  });
});

describe('a speaker’s bare title, with "we" inside the quotation', () => {
  it('reads "said P, who serves as chief executive" as the article’s company’s head', () => {
    const found = people(
      'Thornfield Games raised $14 million. "We want players to build together," said Aisha Mensah, who serves as chief executive.',
    );
    expect(found).toContain('LEADS Aisha Mensah -> Thornfield Games');
  });

  it('reads "« … », souligne P, présidente du directoire."', () => {
    const found = people(
      'Le fonds Cérame Gestion a bouclé son troisième millésime. « Nous avons tenu nos objectifs malgré la conjoncture », souligne Pauline Ardent, présidente du directoire.',
    );
    expect(found).toContain('LEADS Pauline Ardent -> Cérame Gestion');
  });

  it('does not read a subsidiary’s director', () => {
    const found = people(
      'Le fonds Cérame Gestion a bouclé son troisième millésime. « Nous avons tenu nos objectifs », souligne Pauline Ardent, directrice de la filiale lyonnaise.',
    );
    expect(found).not.toContain('LEADS Pauline Ardent -> Cérame Gestion');
  });
});

describe('one founder of a counted group, named after "dont"', () => {
  it('reads the founding, and the post when a head’s title is told', () => {
    const found = people(
      'Le recyclage des batteries attire les fonds. Créée en 2018 par quatre ingénieurs du CEA, dont sa présidente Claire Vautier, Recyclix traite 5 000 tonnes par an.',
    );
    expect(found).toContain('FOUNDED Claire Vautier -> Recyclix');
    expect(found).toContain('LEADS Claire Vautier -> Recyclix');
    expect(found.filter((f) => f.endsWith('-> CEA'))).toEqual([]);
  });

  it('gives no post when no title is told', () => {
    const found = people(
      'Le recyclage des batteries attire les fonds. Créée en 2018 par quatre ingénieurs du CEA, dont Claire Vautier, Recyclix traite 5 000 tonnes par an.',
    );
    expect(found).toContain('FOUNDED Claire Vautier -> Recyclix');
    expect(found).not.toContain('LEADS Claire Vautier -> Recyclix');
  });
});
