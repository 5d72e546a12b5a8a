import { pairsByRule, sortedPairs as read } from './frames-test-helpers';

/** Day eleven, founders and leaders: posts taken or kept, appointments, founders around a title apposition. */

describe('frame.leads.post-holder: a post taken, kept or held, any verb of the family', () => {
  it('reads the outgoing head who moves to the chair, in a relative after a first verb', () => {
    expect(
      read(
        'La société Vitrelis a changé de patron. Elle succède à son père, Gérard Maréchal, qui la dirigeait depuis 1991 et devient président du conseil de surveillance.',
        'LEADS',
      ),
    ).toContain('Gérard Maréchal -> Vitrelis');
    expect(
      read(
        'The logistics company Routelane named Sanne de Vries chief executive. She takes over from co-founder Pieter Hals, who has led the company since its launch in 2017 and becomes executive chairman.',
        'LEADS',
      ),
    ).toContain('Pieter Hals -> Routelane');
    expect(
      read(
        "La société Lumeria a nommé Karima Benhaddou directrice générale. Elle succède à Philippe Roussel, qui conserve la présidence du conseil d'administration.",
        'LEADS',
      ),
    ).toContain('Philippe Roussel -> Lumeria');
  });

  it('reads the post before a passive of holding, and the company the post is of', () => {
    expect(
      read(
        "La présidence du conseil d'administration reste assurée par Étienne Vauclair, qui a cofondé Arvelis en 2003.",
        'LEADS',
      ),
    ).toEqual(['Étienne Vauclair -> Arvelis']);
    expect(
      read(
        "Il est dirigé par Philippe Aubry, qui deviendra président du conseil d'administration de Méthavia.",
        'LEADS',
      ),
    ).toEqual(['Philippe Aubry -> Méthavia']);
  });

  it("refuses another body's post, a function's post and a company a merger will create", () => {
    expect(
      pairsByRule(
        'La société Vitrelis a nommé Marc Dupont. Anne Strauss, qui prend la présidence du conseil de surveillance de la filiale, reste actionnaire.',
        'LEADS',
        'frame.leads.post-holder',
      ),
    ).toEqual([]);
    expect(
      pairsByRule(
        'The logistics company Routelane named Sanne de Vries chief executive. Pieter Hals, who has led sales since 2017, becomes chief operating officer.',
        'LEADS',
        'frame.leads.post-holder',
      ),
    ).toEqual([]);
    expect(
      pairsByRule(
        'Pixel Forge et Studio Nébuleuse fusionnent. Lucas Berthier, qui dirige Pixel Forge, prend la direction générale du groupe fusionné.',
        'LEADS',
        'frame.leads.post-holder',
      ),
    ).toEqual([]);
  });
});

describe('frame.leads.appointed-post: an appointment, any verb and voice, the post read whole', () => {
  it('reads active appointments past a long apposition, a descriptor or an adjective of time', () => {
    expect(
      read(
        'Routelane, the Rotterdam-based company whose software helps shippers book container freight, has appointed Sanne de Vries as chief executive, effective immediately.',
        'LEADS',
      ),
    ).toEqual(['Sanne de Vries -> Routelane']);
    expect(
      read(
        'Vestfjord Bank said on Monday that it named finance chief Kari Lunde as its next chief executive.',
        'LEADS',
      ),
    ).toEqual(['Kari Lunde -> Vestfjord Bank']);
    expect(
      read(
        'Lisbon-based Vortice, which competes head to head with Pipedrive in sales software, has hired former Salesforce executive Nuno Carvalho as its chief executive.',
        'LEADS',
      ),
    ).toEqual(['Nuno Carvalho -> Vortice']);
  });

  it('reads a French passive with a board, and a post handed with "confier"', () => {
    expect(
      read(
        "La société Kerval change de patron. Maëlle Kerjean, 38 ans, a été nommée présidente du directoire de l'entreprise familiale, a annoncé lundi le fabricant.",
        'LEADS',
      ),
    ).toEqual(['Maëlle Kerjean -> Kerval']);
    expect(
      read(
        "L'équipementier toulousain Arvelis Systèmes, spécialiste des calculateurs, a confié sa direction générale à Nadia Benhamou.",
        'LEADS',
      ),
    ).toEqual(['Nadia Benhamou -> Arvelis Systèmes']);
  });

  it("refuses a function's post, a possibility and a dateline's agency", () => {
    expect(read('Vestfjord Bank has named Kari Lunde as chief operating officer.', 'LEADS')).toEqual([]);
    expect(read('Vestfjord Bank could name Kari Lunde as chief executive.', 'LEADS')).toEqual([]);
    expect(read('La société Kerval a nommé Paul Garec directeur financier.', 'LEADS')).toEqual([]);
    expect(
      pairsByRule(
        'OSLO, June 15 (Reuters) - Norwegian lender Vestfjord Bank said on Monday it had appointed Kari Lunde as chief executive.',
        'LEADS',
        'frame.leads.appointed-post',
      ),
    ).not.toContain('Kari Lunde -> Reuters');
  });
});

