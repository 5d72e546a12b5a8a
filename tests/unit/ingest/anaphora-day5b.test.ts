import { tokenize } from '../../../ingest/tokens';
import { bothSubjectLength, combinedPhraseLength } from '../../../ingest/relations/plural-pointers';
import { isDealBeneficiary } from '../../../ingest/relations/deal-beneficiary';
import { facts, pair, run } from './helpers';

/**
 * Fifth day, afternoon: pointers at several companies (both, their, the combined company, ces trois …), the party
 * a deal serves ("Cette acquisition lui permet …"), "il"/"elle" after a subject whose leader sits in an
 * apposition or after a person-founding sentence, and names that only qualify another word (a possessive before
 * a rival noun, a company before a staff noun) kept out of deals.
 */

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair).sort();
}

/** Unordered pairs, so rivalry reads the same whichever side a rule put first. */
function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' ~ '))
    .sort();
}

describe('a company before a staff noun only says where people worked', () => {
  it('keeps the former employer out of a passive purchase', () => {
    const text =
      'Quillon, an analytics start-up set up by former Brasswick Aerospace engineers, has been acquired by Tarrant Systems.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Tarrant Systems -> Quillon']);
  });

  it('still reads a company whose own staff noun is not next to it', () => {
    const text = 'Tarrant Systems, run by former Quillon engineers, has acquired Brasswick Aerospace.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Tarrant Systems -> Brasswick Aerospace']);
  });
});

describe('a possessive before a rival noun is no party of the clause', () => {
  it('"Its closest rival, X, was bought by Y" buys X, not the possessive’s company', () => {
    const text =
      'Norvane Software sells booking tools to ferry lines. ' +
      'Its closest rival, Helmcraft, was bought by Danbury Marine in 2022.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Danbury Marine -> Helmcraft']);
    expect(rivals(text)).toEqual(['Helmcraft ~ Norvane Software']);
  });

  it('a pointer with no rival noun is still the one bought', () => {
    const text =
      'Norvane Software sells booking tools to ferry lines. It was bought by Danbury Marine in 2022.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Danbury Marine -> Norvane Software']);
  });
});

describe('"il"/"elle" after a subject whose leader is named in an apposition', () => {
  it('"Le groupe, dirigé par P, a racheté X. Il a aussi pris le contrôle de Y" is the company', () => {
    const text =
      'Vercors Bois a publié ses comptes annuels. ' +
      'Le groupe, dirigé par Amandine Roux, a racheté la scierie Mont-Aiguille. ' +
      'Il a aussi pris le contrôle du négociant Boisdor.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Vercors Bois -> Boisdor', 'Vercors Bois -> Mont-Aiguille']);
  });

  it('a pronoun whose gender the participle does not give the company is the person', () => {
    const text =
      'Vercors Bois a publié ses comptes annuels. ' +
      'La société, présidée par Marc Olivier, a racheté la scierie Mont-Aiguille. ' +
      'Il a aussi pris le contrôle du négociant Boisdor.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Vercors Bois -> Mont-Aiguille']);
  });

  it('a person named outside such an apposition still keeps "il" from the company', () => {
    const text =
      'Vercors Bois a publié ses comptes annuels. ' +
      'Le groupe a été confié à Amandine Roux en janvier. ' +
      'Il a aussi pris le contrôle du négociant Boisdor.';
    expect(pairs(text, 'ACQUIRED')).toEqual([]);
  });
});

describe('"elle" after a person founded the company', () => {
  it('before a rivalry verb, the pronoun is the company the person founded', () => {
    const text =
      'Le studio nantais Pixelune lève 3 millions d’euros auprès de Breizh Up. ' +
      'Sophie Leclerc, passée par Ubisoft, a cofondé la société en 2019. ' +
      'Elle affronte Moonfrog et Tinybit sur le jeu mobile.';
    expect(rivals(text)).toEqual(['Moonfrog ~ Pixelune', 'Pixelune ~ Tinybit']);
  });

  it('when the person founded two companies, the pronoun is left unread', () => {
    const text =
      'Sophie Leclerc a fondé Pixelune Studio et Tinybit Games en 2019. Elle affronte Moonfrog sur le jeu mobile.';
    expect(rivals(text).filter((p) => p.includes('Moonfrog'))).toEqual([]);
  });
});

