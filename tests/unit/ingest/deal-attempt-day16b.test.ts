import { dealStatus } from '../../../ingest/modality';
import { attemptedDeal, deniedDeal } from '../../../ingest/deal-attempt';

/** Sentences written for these tests: deals still negotiated or tried, denied deals, talks before a commitment. */

describe('a deal still negotiated, tried or proposed is no deal yet', () => {
  it.each([
    ['Harlow Mills Inc is negotiating to buy Quenby Corp, the company said on Monday.'],
    ['Harlow Mills said it is negotiating the purchase of Quenby Corp.'],
    ['Harlow Mills is in advanced negotiations to acquire Quenby Corp.'],
    ['Harlow Mills said it is trying to buy Quenby Corp.'],
    ['Harlow Mills has been attempting to take over Quenby Corp since May.'],
    ['Harlow Mills has proposed acquiring Quenby Corp for 31 dlrs a share.'],
    ['Harlow Mills proposed a merger with Quenby Corp.'],
    ['Varenne négocie le rachat de Ostrel, selon Les Echos.'],
    ['Varenne est en train de négocier la reprise de Ostrel.'],
    ['Varenne tente de racheter Ostrel depuis deux ans.'],
    ['Varenne cherche à prendre le contrôle de Ostrel.'],
  ])('%s', (sentence) => {
    expect(dealStatus(sentence)).toBe('rumoured');
  });
});

describe('a denied deal is abandoned', () => {
  it.each([
    ['Le groupe Varenne dément avoir racheté la société Ostrel.'],
    ['Varenne et Ostrel démentent toute fusion.'],
    ['Varenne a nié avoir racheté Ostrel.'],
    ['Harlow Mills denied it had bought Quenby Corp.'],
  ])('%s', (sentence) => {
    expect(deniedDeal(sentence) || dealStatus(sentence) === 'abandoned').toBe(true);
    expect(dealStatus(sentence)).toBe('abandoned');
  });
});

describe('talks told as the road to a commitment, and near misses, keep the deal', () => {
  it.each([
    ['After months of talks, Harlow Mills agreed to acquire Quenby Corp for 40 mln dlrs.', 'pending'],
    [
      'Following lengthy negotiations with its lenders, Harlow Mills signed an agreement to buy Quenby.',
      'pending',
    ],
    ["À l'issue de longues négociations, Varenne a signé un accord pour racheter Ostrel.", 'pending'],
    ['Après des mois de pourparlers, Varenne a conclu le rachat de Ostrel.', 'announced'],
    ['Harlow Mills, which tried to expand in Asia, bought Quenby Corp for 40 mln dlrs.', 'completed'],
    ['Harlow Mills negotiated hard and bought Quenby Corp last year.', 'completed'],
    ['Varenne a racheté Ostrel, qui avait longtemps démarché les banques.', 'completed'],
  ])('%s -> %s', (sentence, status) => {
    expect(dealStatus(sentence)).toBe(status);
  });

  it('talks that failed before the commitment are not cut away', () => {
    expect(dealStatus('After talks with Zenda collapsed, Harlow Mills agreed to acquire Quenby.')).not.toBe(
      'pending',
    );
  });

  it('talks with no commitment after them stay a rumour', () => {
    expect(dealStatus('After months of talks, Harlow Mills may buy Quenby Corp.')).toBe('rumoured');
  });

  it('an attempt cue must govern a buying word', () => {
    expect(attemptedDeal('Harlow Mills, which tried to expand in Asia, bought Quenby.')).toBe(false);
    expect(attemptedDeal('Harlow Mills is trying to acquire Quenby.')).toBe(true);
  });
});
