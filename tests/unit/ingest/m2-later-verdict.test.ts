import { dealStatusInStory } from '../../../ingest/modality';
import { facts, run } from './helpers';

/** Sentences written for these tests: an offer, then what a later sentence says of it. */

const OFFER = 'Brantley Foods Inc said it made a tender offer of 27 dlrs a share for Ossory Mills Corp.';

describe('a later sentence that answers the offer sets its status', () => {
  it.each([
    ["Ossory's board of directors recommended the offer to shareholders.", 'pending'],
    ['The Ossory board said it had accepted the bid.', 'pending'],
    ['Ossory Mills said its directors voted to accept it.', 'pending'],
    ['Ossory Mills said its board rejected the proposal as inadequate.', 'abandoned'],
    ['Ossory Mills directors unanimously turned down the approach on Friday.', 'abandoned'],
  ])('%s', (later, status) => {
    expect(dealStatusInStory(OFFER, OFFER, [later], ['Ossory Mills Corp', 'Ossory Mills', 'Ossory'])).toBe(
      status,
    );
  });

  it.each([
    ["Le conseil d'administration de Pelvoux a recommandé l'offre aux actionnaires.", 'pending'],
    ["Pelvoux a rejeté l'offre, jugée trop basse.", 'abandoned'],
    ['Pelvoux a publié un chiffre d’affaires en hausse.', 'rumoured'],
  ])('French: %s', (later, status) => {
    const offre = "Le groupe Varenne a déposé une offre publique d'achat sur Pelvoux.";
    expect(dealStatusInStory(offre, offre, [later], ['Pelvoux'])).toBe(status);
  });

  it('reads the first later sentence that refers back, not one further on', () => {
    expect(
      dealStatusInStory(OFFER, OFFER, [
        'Ossory said its board rejected the offer.',
        'Ossory later said the board accepted an improved offer.',
      ]),
    ).toBe('abandoned');
  });

  it('lets the whole article carry the acceptance to the extracted deal', () => {
    const offer = 'Brantley Foods Inc made a tender offer to acquire Ossory Mills Corp for 27 dlrs a share.';
    const alone = facts(run(offer), 'ACQUIRED').find((r) => r.target.startsWith('Ossory'));
    expect(alone?.status).toBe('rumoured');
    const article = run(`${offer}\n\nOssory Mills said its board of directors recommended the offer.`);
    const deal = facts(article, 'ACQUIRED').find((r) => r.target.startsWith('Ossory'));
    expect(deal?.status).toBe('pending');
  });
});

describe('later sentences that do not answer the offer change nothing', () => {
  it.each([
    ['Ossory Mills reported higher first-quarter earnings on Tuesday.'],
    ['Separately, the board of Kettering Steel approved a two-for-one stock split.'],
    ["Ossory's board has not yet recommended the offer."],
    ['Ossory said it would accept the offer if the price were raised.'],
    ['Brantley Foods also agreed to sell its bakery unit to a private group.'],
  ])('%s', (later) => {
    expect(
      dealStatusInStory(OFFER, OFFER, [later], ['Brantley Foods Inc', 'Ossory Mills Corp', 'Ossory']),
    ).toBe('rumoured');
  });

  it('leaves a deal agreed in its own sentence as told even when a later sentence rejects something', () => {
    const agreed = 'Brantley Foods Inc agreed to acquire Ossory Mills Corp for 90 mln dlrs.';
    expect(dealStatusInStory(agreed, agreed, ['Ossory shareholders rejected a rival proposal.'])).toBe(
      'pending',
    );
  });

  it('does not lift an offer that is only talked about', () => {
    const talk = 'Brantley Foods is said to be considering an offer for Ossory Mills Corp.';
    expect(dealStatusInStory(talk, talk, ['Ossory directors accepted the offer.'])).toBe('rumoured');
  });
});