describe('the object pronoun of a sentence whose subject is the deal just told', () => {
  it('"Cette opération lui permet de rivaliser avec Z" is the buyer’s rivalry', () => {
    const text =
      'Le groupe Ormelis a racheté le fabricant Vitrolux. ' +
      'Cette opération lui permet de rivaliser avec Glassia en Europe.';
    expect(rivals(text)).toEqual(['Glassia ~ Ormelis']);
  });

  it('reads "lui" and "it" only as the object of the deal noun’s own clause', () => {
    expect(isDealBeneficiary(tokenize('Cette acquisition lui permet de croître', 0), 2)).toBe(true);
    expect(isDealBeneficiary(tokenize('The deal lets it compete with Z', 0), 3)).toBe(true);
    // another clause has begun: "it" may be anything there
    expect(isDealBeneficiary(tokenize('The deal closed and it competes with Z', 0), 4)).toBe(false);
    // the sentence's subject is no deal noun
    expect(isDealBeneficiary(tokenize('Sa directrice lui permet de croître', 0), 2)).toBe(false);
  });
});

describe('pointers at several companies', () => {
  it('"Their main rival, X" after a pair is the rival of both', () => {
    const text =
      'Brindle Health and Corvan Labs agreed to merge on Monday. Their main rival, Oxwell, is twice their size.';
    expect(rivals(text)).toEqual(['Brindle Health ~ Oxwell', 'Corvan Labs ~ Oxwell']);
  });

  it('"Both compete with X" opening a sentence takes the pair named before', () => {
    const text =
      'Payroll makers Aldmoor Software and Kelvic Systems raised money this year. ' +
      'Both compete with Trellium in payroll.';
    const found = rivals(text);
    expect(found).toContain('Aldmoor Software ~ Trellium');
    expect(found).toContain('Kelvic Systems ~ Trellium');
  });

  it('"Both" before a noun phrase or "of" is no subject pointer', () => {
    expect(bothSubjectLength(tokenize('Both compete with Z', 0), 0)).toBe(1);
    expect(bothSubjectLength(tokenize('Toutes deux affrontent Z', 0), 0)).toBe(2);
    expect(bothSubjectLength(tokenize('Both of the deals closed in May', 0), 0)).toBe(0);
    expect(bothSubjectLength(tokenize('Both companies closed in May', 0), 0)).toBe(0);
    expect(bothSubjectLength(tokenize('They both compete with Z', 0), 1)).toBe(0);
  });

  it('"the combined company" among rivals stands for both merging parties', () => {
    const text =
      'Shareholders of Arden Power and Bexley Utilities approved the merger on Friday. ' +
      'The combined company will compete with Calder Energy.';
    const found = rivals(text);
    expect(found).toContain('Arden Power ~ Calder Energy');
    expect(found).toContain('Bexley Utilities ~ Calder Energy');
  });

  it('a merger that names the company it creates keeps "the combined company" for that name', () => {
    const text =
      'Arden Power and Bexley Utilities agreed to a merger, creating a group called Arden Bexley. ' +
      'The merged group will compete with Calder Energy.';
    const found = rivals(text);
    expect(found).toContain('Arden Bexley ~ Calder Energy');
    expect(found).not.toContain('Arden Power ~ Calder Energy');
  });

  it('reads the phrases a merger makes, and no plain pointer', () => {
    expect(combinedPhraseLength(tokenize('le nouvel ensemble se positionne', 0), 0)).toBe(3);
    expect(combinedPhraseLength(tokenize("l'entité fusionnée affronte", 0), 0)).toBe(3);
    expect(combinedPhraseLength(tokenize('the company will compete', 0), 0)).toBe(0);
  });

  it('"ces trois groupes" counts its members: the previous sentence’s three companies', () => {
    const text =
      'Le verrier Ormelis SA progresse. ' +
      'Avec ce rachat, Ormelis SA rejoint Vitrolux SAS et Glassia SA. ' +
      'Ces trois groupes se partagent le marché du vitrage.';
    expect(rivals(text)).toEqual([
      'Glassia SA ~ Ormelis SA',
      'Glassia SA ~ Vitrolux SAS',
      'Ormelis SA ~ Vitrolux SAS',
    ]);
  });

  it('a count no earlier list or sentence matches points nowhere', () => {
    const text =
      'Ormelis SA et Vitrolux SAS progressent. Ces trois groupes se partagent le marché du vitrage.';
    expect(rivals(text)).toEqual([]);
  });

  it('a list broken by an apposition resumes from the apposition’s head', () => {
    const text =
      'Sur ce marché, Kapteyn SA affronte Emberlon SA, numéro un depuis son rachat de Sarvo SAS, Dunmore SA et Felice SA. ' +
      'Ces trois acteurs se disputent les mêmes clients.';
    const found = rivals(text);
    expect(found).toContain('Dunmore SA ~ Emberlon SA');
    expect(found.filter((p) => p.includes('Sarvo'))).toEqual([]);
  });
});
