import { findMoney } from '../../../ingest/values/money';
import { findStake } from '../../../ingest/values/stakes';
import { facts, pair, run } from './helpers';

/** ACQUIRED pairs of a text, sorted. */
function acquired(text: string): string[] {
  return facts(run(text), 'ACQUIRED').map(pair).sort();
}

/** ACQUIRED pairs with their status. */
function acquiredWithStatus(text: string): string[] {
  return facts(run(text), 'ACQUIRED')
    .map((r) => `${pair(r)} (${r.status})`)
    .sort();
}

describe('a holding moved from one figure to another', () => {
  it('reads the figure the holding ends at', () => {
    expect(findStake('elle porte sa participation de 30 % à 72 % du capital')).toEqual({
      percent: 72,
      majority: true,
    });
    expect(findStake('it raised its holding to 58 pct from 41 pct')).toEqual({ percent: 58, majority: true });
  });

  it('keeps a lowered holding a minority and a single figure as it is', () => {
    expect(findStake('it cut its holding to 12 pct from 19 pct')).toEqual({ percent: 12, majority: false });
    expect(findStake('a 35 per cent stake bought from the founders')).toEqual({
      percent: 35,
      majority: false,
    });
  });
});

describe('a stake raised past half is control', () => {
  it('reads French "porte sa participation … à N %" over half as a purchase', () => {
    expect(
      acquired('Le groupe Maurel Industrie porte sa participation dans Solvéa Systèmes de 40 % à 75 %.'),
    ).toEqual(['Maurel Industrie -> Solvéa Systèmes']);
    expect(
      acquired('Le groupe Maurel Industrie a porté sa participation au capital de Solvéa Systèmes à 66 %.'),
    ).toEqual(['Maurel Industrie -> Solvéa Systèmes']);
  });

  it('does not read a stake raised but still below half', () => {
    expect(
      acquired('Le groupe Maurel Industrie porte sa participation dans Solvéa Systèmes de 10 % à 30 %.'),
    ).toEqual([]);
  });

  it('reads English "lifted its holding in Y to N per cent" over half only', () => {
    expect(
      acquired('Harrowgate Holdings plc lifted its holding in Pelham Foods Ltd to 57 per cent.'),
    ).toEqual(['Harrowgate Holdings plc -> Pelham Foods Ltd']);
    expect(
      acquired('Harrowgate Holdings plc lifted its holding in Pelham Foods Ltd to 27 per cent.'),
    ).toEqual([]);
  });
});

describe('"a pris N % de Y"', () => {
  it('is a purchase when the share is over half', () => {
    expect(acquired('Le groupe Ravenel Santé a pris 65 % de la clinique lyonnaise Clinéo Partners.')).toEqual(
      ['Ravenel Santé -> Clinéo Partners'],
    );
  });

  it('is no purchase below half', () => {
    expect(acquired('Le groupe Ravenel Santé a pris 15 % de la clinique lyonnaise Clinéo Partners.')).toEqual(
      [],
    );
  });

  it('gives a second verb of the clause the named subject, never the first object', () => {
    expect(
      acquired(
        'Ravenel Santé a racheté le belge Medivox Group, spécialiste du dossier patient, et pris 60 % de Clinéo Partners.',
      ),
    ).toEqual(['Ravenel Santé -> Clinéo Partners', 'Ravenel Santé -> Medivox Group']);
  });
});

describe('a company bought, recalled in a relative whose subject is a pronoun', () => {
  it('gives the sentence subject as buyer of "Y, a maker it bought"', () => {
    expect(
      acquired(
        'Dunmore Group will fold Tarrow Systems Ltd into Calloway Foods Inc, a bakery it bought in 2020.',
      ),
    ).toContain('Dunmore Group -> Calloway Foods Inc');
    expect(
      acquired(
        'Dunmore Group will fold Tarrow Systems Ltd into Calloway Foods Inc, which it acquired last year.',
      ),
    ).toContain('Dunmore Group -> Calloway Foods Inc');
  });

  it('reads no purchase when the relative verb is not one of buying', () => {
    expect(
      acquired('Dunmore Group will fold Tarrow Systems Ltd into Calloway Foods Inc, a bakery it supplies.'),
    ).toEqual([]);
  });
});

describe('a relative after an apposition tells of the apposition head', () => {
  it('makes the named unit, not its parent pointer, the buyer', () => {
    const text =
      "Le groupe Kervella Industries a racheté Brenlis SA. L'opération a été conduite par Armor Numérique, la filiale spécialisée du groupe, qui avait racheté en 2022 le cabinet d'audit brestois Trégor Data.";
    expect(acquired(text)).toContain('Armor Numérique -> Trégor Data');
    expect(acquired(text)).not.toContain('Kervella Industries -> Trégor Data');
  });
});

describe('a failed attempt and the outcome told after it', () => {
  it('keeps the outcome a done deal', () => {
    expect(
      acquiredWithStatus(
        "Le groupe Torvald Médias avait échoué à racheter le spécialiste Fjellnet SA, finalement tombé dans l'escarcelle de Norvik Telecom.",
      ),
    ).toContain('Norvik Telecom -> Fjellnet SA (announced)');
  });

  it('still reads a failure with no outcome as abandoned', () => {
    expect(acquiredWithStatus('Le groupe Torvald Médias a échoué à racheter Fjellnet SA.')).not.toContain(
      'Torvald Médias -> Fjellnet SA (announced)',
    );
  });
});

describe('sales, second objects and nouns of buying', () => {
  it('reads a fund selling a company described at length to a buyer', () => {
    const deal = facts(
      run(
        'Le fonds Arbelot Capital a signé un accord pour céder la Fromagerie Quenard, connue pour ses tommes de montagne, au groupe laitier Valdor Alimentaire.',
      ),
      'ACQUIRED',
    );
    expect(deal.map((r) => [pair(r), r.seller])).toEqual([
      ['Valdor Alimentaire -> Fromagerie Quenard', 'Arbelot Capital'],
    ]);
  });

  it('reads the second object of "picked up A … and B" but not a clause with a new subject', () => {
    expect(
      acquired(
        'Merrow Pay Inc picked up Brazilian lender Caixote Ltd in March and Danish app Kvikbet Ltd in June.',
      ),
    ).toEqual(['Merrow Pay Inc -> Caixote Ltd', 'Merrow Pay Inc -> Kvikbet Ltd']);
    expect(
      acquired('Merrow Pay Inc picked up Caixote Ltd in 2019 and Ostrander Corp sold Kvikbet Ltd in 2020.'),
    ).not.toContain('Merrow Pay Inc -> Kvikbet Ltd');
  });

  it('does not read "the purchases of" as the clause subject buying', () => {
    expect(
      acquired(
        'Talbot Industries Inc said its growth continued after Holm Partners LLC acquired the company in 2020, following the purchases of Ferro Seals Inc in 2021 and Dalby Pumps Inc in 2022.',
      ),
    ).not.toContain('Holm Partners LLC -> Ferro Seals Inc');
  });
});

describe('money written at the end of a sentence', () => {
  it('leaves the full stop out of the amount', () => {
    expect(findMoney('The group paid $2.5bn.', 0, 'en').map((m) => m.text)).toEqual(['$2.5bn']);
  });

  it('keeps a scale abbreviation dot before the currency', () => {
    expect(findMoney('a price of 12 mln. dlrs in cash', 0, 'en').map((m) => m.text)).toEqual([
      '12 mln. dlrs',
    ]);
  });
});
