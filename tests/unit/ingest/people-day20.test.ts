/**
 * Day twenty, founders and leaders: how a sentence's structure says whose founder or leader a person is.
 * - a possessive before a plural or counted founder noun names the company's founders ("its co-founders, A and B",
 *   "ses deux fondateurs, A et B"), and after ", and" the first clause's subject owns them
 *   (anaphora-founder-group.ts);
 * - the subject of a founding verb with a partner is found across an apposition, a relative or a first predicate
 *   (frames/apposed-subject.ts, frames/founders-companion.ts);
 * - the clause a verb of saying opens after a titled person names what the speaker talks about, not the company of
 *   the title (frames/leads-aside-names.ts); "told the X" brings an outlet;
 * - a quotation's "we" says whose title its speaker holds (frames/leads-speaker-quoted.ts);
 * - "the venture" / "la coentreprise" points at the company introduced as a joint venture, never at the article's
 *   own (described-heads.ts).
 * Sentences written for these tests.
 */
import { madePairs } from './helpers';
import { tokenize } from '../../../ingest/tokens';
import { ownsFounderNoun } from '../../../ingest/relations/anaphora-founder-group';

const founded = (text: string): string[] => madePairs(text, '2026-03-03', 'FOUNDED');
const leads = (text: string): string[] => madePairs(text, '2026-03-03', 'LEADS');

describe('a possessive before plural or counted founder nouns', () => {
  it.each([
    [
      "Ledgerly has bought Tallyo, a London invoicing start-up. Its co-founders, Camille Roux and Mehdi Saidi, will join Ledgerly's product team.",
      ['Camille Roux -> Tallyo', 'Mehdi Saidi -> Tallyo'],
    ],
    [
      "La Biscuiterie Ménard a racheté Croq'Nature en 2023. Ses deux fondateurs, Julien Paquet et Amandine Royer, l'avaient lancée en 2016 à Saumur.",
      ["Amandine Royer -> Croq'Nature", "Julien Paquet -> Croq'Nature"],
    ],
  ])('%s', (text, pairs) => {
    const got = founded(text);
    for (const p of pairs) expect(got).toContain(p);
  });

  it('after ", and" the possessive is the first clause\'s subject, not its last object', () => {
    const got = founded(
      'Stayflow vies with SiteMinder and Cloudbeds for independent hotels, and its founders, Inês Carvalho and Tiago Mendes, will stay on to run the unit.',
    );
    expect(got).toContain('Inês Carvalho -> Stayflow');
    expect(got).not.toContain('Inês Carvalho -> Cloudbeds');
  });

  it.each([
    ['its co-founders, Camille Roux', true],
    ['ses deux fondateurs, Julien Paquet', true],
    ['its other co-founder, Tom Reddish', true],
    ["its founders' family office", false],
    ['its founders’ family office', false],
    ['its two rivals', false],
  ])('the possessive of "%s" owns a founder noun: %s', (text, owns) => {
    expect(ownsFounderNoun(tokenize(text), 0)).toBe(owns);
  });
});

describe('the subject of a founding verb with a partner, across what stands between', () => {
  it('an apposition: "P, a former X engineer, co-founded Y in 2019 with Q"', () => {
    const got = founded(
      'Voltaris makes grid batteries. Hannah Okafor, a former National Grid engineer, co-founded Voltaris in 2019 with Tom Reddish.',
    );
    expect(got).toContain('Tom Reddish -> Voltaris');
    expect(got).toContain('Hannah Okafor -> Voltaris');
  });

  it('an apposition and a relative: "said P, the group\'s chief executive, who founded Y with Q"', () => {
    const got = founded(
      'Lumen Dental Partners runs 40 clinics. "We can now bring modern dentistry to small towns," said Aoife Brennan, the group\'s chief executive, who founded Lumen Dental Partners in 2012 with her brother Cian Brennan.',
    );
    expect(got).toEqual(['Aoife Brennan -> Lumen Dental Partners', 'Cian Brennan -> Lumen Dental Partners']);
  });

  it('a first predicate: "P previously ran X, …, and co-founded Y with Q"', () => {
    const got = founded(
      'Priya Nair previously ran Halden Systems, a hospital software vendor, and co-founded Carebridge in 2016 with Tom Ashworth.',
    );
    expect(got).toContain('Priya Nair -> Carebridge');
    expect(got).toContain('Tom Ashworth -> Carebridge');
    expect(got).not.toContain('Priya Nair -> Halden Systems');
  });

  it('French: "P, ancienne ingénieure d\'X, a cofondé Y avec Q"', () => {
    const got = founded(
      "Aérolis fabrique des drones. Marie Dupont, ancienne ingénieure d'Airbus, a cofondé Aérolis en 2015 avec Paul Martin.",
    );
    expect(got).toEqual(['Marie Dupont -> Aérolis', 'Paul Martin -> Aérolis']);
  });

  it('French: "P a dirigé X pendant dix ans, et a cofondé Y avec Q"', () => {
    const got = founded(
      'Claire Morel a dirigé Algoé pendant dix ans, et a cofondé Datalys en 2019 avec Paul Henry.',
    );
    expect(got).toContain('Paul Henry -> Datalys');
    expect(got).toContain('Claire Morel -> Datalys');
  });

  it('a company subject across an apposition founds nothing with its partner', () => {
    const got = founded(
      'Harbour Capital, a former National Grid unit, launched Voltaris in 2019 with Tom Reddish.',
    );
    expect(got).not.toContain('Tom Reddish -> Voltaris');
  });

  it('a second person in the apposition is no subject to cross', () => {
    const got = founded(
      'Hannah Okafor met Sam Lee, a former National Grid engineer, and co-founded Voltaris in 2019 with Tom Reddish.',
    );
    expect(got).not.toContain('Sam Lee -> Voltaris');
  });
});

