/**
 * Plural pointers, heads and founders (ana2, day fifteen): the two clause subjects of "A …, tandis que B …" as the
 * pair "les deux groupes" stands for (anaphora-plural-parallel.ts); a definite board chaired with no company after
 * it (frames/leads-own-board.ts); a founder's relative with a second verb of heading
 * (frames/leads-founded-and-run.ts); a described founder before a founding relative (frames/founders-described.ts);
 * a company's relative telling its sale, with or without its founding (frames/founders-sold-relative.ts).
 * Sentences written for these tests.
 */
import { pairsByRule, sortedPairs } from './frames-test-helpers';

describe('the two subjects of parallel clauses are the pair a plural pointer stands for', () => {
  it.each([
    [
      "Hydrelis produit de l'électricité dans les Alpes. En 2024, Hydrelis a racheté le petit producteur Aure Hydro, tandis que Caldera Énergies prenait le contrôle de Savoie Turbines. Les deux groupes se livrent depuis une bataille serrée pour les concessions alpines.",
      'Caldera Énergies -> Hydrelis',
    ],
    [
      'Norvane Solar maintains rooftop panels. Norvane Solar bought PanelCare in 2022, while Heliant Energy acquired Vantis Services in 2021. Both companies compete for the same customers.',
      'Heliant Energy -> Norvane Solar',
    ],
    [
      "Le groupe Maréal vend du poisson. Maréal a repris Pêcheries du Nord l'an dernier, alors que Thalassa Foods s'offrait Conserverie Bleue. Les deux sociétés se disputent désormais les mêmes clients de la grande distribution.",
      'Maréal -> Thalassa Foods',
    ],
    [
      'Fretline runs trucks across Europe. Fretline took over Transkop in 2022, whereas Cargovia bought Depozit Logistic last year. The two groups now compete head-on in Poland.',
      'Cargovia -> Fretline',
    ],
  ])('%s', (text, want) => {
    const rivals = sortedPairs(text, 'COMPETES_WITH');
    expect(rivals).toContain(want);
    // the first deal's target is no rival of its buyer
    expect(rivals.filter((p) => /Aure Hydro|PanelCare|Pêcheries du Nord|Transkop/.test(p))).toEqual([]);
  });

  it.each([
    // no second company subject after the join: the pair is not the two clauses'
    "Hydrelis produit de l'électricité dans les Alpes. En 2024, Hydrelis a racheté le petit producteur Aure Hydro, tandis que le marché reculait. Les deux groupes se livrent depuis une bataille serrée pour les concessions alpines.",
  ])('no parallel pair: %s', (text) => {
    expect(sortedPairs(text, 'COMPETES_WITH').filter((p) => /Caldera|Heliant/.test(p))).toEqual([]);
  });
});

describe('a definite board chaired with no company after it', () => {
  it.each([
    [
      'Brenner Lines is a freight forwarder based in Rotterdam. Ingrid Brenner, now 66, still chairs the supervisory board.',
      'Ingrid Brenner -> Brenner Lines',
    ],
    [
      'Brenner Lines is a freight forwarder based in Rotterdam. Ingrid Brenner, 66, also chairs the board.',
      'Ingrid Brenner -> Brenner Lines',
    ],
    [
      'La Laiterie Berthaud fabrique du comté dans le Jura. Gérard Berthaud, 72 ans, préside toujours le conseil de surveillance.',
      'Gérard Berthaud -> Laiterie Berthaud',
    ],
  ])('%s', (text, want) => {
    // day 22: an age between commas is passed over (units-age-apposition.ts), so "P, 66, also chairs the board"
    // may be read first by the board-chair pattern on the person's verb; the fact is the same
    const read = [
      ...pairsByRule(text, 'LEADS', 'frame.leads.chairs-own-board'),
      ...pairsByRule(text, 'LEADS', 'frame.leads.chairs-board-topic'),
    ];
    expect(read).toEqual([want]);
  });

  it.each([
    // another company's board, a post over, a past post
    'Brenner Lines is a freight forwarder based in Rotterdam. Ingrid Brenner still chairs the board of Nordhavn Capital.',
    'Brenner Lines is a freight forwarder based in Rotterdam. Ingrid Brenner no longer chairs the supervisory board.',
    'Brenner Lines is a freight forwarder based in Rotterdam. Ingrid Brenner chaired the supervisory board until 2020.',
    'La Laiterie Berthaud fabrique du comté dans le Jura. Gérard Berthaud préside le conseil de surveillance de Sodiaal.',
  ])('no own board: %s', (text) => {
    expect(pairsByRule(text, 'LEADS', 'frame.leads.chairs-own-board')).toEqual([]);
  });
});

