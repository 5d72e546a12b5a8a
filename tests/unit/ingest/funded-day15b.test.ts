import { facts, run } from './helpers';

/**
 * Day fifteen, round two, FUNDED: a raise told as done inside a relative clause keeps its own status when the main
 * clause is a rumour ("Roadsurfer, qui avait levé 54 M€ auprès de Permira en 2022, serait en discussions …"), and
 * a backer's list of past bets may give each company its trade ("fashion marketplace A and fitness app B").
 */

/** "source -> target status" of every FUNDED fact. */
function fundedWithStatus(text: string): string[] {
  return facts(run(text), 'FUNDED')
    .map((r) => `${r.source} -> ${r.target} ${r.status ?? ''}`)
    .sort();
}

describe('a raise told in a relative clause keeps its own status', () => {
  test.each([
    "Roadsurfer, qui avait levé 54 millions d'euros auprès de Permira en 2022, serait d'ailleurs en discussions avec plusieurs fonds pour une nouvelle levée.",
    "Roadsurfer, qui a levé 54 millions d'euros auprès de Permira en 2022, pourrait être cédé, selon plusieurs sources.",
    'Roadsurfer, which raised $54 million from Permira in 2022, could be sold, people familiar with the matter said.',
    'Roadsurfer, which had raised $54 million from Permira in 2022, is reportedly in talks with several funds.',
  ])('%s', (sentence) => {
    expect(fundedWithStatus(sentence)).toContain('Permira -> Roadsurfer completed');
  });

  test.each([
    // a raise only planned inside the relative stays as unsure as the sentence
    'Roadsurfer, which had planned to raise $54 million from Permira, could be sold, people familiar with the matter said.',
    "Roadsurfer, qui devait lever 54 millions d'euros auprès de Permira, serait en discussions avec plusieurs fonds.",
  ])('not done: %s', (sentence) => {
    expect(fundedWithStatus(sentence)).not.toContain('Permira -> Roadsurfer completed');
  });
});

describe("a backer's past bets listed with their trades", () => {
  test.each([
    'Channel 4 Ventures has also backed fashion marketplace Vinterra and fitness app Strydo.',
    'Channel 4 Ventures has previously backed the fashion marketplace Vinterra and the fitness app Strydo.',
    'Channel 4 Ventures has already funded fashion startup Vinterra and fitness app maker Strydo.',
    'Channel 4 Ventures also backs fashion retailer Vinterra and fitness brand Strydo.',
  ])('%s', (sentence) => {
    const got = fundedWithStatus(sentence).map((p) => p.replace(/ \w*$/, ''));
    expect(got).toContain('Channel 4 Ventures -> Vinterra');
    expect(got).toContain('Channel 4 Ventures -> Strydo');
  });

  test('a rival named after the list is no holding', () => {
    const got = fundedWithStatus(
      'Channel 4 Ventures has also backed fashion marketplace Vinterra and its rival Strydo.',
    );
    expect(got.some((p) => p.startsWith('Channel 4 Ventures -> Strydo'))).toBe(false);
  });
});

describe('a lender consenting to extend a loan to a named borrower', () => {
  const lead = 'Northgate News Group has spent two years restructuring its debt. ';
  test.each([
    'Clydesdale Bank agreed in July to extend a £60 million credit facility to Northgate until 2029.',
    'Clydesdale Bank has agreed to provide a £60 million loan to Northgate.',
    'Clydesdale Bank pledged last week to grant a £60 million credit line to Northgate.',
    'Clydesdale Bank also committed to advance £60 million of debt to Northgate.',
  ])('%s', (sentence) => {
    expect(fundedWithStatus(lead + sentence).map((p) => p.replace(/ \w*$/, ''))).toContain(
      'Clydesdale Bank -> Northgate News Group',
    );
  });

  test.each([
    'Clydesdale Bank declined to extend a £60 million credit facility to Northgate.',
    'Clydesdale Bank was asked to provide a £60 million loan to Northgate.',
  ])('no consent: %s', (sentence) => {
    expect(fundedWithStatus(lead + sentence).some((p) => p.startsWith('Clydesdale Bank ->'))).toBe(false);
  });
});

describe('co-investors beside a holder following its own investment', () => {
  const lead =
    "Les Fermes de Sologne a bouclé mardi un tour de table de 18 millions d'euros mené par Unigrains. ";
  test.each([
    'Le fonds Sofiprotéol remet au pot aux côtés de Berthelot Participations, le family office de la famille Berthelot, et de la coopérative Axéréal.',
    'Le fonds Sofiprotéol remet également au pot aux côtés de Berthelot Participations et de la coopérative Axéréal.',
    "Le fonds Sofiprotéol remet lui aussi au pot, aux côtés de Berthelot Participations et d'Axéréal.",
  ])('%s', (sentence) => {
    const got = fundedWithStatus(lead + sentence).map((p) => p.replace(/ \w*$/, ''));
    expect(got).toContain('Berthelot Participations -> Fermes de Sologne');
    expect(got).toContain('Axéréal -> Fermes de Sologne');
  });

  test('a manager reinvesting beside the buyer of a buyout funds nothing', () => {
    const got = fundedWithStatus(
      "Le fonds Argos rachète Les Fermes de Sologne. Dans le cadre de cette reprise, le dirigeant Paul Martin réinvestit aux côtés d'Argos et de Bpifrance.",
    );
    expect(got.some((p) => p.startsWith('Bpifrance ->'))).toBe(false);
  });

  test('no holder funded by those beside it', () => {
    const got = fundedWithStatus(
      lead +
        'Le fonds Sofiprotéol réinvestit aux côtés de Berthelot Participations et de la coopérative Axéréal.',
    );
    expect(got.some((p) => p.includes('-> Sofiprotéol'))).toBe(false);
  });

  test('beside a holder that sells, no one invests', () => {
    const got = fundedWithStatus(
      "Les Fermes de Sologne a bouclé mardi un tour de table de 18 millions d'euros mené par Unigrains. Le fonds Sofiprotéol cède ses parts aux côtés de Berthelot Participations.",
    );
    expect(got.some((p) => p.startsWith('Berthelot Participations ->'))).toBe(false);
  });
});
