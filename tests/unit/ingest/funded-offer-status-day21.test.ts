import { extractArticle } from '../../../ingest/extract';
import { financedOfferStatus } from '../../../ingest/values/financed-offer-status';
import { facts } from './helpers';

/**
 * Day twenty-one: a loan that pays for a takeover offer is made even while the offer waits for an answer
 * (`values/financed-offer-status.ts`); the offer itself keeps its status, and other doubt in the sentence stays.
 */

/** "source -> target status" of the FUNDED facts of a two-sentence story. */
function fundedStatuses(text: string): string[] {
  return facts(extractArticle({ file: 'test', text, published: '2026-05-20' }), 'FUNDED').map(
    (r) => `${r.source} -> ${r.target} ${r.status}`,
  );
}

const EN_BID = 'Norvik Media Group on Wednesday launched a tender offer for Klarview A/S.';
const FR_BID =
  "Le groupe Vaillant a lancé une offre publique d'achat sur la société Kerlann, pour 300 millions d'euros.";

describe('a loan financing an offer', () => {
  test.each([
    [
      `${EN_BID} Norvik has arranged a 1.5 billion crown bridge loan from Danske Bank to finance the offer.`,
      'Danske Bank -> Norvik Media Group announced',
    ],
    [
      `${FR_BID} L'OPA sera financée par un prêt relais de 200 millions d'euros accordé par BNP Paribas.`,
      'BNP Paribas -> Vaillant announced',
    ],
  ])('is no rumour: %s', (text, want) => {
    expect(fundedStatuses(text)).toContain(want);
  });

  it('leaves the offer itself as it was', () => {
    const text = `${EN_BID} Norvik has arranged a 1.5 billion crown bridge loan from Danske Bank to finance the offer.`;
    const bid = facts(extractArticle({ file: 'test', text, published: '2026-05-20' }), 'ACQUIRED');
    expect(bid.map((r) => r.status)).toEqual(['rumoured']);
  });
});

describe('financedOfferStatus', () => {
  test.each([
    ['The offer will be financed with cash and a $400 million bridge loan from DNB.', 'en'],
    ["L'offre publique sera financée par un prêt de BNP Paribas.", 'fr'],
  ])('reads the sentence without the offer: %s', (sentence) => {
    expect(financedOfferStatus('FUNDED', 'rumoured', sentence)).not.toBe('rumoured');
  });

  test.each([
    ['The offer could be financed with a bridge loan from DNB, people familiar with the matter said.'],
    ["L'offre pourrait être financée par un prêt de BNP Paribas, selon nos informations."],
    ['DNB is in talks to lend money to the company.'],
  ])('near miss, doubt of its own or no offer financed: %s', (sentence) => {
    expect(financedOfferStatus('FUNDED', 'rumoured', sentence)).toBe('rumoured');
  });

  it('changes no deal but a funding', () => {
    const sentence = 'The offer will be financed with cash and a $400 million bridge loan from DNB.';
    expect(financedOfferStatus('ACQUIRED', 'rumoured', sentence)).toBe('rumoured');
  });
});
