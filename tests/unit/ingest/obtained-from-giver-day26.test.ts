/**
 * Day twenty-six, French press: the giver named before the aid, right after the verb of obtaining
 * (fr/obtained-from-giver.ts) — "Elle a obtenu de Bpifrance une subvention", "il a obtenu du Crédit Agricole un prêt
 * de 12 millions d'euros", "Y a décroché auprès de la Banque Postale un prêt". English puts the lender after the loan
 * ("secured a loan from X", read elsewhere), so only French is written here. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(typedPair);
}

const LEAD = 'La start-up rennaise Semora développe des semences de légumes résistantes à la sécheresse.';

describe('the giver between the verb of obtaining and the aid', () => {
  it.each([
    [`${LEAD} Semora a en outre obtenu de Bpifrance une subvention de 1,5 million d'euros.`, 'Bpifrance'],
    [
      `${LEAD} Pour financer son usine, Semora a obtenu du Crédit Agricole du Morbihan un prêt de 12 millions d'euros.`,
      'Crédit Agricole du Morbihan',
    ],
    [`${LEAD} La société Semora a décroché auprès de la Banque Postale un prêt de 3 M€.`, 'Banque Postale'],
    [
      `${LEAD} Semora a reçu de la Région Bretagne une avance remboursable de 400 000 euros.`,
      'Région Bretagne',
    ],
  ])('%s', (text, giver) => {
    expect(facts(text)).toContain(`FUNDED ${giver} -> Semora`);
  });
});

describe('near misses: no aid given', () => {
  it.each([
    // an order from a customer, not an aid
    [`${LEAD} Semora a obtenu de Carrefour une commande de 3 M€.`, 'FUNDED Carrefour'],
    // a permit, not money
    [
      `${LEAD} Semora a obtenu de la Région Bretagne l'autorisation d'ouvrir un site.`,
      'FUNDED Région Bretagne',
    ],
    // a wish, not an aid obtained
    [`${LEAD} Semora espère obtenir de la Région Bretagne une subvention.`, 'FUNDED Région Bretagne'],
    // a request only
    [`${LEAD} Semora a sollicité de Bpifrance un prêt de 2 M€.`, 'FUNDED Bpifrance'],
  ])('%s', (text, refused) => {
    expect(facts(text).filter((f) => f.startsWith(refused))).toEqual([]);
  });
});
