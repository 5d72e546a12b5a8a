/**
 * Heads and founders told by tense, clitic and descriptor (ana2, day fourteen): the English present perfect with a
 * span ("P, who has led X since 2014", "P has run it since 2022"; frames/leads-held-since.ts), the French clitic
 * "en" before a function taken or held ("P en a pris la direction générale"; frames/leads-post-phrases.ts), and
 * founders after a staff noun carrying their old employer ("set up by two former Terma engineers, P and Q";
 * frames/founders-staff-agents.ts). Sentences written for these tests.
 */
import { pairsByRule } from './frames-test-helpers';

describe('a head in the present perfect with a span', () => {
  it.each([
    [
      'Calder Bank lends money. Ian Fenwick, who has chaired Calder Bank for a decade, spoke on Monday.',
      'Ian Fenwick -> Calder Bank',
    ],
    [
      'Norvane Solar makes panels. Dana Whitcombe has headed the company since 2022.',
      'Dana Whitcombe -> Norvane Solar',
    ],
    [
      'Aerovane Inc makes drones. Aerovane was founded in 1987 by Henri Castaing, whose daughter Claire Castaing has run it since 2016.',
      'Claire Castaing -> Aerovane Inc',
    ],
  ])('%s', (text, want) => {
    expect(pairsByRule(text, 'LEADS', 'en.leads.has-run-since')).toEqual([want]);
  });

  it.each([
    // a post left, a past span, another function, a head being replaced, a pointer in the relative
    'Norvane Solar makes panels. Dana Whitcombe, who led the company for nine years, left in 2020.',
    'Norvane Solar makes panels. Dana Whitcombe had run the company since 2012 when it was sold.',
    'Norvane Solar makes panels. Dana Whitcombe has run marketing at Norvane Solar since 2022.',
    'Norvane Solar makes panels. She replaces Dana Whitcombe, who has led Norvane Solar since 2014.',
    'Norvane Solar makes panels. Ian Fenwick, who has run the company since 2014, will retire.',
    'Norvane Solar makes panels. Dana Whitcombe has run Norvane Solar since 2012 and will step down in June.',
  ])('no head: %s', (text) => {
    expect(pairsByRule(text, 'LEADS', 'en.leads.has-run-since')).toEqual([]);
  });
});

describe('"en" before a function taken or held', () => {
  it.each([
    'Transports Bellocq rachète Frigomar. Sa petite-fille, Sophie Bellocq, en a pris la direction générale en janvier.',
    'Transports Bellocq rachète Frigomar. Sophie Bellocq en assure la présidence depuis 2015.',
    'Transports Bellocq rachète Frigomar. Sophie Bellocq en a repris la tête en 2020.',
  ])('%s', (text) => {
    expect(pairsByRule(text, 'LEADS', 'any.leads.en-took-post-topic')).toEqual([
      'Sophie Bellocq -> Transports Bellocq',
    ]);
  });

  it.each([
    'Transports Bellocq rachète Frigomar. Sophie Bellocq en a pris la direction financière en janvier.',
    'Transports Bellocq rachète Frigomar. Sophie Bellocq en a pris la direction des achats en janvier.',
    'Transports Bellocq rachète Frigomar. Sophie Bellocq en a cédé la direction en 2021.',
    'Transports Bellocq rachète Frigomar. Sophie Bellocq en prendra la direction générale.',
  ])('no head: %s', (text) => {
    expect(pairsByRule(text, 'LEADS', 'any.leads.en-took-post-topic')).toEqual([]);
  });
});

describe('founders after a staff noun with their old employer', () => {
  it.each([
    [
      'Optiq ApS makes sensors. Optiq was set up in 2012 by two former Terma engineers, Mads Holm and Sofie Lund, who will stay on.',
      ['Mads Holm -> Optiq ApS', 'Sofie Lund -> Optiq ApS'],
    ],
    [
      'Optiq ApS makes sensors. Optiq was launched in 2019 by three ex-Google researchers, Mads Holm, Ana Diaz and Sofie Lund.',
      ['Ana Diaz -> Optiq ApS', 'Mads Holm -> Optiq ApS', 'Sofie Lund -> Optiq ApS'],
    ],
    [
      'Optiq ApS makes sensors. Optiq was founded in 2012 by two former Terma engineers, Mads Holm and Sofie Lund.',
      ['Mads Holm -> Optiq ApS', 'Sofie Lund -> Optiq ApS'],
    ],
  ])('%s', (text, want) => {
    expect(pairsByRule(text, 'FOUNDED', 'en.founded.by-former-staff').sort()).toEqual(want);
  });

  it('a purchase by former staff founds nothing', () => {
    const text =
      'Optiq ApS makes sensors. Optiq was acquired in 2012 by two former Terma engineers, Mads Holm and Sofie Lund.';
    expect(pairsByRule(text, 'FOUNDED', '')).toEqual([]);
  });
});