describe('frame.founded.apposed-title-relative: founding told in the relative after a title apposition', () => {
  it('reads the company of the apposition, named again, pointed at or as a clitic, with co-founders', () => {
    expect(
      read(
        '"We cut our shipping costs by a fifth," said Elin Strand, Varda Home\'s chief executive, who founded the chain in 2009.',
        'FOUNDED',
      ),
    ).toEqual(['Elin Strand -> Varda Home']);
    expect(
      read(
        '"Europe has woken up," said Kristjan Saar, Vigilon\'s chief executive, who founded the company in 2021 with former army officer Liis Tamm.',
        'FOUNDED',
      ),
    ).toEqual(['Kristjan Saar -> Vigilon', 'Liis Tamm -> Vigilon']);
    expect(
      read("Arnaud Petit, président de Solvia, qui l'a fondée en 2004, se félicite.", 'FOUNDED'),
    ).toEqual(['Arnaud Petit -> Solvia']);
  });

  it('refuses a relative that founds another company, and a past title with no founding', () => {
    expect(
      pairsByRule(
        'Paul Martin, chief executive of Acme, who founded Zetaline Labs in 2010, joined the board.',
        'FOUNDED',
        'frame.founded.apposed-title-relative',
      ),
    ).toEqual([]);
    expect(
      read(
        'Paul Martin, chief executive of Acme Corp, who joined the company in 2010, spoke on Monday.',
        'FOUNDED',
      ),
    ).toEqual([]);
  });
});

describe('frame.founded.whose-titled-founder / frame.leads.whose-titled-head', () => {
  it('reads "whose founder and chief executive, P," and the French "dont le cofondateur et président, P,"', () => {
    const en =
      'Its main rivals are iRhythm Technologies and Swiss start-up Holtera, whose founder and chief executive, Marco Bernasconi, said last month that the market would consolidate.';
    expect(read(en, 'FOUNDED')).toEqual(['Marco Bernasconi -> Holtera']);
    expect(read(en, 'LEADS')).toEqual(['Marco Bernasconi -> Holtera']);
    const fr =
      'Le marché est dominé par Solvia, dont le cofondateur et président, Arnaud Petit, vise la Bourse.';
    expect(read(fr, 'FOUNDED')).toEqual(['Arnaud Petit -> Solvia']);
    expect(read(fr, 'LEADS')).toEqual(['Arnaud Petit -> Solvia']);
  });

  it('gives a founder with no leader title no LEADS, and a chief technology officer neither', () => {
    const founder = 'Le marché est dominé par Solvia, dont le cofondateur, Arnaud Petit, vise la Bourse.';
    expect(pairsByRule(founder, 'LEADS', 'frame.leads.whose-titled-head')).toEqual([]);
    const cto = 'Rivals include Holtera, whose chief technology officer, Marco Bernasconi, spoke on Monday.';
    expect(pairsByRule(cto, 'LEADS', 'frame.leads.whose-titled-head')).toEqual([]);
    expect(pairsByRule(cto, 'FOUNDED', 'frame.founded.whose-titled-founder')).toEqual([]);
  });
});

describe('frame.founded.founder-topic: founders named by their noun, the sentence pointing at the company', () => {
  it('reads a founder noun when the sentence only points at the company', () => {
    expect(
      read(
        'Brightpath Group named Laura Hale chief executive on Monday. She replaces co-founder Gareth Lloyd, who has led the business since 2008.',
        'FOUNDED',
      ),
    ).toContain('Gareth Lloyd -> Brightpath Group');
  });

  it('refuses when the sentence names another company, often the buyer or the investor', () => {
    expect(
      pairsByRule(
        "Paylis lève 20 millions d'euros. Le fondateur, Karim Belhadj, réinvestit aux côtés d'Ardian et reste président.",
        'FOUNDED',
        'frame.founded.founder-topic',
      ),
    ).not.toContain('Karim Belhadj -> Ardian');
  });
});

describe('frame.founded.contact-relative / frame.founded.cataphoric-subject: a relative on the company founded', () => {
  it('reads a contact relative after a descriptor, its subject named, with a co-founder', () => {
    expect(
      read(
        'Claimwise, the Dublin insurtech Aisha Rahman co-founded with software engineer Tomás Brennan, sells insurers a system.',
        'FOUNDED',
      ),
    ).toEqual(['Aisha Rahman -> Claimwise', 'Tomás Brennan -> Claimwise']);
    expect(
      read(
        'Planvast, the small software firm Maria Jensen had founded in 2011, was sold to Descartes in 2016.',
        'FOUNDED',
      ),
    ).toEqual(['Maria Jensen -> Planvast']);
  });

  it('reads an object relative whose pronoun is the main subject named after it', () => {
    expect(
      read(
        "Passée par Danone puis par le cabinet de conseil Agrodata, qu'elle avait cofondé en 2016 avec Lucas Bréhat, Maëlle Kerjean a rejoint l'entreprise en 2019.",
        'FOUNDED',
      ),
    ).toEqual(['Lucas Bréhat -> Agrodata', 'Maëlle Kerjean -> Agrodata']);
    expect(
      read(
        'After years at Vodafone and at the agency Brightpixel, which she founded in 2012, Maria Jensen joined the bank.',
        'FOUNDED',
      ),
    ).toEqual(['Maria Jensen -> Brightpixel']);
  });

  it('refuses a relative of another verb, and a subject that is a list', () => {
    expect(
      pairsByRule(
        'Planvast, the small software firm Maria Jensen had joined in 2011, was sold to Descartes in 2016.',
        'FOUNDED',
        'frame.founded.contact-relative',
      ),
    ).toEqual([]);
    expect(
      pairsByRule(
        "Passée par le cabinet de conseil Agrodata, qu'elle avait cofondé en 2016, Maëlle Kerjean et Paul Garec ont rejoint l'entreprise.",
        'FOUNDED',
        'frame.founded.cataphoric-subject',
      ),
    ).toEqual([]);
  });
});
