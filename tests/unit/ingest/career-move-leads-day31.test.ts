/**
 * Day thirty-one, founders and leaders: a career move told in one clause, the person leaving a company and heading
 * another ("P left X in 2019 and now runs Y", "P a quitté X en 2019 et dirige aujourd'hui Y", "left X to run Y";
 * frames/leads-career-move.ts `any.leads.left-and-now-heads`), and the passive of heading as a company's second
 * verb ("X makes … and has been led since 2020 by P"; frames/leads-coordinated-run-by.ts
 * `any.leads.coordinated-run-by`). Sentences written for these tests.
 */
import { madePairs } from './helpers';

function leads(text: string): string[] {
  return madePairs(text, '2026-11-30', 'LEADS');
}

describe('a person who left one company and heads another now', () => {
  it.each([
    [
      'Nora Lindgren left Baltic Freight in 2021 and now runs Kestrel Logistics, a cold-chain carrier.',
      'Nora Lindgren -> Kestrel Logistics',
    ],
    [
      'Former banker Alan Rhodes left Carrow Bank last spring and currently heads Fenwick Payments, the bank said on Monday.',
      'Alan Rhodes -> Fenwick Payments',
    ],
    [
      'À 38 ans, Lucie Ferrand a quitté Thalvia en 2018 et dirige désormais Graniteo, un éditeur de logiciels.',
      'Lucie Ferrand -> Graniteo',
    ],
    [
      "Marc Esnault, qui a quitté Vialys en 2020 et préside aujourd'hui Ostrea Conseil, a salué l'accord.",
      'Marc Esnault -> Ostrea Conseil',
    ],
    [
      'David Patel left Orbis Media in March to run Cinderlane Studios, the film company said on Monday.',
      'David Patel -> Cinderlane Studios',
    ],
    ['Hélène Morvan a quitté Brevia en 2022 pour diriger Solvane.', 'Hélène Morvan -> Solvane'],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });

  it('the company left is not headed now', () => {
    expect(leads('Nora Lindgren left Baltic Freight in 2021 and now runs Kestrel Logistics.')).not.toContain(
      'Nora Lindgren -> Baltic Freight',
    );
  });
});

describe('near misses of the career move', () => {
  it('a relative after the company left makes the verb of heading its own', () => {
    expect(
      leads('Nora Lindgren left Baltic Freight, which now runs Kestrel Logistics, in 2021.'),
    ).not.toContain('Nora Lindgren -> Kestrel Logistics');
  });

  it('a past verb of heading tells no post held now', () => {
    expect(
      leads('Nora Lindgren left Baltic Freight in 2015 and ran Kestrel Logistics until 2019.'),
    ).not.toContain('Nora Lindgren -> Kestrel Logistics');
  });

  it('a contrast gives the second verb another subject', () => {
    expect(
      leads("Lucie Ferrand a quitté Thalvia en 2018, tandis que Paul Giraud dirige aujourd'hui Graniteo."),
    ).not.toContain('Lucie Ferrand -> Graniteo');
  });

  it('leaving to work for a company is no post at its head', () => {
    expect(
      leads(
        'David Patel left Orbis Media in March to join Cinderlane Studios, the film company said on Monday.',
      ),
    ).toEqual([]);
  });
});

describe("a company's second verb: the passive of heading", () => {
  it.each([
    [
      'Harwick Instruments builds gas analysers for refineries and has been led since 2019 by Joanna Keel.',
      'Joanna Keel -> Harwick Instruments',
    ],
    [
      'Polarène fabrique des films isolants pour le bâtiment et est dirigée depuis 2020 par Anne Roussel.',
      'Anne Roussel -> Polarène',
    ],
    [
      'Corvex Systems, based in Leeds, designs payment terminals and is run by Samir Haddad.',
      'Samir Haddad -> Corvex Systems',
    ],
  ])('%s', (text, fact) => {
    expect(leads(text)).toContain(fact);
  });
});

describe('near misses of the coordinated passive', () => {
  it('the object of the first verb is not the company headed', () => {
    const facts = leads(
      'Harwick Instruments bought the sensor maker Velora Sensors from its founders in 2021 and has been led since 2022 by Joanna Keel.',
    );
    expect(facts).not.toContain('Joanna Keel -> Velora Sensors');
  });

  it('a company named in a relative is not the subject of the coordinated participle', () => {
    expect(
      leads(
        'Harwick Instruments supplies Velora Sensors, which makes gas analysers and is led by Joanna Keel, with parts.',
      ),
    ).not.toContain('Joanna Keel -> Harwick Instruments');
  });

  it('a past passive tells a former head', () => {
    expect(
      leads(
        'Polarène fabrique des films isolants pour le bâtiment et a été dirigée de 2010 à 2015 par Anne Roussel.',
      ),
    ).not.toContain('Anne Roussel -> Polarène');
  });

  it('an English past passive tells a former head', () => {
    expect(
      leads('Harwick Instruments builds gas analysers and was led until 2018 by Joanna Keel.'),
    ).not.toContain('Joanna Keel -> Harwick Instruments');
  });
});