describe("a founder's relative with a second verb of heading", () => {
  it.each([
    [
      'Medora Health makes trial software. Pieter Hals, a former cardiologist who started Medora Health in 2015 and has led it ever since, becomes chairman.',
      'Pieter Hals -> Medora Health',
    ],
    [
      'Clinitrail makes trial software. Amélie Roux, who co-founded Clinitrail in 2014 with Tobias Kern and has been its chief executive since, will run the group.',
      'Amélie Roux -> Clinitrail',
    ],
    [
      'Medora Health makes trial software. Pieter Hals, who set up Medora Health in 2015 and has run it for a decade, said the deal was good.',
      'Pieter Hals -> Medora Health',
    ],
    [
      "Hydrelis produit de l'électricité. Sylvain Dorval, qui a fondé Néotherm en 2011 et le dirige depuis, rejoint le groupe.",
      'Sylvain Dorval -> Néotherm',
    ],
  ])('%s', (text, want) => {
    const leads = [
      ...pairsByRule(text, 'LEADS', 'en.leads.founded-and'),
      ...pairsByRule(text, 'LEADS', 'fr.leads.founded-and'),
    ];
    expect(leads).toEqual([want]);
  });

  it.each([
    // another function, a head leaving, a past post
    'Clinitrail makes trial software. Amélie Roux, who co-founded Clinitrail in 2014 and has been its chief technology officer since, spoke on Monday.',
    'Medora Health makes trial software. Pieter Hals, who started Medora Health in 2015 and has led it ever since, will step down in June.',
    'Medora Health makes trial software. Pieter Hals, who started Medora Health in 2015 and led it until 2020, spoke on Monday.',
  ])('no head: %s', (text) => {
    expect(pairsByRule(text, 'LEADS', 'en.leads.founded-and')).toEqual([]);
  });
});

describe('a described founder before a founding relative', () => {
  it.each([
    [
      'Medora Health makes trial software. Pieter Hals, a former cardiologist who founded Medora Health in 2015, said the deal was good.',
      'Pieter Hals -> Medora Health',
    ],
    [
      'Medora Health makes trial software. Pieter Hals, a doctor who later started Medora Health, said the deal was good.',
      'Pieter Hals -> Medora Health',
    ],
    [
      "Le groupe Hydrelis produit de l'électricité. Sylvain Dorval, un ancien ingénieur qui a fondé Néotherm en 2011, rejoint le groupe.",
      'Sylvain Dorval -> Néotherm',
    ],
  ])('%s', (text, want) => {
    expect(pairsByRule(text, 'FOUNDED', 'any.founded.described-who-founded')).toEqual([want]);
  });

  it.each([
    // a description naming an employer, a relative of another verb
    'Medora Health makes trial software. Pieter Hals, a former engineer at Philips who founded Medora Health in 2015, said the deal was good.',
    'Medora Health makes trial software. Pieter Hals, a doctor who joined Medora Health in 2015, said the deal was good.',
  ])('no described founder: %s', (text) => {
    expect(pairsByRule(text, 'FOUNDED', 'any.founded.described-who-founded')).toEqual([]);
  });
});

describe("a company's relative telling its sale", () => {
  it.each([
    [
      'Harold Brenner was a logistics pioneer. In 1987 he set up Cargolink, a freight-booking platform he co-founded with engineer Pieter Valk and sold to Descartes Systems in 2004.',
      'Descartes Systems -> Cargolink',
    ],
    [
      'Dana Whitcombe runs Norvane Solar. She previously led Brightgrid, a card processor she co-founded and sold to Calder Payments in 2017.',
      'Calder Payments -> Brightgrid',
    ],
    [
      "Nadia Kessler arrive chez Escapades Nature. Elle avait auparavant cofondé Trekko, une agence de randonnée en ligne qu'elle a revendue au Club Med en 2016.",
      'Club Med -> Trekko',
    ],
    [
      "Sylvain Dorval dirige depuis 2020 Néotherm, un spécialiste de la géothermie qu'il avait cofondé en 2011 puis cédé à Caldera Énergies en 2019.",
      'Caldera Énergies -> Néotherm',
    ],
  ])('%s', (text, want) => {
    expect(pairsByRule(text, 'ACQUIRED', 'frame.acquired.founder-sold-relative')).toEqual([want]);
  });

  it('the co-founder after "with" founded the company sold too', () => {
    const text =
      'Harold Brenner was a logistics pioneer. In 1987 he set up Cargolink, a freight-booking platform he co-founded with engineer Pieter Valk and sold to Descartes Systems in 2004.';
    // with "he" read as the founder of "set up", frame.founded.own-venture reads the co-founder first
    expect(sortedPairs(text, 'FOUNDED')).toContain('Pieter Valk -> Cargolink');
  });

  it.each([
    // a wish, a negation, a purchase
    'Harold Brenner was a logistics pioneer. He ran Cargolink, a platform he hoped to sell to Descartes Systems.',
    "Nadia Kessler arrive chez Escapades Nature. Elle dirige Trekko, une agence qu'elle n'a jamais revendue au Club Med.",
    'Harold Brenner was a logistics pioneer. He ran Cargolink, a platform he bought from Descartes Systems in 2004.',
  ])('no sale: %s', (text) => {
    expect(pairsByRule(text, 'ACQUIRED', 'frame.acquired.founder-sold-relative')).toEqual([]);
  });
});
