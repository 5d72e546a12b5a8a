/**
 * Day thirty-one, funding: equity put into a purchase beside its loan ("and an equity injection from its majority
 * owner, private equity firm B", "et par un apport en fonds propres de son actionnaire de référence, le fonds B",
 * "le solde étant apporté par l'actionnaire de référence du groupe, le fonds B") funds the buyer; a holder told by
 * its holding before its name is the giver (frames/funded-owner-description.ts, frames/funded-deal-loans.ts,
 * frames/funded-share-givers.ts). A paying subject pointed at ("L'industriel nantais finance l'opération par un
 * prêt accordé par A") keeps the lender's money even when the deal was a stake taken elsewhere. Sentences written
 * for these tests.
 */
import { facts, pair, run } from './helpers';

function funded(text: string, published = '2026-11-20'): string[] {
  return facts(run(text, published), 'FUNDED')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

const EN_DEAL =
  'LEEDS, Nov 18 (Reuters) - British packaging group Norcott Holdings said on Wednesday it had agreed to buy ' +
  'Belgian label printer Etiquor for 95 million pounds.';
const FR_DEAL =
  "RENNES, 18 novembre - Le groupe breton Kerval a annoncé mercredi le rachat de l'imprimeur nantais Typolis " +
  "pour 30 millions d'euros.";

describe('equity put into a purchase beside its loan funds the buyer', () => {
  it.each([
    'The purchase will be funded with a 60 million pound loan from Barclays and an equity injection from its majority owner, buyout firm Ashgrove Capital.',
    "The purchase will be funded with a 60 million pound loan from Barclays and an equity injection from Norcott's majority owner, buyout firm Ashgrove Capital.",
    'The purchase will be funded with a 60 million pound loan from Barclays and an equity injection from buyout firm Ashgrove Capital.',
  ])('%s', (sentence) => {
    expect(funded(`${EN_DEAL} ${sentence}`)).toEqual([
      'Ashgrove Capital -> Norcott Holdings',
      'Barclays -> Norcott Holdings',
    ]);
  });

  it.each([
    "L'acquisition est financée par un prêt de 18 millions d'euros accordé par la Caisse Armoricaine et par un apport en fonds propres de son actionnaire de référence, le fonds Menhir Capital.",
    "L'acquisition est financée par un prêt de 18 millions d'euros accordé par la Caisse Armoricaine et par un apport en fonds propres du fonds Menhir Capital.",
    "L'acquisition est financée par un prêt de 18 millions d'euros accordé par la Caisse Armoricaine, le solde étant apporté en fonds propres par l'actionnaire de référence du groupe, le fonds Menhir Capital.",
    "L'acquisition est financée par un prêt de 18 millions d'euros accordé par la Caisse Armoricaine, le solde étant apporté en fonds propres par l'actionnaire de référence de Kerval, le fonds Menhir Capital.",
  ])('%s', (sentence) => {
    expect(funded(`${FR_DEAL} ${sentence}`)).toEqual([
      'Caisse Armoricaine -> Kerval',
      'Menhir Capital -> Kerval',
    ]);
  });

  it('an owner that bought the buyer earlier keeps its equity beside its control', () => {
    const text =
      `${EN_DEAL} Buyout firm Ashgrove Capital bought 70 percent of Norcott in 2021. ` +
      'The purchase will be funded with a 60 million pound loan from Barclays and an equity injection from Ashgrove.';
    const got = facts(run(text, '2026-11-20')).map((r) => `${r.type} ${pair(r)}`);
    expect(got).toContain('ACQUIRED Ashgrove Capital -> Norcott Holdings');
    expect(got).toContain('FUNDED Ashgrove Capital -> Norcott Holdings');
  });

  it('near miss: an owner that only approves the deal puts no money in', () => {
    const sentence =
      "Norcott's majority owner, buyout firm Ashgrove Capital, approved the purchase on Tuesday.";
    expect(funded(`${EN_DEAL} ${sentence}`)).not.toContain('Ashgrove Capital -> Norcott Holdings');
  });

  it('near miss: the balance of a price paid by the buyer is no funding', () => {
    const sentence =
      "Le prix sera versé pour moitié à la signature, le solde étant apporté par l'actionnaire de référence du groupe, le fonds Menhir Capital, au vendeur.";
    expect(funded(`${FR_DEAL} ${sentence}`)).toEqual([]);
  });
});

describe('a paying subject keeps its loan when the deal was a stake taken elsewhere', () => {
  const FR_STAKE =
    "NANTES, 18 novembre - L'équipementier nantais Ouestec a pris une participation de 25 % dans la start-up " +
    'angevine Roboflor, aux côtés du fonds régional Loire Amorçage.';
  const EN_STAKE =
    'LEEDS, Nov 18 (Reuters) - British packaging group Norcott Holdings said on Wednesday it had taken a 25 ' +
    'percent stake in Dutch start-up Foldwise.';

  it('reads the French pointer subject as the borrower', () => {
    const sentence =
      "L'industriel nantais finance l'opération par un prêt de 5 millions d'euros accordé par la Banque Ligérienne.";
    const got = funded(`${FR_STAKE} ${sentence}`);
    expect(got).toContain('Banque Ligérienne -> Ouestec');
    expect(got).not.toContain('Banque Ligérienne -> Roboflor');
  });

  it('reads the English named subject as the borrower', () => {
    const sentence = 'Norcott will finance the purchase with a 10 million pound loan from Barclays.';
    const got = funded(`${EN_STAKE} ${sentence}`);
    expect(got).toContain('Barclays -> Norcott Holdings');
    expect(got).not.toContain('Barclays -> Foldwise');
  });

  it('near miss: a loan with no paying subject still goes to the round company', () => {
    const text =
      "La start-up angevine Roboflor lève 4 millions d'euros auprès de Loire Amorçage. " +
      "Un prêt de 1 million d'euros accordé par la Banque Ligérienne complète l'opération.";
    expect(funded(text)).toContain('Banque Ligérienne -> Roboflor');
  });
});