describe('a titled speaker of the article company, whatever the reported clause names', () => {
  it('"Chief executive P said Y would …": Y is talked about, not the title\'s company', () => {
    const text =
      'Northgate Foods has agreed to buy Crisply, a maker of vegetable crisps. Chief executive Martin Oyelaran said Crisply would give the group a foothold in snacks.';
    expect(leads(text)).toContain('Martin Oyelaran -> Northgate Foods');
  });

  it('French: "Le président P a déclaré que Y …"', () => {
    const text =
      'Northgate Foods rachète Crisply, un fabricant de chips de légumes. Le président Martin Oyelaran a déclaré que Crisply apporterait au groupe une place dans les snacks.';
    expect(leads(text)).toContain('Martin Oyelaran -> Northgate Foods');
  });

  it('a company named before the verb of saying still owns the title ("Y chief executive P said")', () => {
    const text =
      'Northgate Foods has agreed to buy Crisply, a maker of vegetable crisps. Crisply chief executive Martin Oyelaran said the brand would stay.';
    const got = leads(text);
    expect(got).toContain('Martin Oyelaran -> Crisply');
    expect(got).not.toContain('Martin Oyelaran -> Northgate Foods');
  });

  it('a governor heads a state or a central bank, never the article company ("Delaware Governor P said …")', () => {
    const text =
      "Northgate Foods has agreed to buy Crisply, a maker of vegetable crisps. Delaware Governor Martin Oyelaran said the state's Division of Small Business would help the new owner.";
    expect(leads(text)).toEqual([]);
    const french =
      'Northgate Foods rachète Crisply, un fabricant de chips de légumes. Le gouverneur Martin Oyelaran a déclaré que la région aiderait le nouveau propriétaire.';
    expect(leads(french)).toEqual([]);
    const opening =
      'Northgate Foods has agreed to buy Crisply, a maker of vegetable crisps. Delaware Governor Martin Oyelaran welcomed the new owner on Monday.';
    expect(leads(opening)).toEqual([]);
  });
});

describe('a quotation\'s "we" says whose title the speaker holds', () => {
  it('"“We …,” chief executive P told the Financial Times" after a rival\'s sentence', () => {
    const text =
      'Ocuvis has launched a cheaper eye drug. Arvena Biopharma will answer with its own generic next year. "We intend to be the price leader," chief executive Lukas Brandt told the Financial Times.';
    const got = leads(text);
    expect(got).toContain('Lukas Brandt -> Arvena Biopharma');
    expect(got).not.toContain('Lukas Brandt -> Ocuvis');
    expect(got).not.toContain('Lukas Brandt -> Financial Times');
  });
});

describe('"the venture" is the company introduced as a joint venture', () => {
  it.each([
    [
      'Harlow Medical and Kitsune Robotics set up OrthoBot Labs, a joint venture that builds surgical robots. The venture is run by Kenji Morita, a Kitsune veteran.',
      'Kenji Morita -> OrthoBot Labs',
    ],
    [
      'Mediscan et Guerbet ont créé Contrastia, une coentreprise chargée de vendre des logiciels aux radiologues. La coentreprise est dirigée par Thomas Nguyen.',
      'Thomas Nguyen -> Contrastia',
    ],
  ])('%s', (text, pair) => {
    expect(leads(text)).toContain(pair);
  });

  it('with no venture introduced, "the venture" points at no company', () => {
    expect(leads('Harlow Medical makes hip implants in Leeds. The venture is run by Kenji Morita.')).toEqual(
      [],
    );
  });
});

describe('a partner fronted before the founder ("Avec son frère Q, P avait créé X")', () => {
  it('French: the partner and the subject both founded the object company', () => {
    const got = founded(
      'Avec son frère Olivier Vuillemin, Jean-Paul Vuillemin avait par ailleurs créé en 2008 la Laiterie des Combes, spécialisée dans les yaourts.',
    );
    expect(got).toEqual([
      'Jean-Paul Vuillemin -> Laiterie des Combes',
      'Olivier Vuillemin -> Laiterie des Combes',
    ]);
  });

  it('English: backing fronted with "with" is no partner', () => {
    const got = founded(
      'With backing from Octopus Energy, Jean-Paul Vuillemin founded Combes Dairy in 2008.',
    );
    expect(got).not.toContain('Octopus Energy -> Combes Dairy');
  });

  it('help or money fronted with "avec" is no partner', () => {
    const got = founded(
      "Avec l'aide de Bpifrance, Jean-Paul Vuillemin avait par ailleurs créé en 2008 la Laiterie des Combes.",
    );
    expect(got).not.toContain('Bpifrance -> Laiterie des Combes');
  });
});

describe('the interim told in the passive ("l\'intérim est assuré par P")', () => {
  const lead =
    'Fromageries Vuillemin a nommé une nouvelle présidente du directoire, qui arrivera le 1er décembre. ';
  it.each([
    "Jusqu'à son arrivée, l'intérim est assuré par le directeur financier, Marc Girod.",
    "D'ici là, l'intérim de la direction générale reste assuré par Marc Girod.",
  ])('%s', (sentence) => {
    expect(leads(lead + sentence)).toContain('Marc Girod -> Fromageries Vuillemin');
  });

  it('an interim of another body named in the sentence is left alone', () => {
    expect(leads(lead + "À la coopérative Jura Lait, l'intérim est assuré par Marc Girod.")).not.toContain(
      'Marc Girod -> Fromageries Vuillemin',
    );
  });
});
