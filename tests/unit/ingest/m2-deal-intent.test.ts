import { dealIntent } from '../../../ingest/deal-intent';
import { facts, run } from './helpers';

/** Sentences written for these tests: deals only wished for, not confirmed, or ruled out. */

describe('a wish or an unconfirmed report about any deal is talk', () => {
  it.each([
    ['Corlan Industries said it hopes to acquire Fenwick Tool Co'],
    ['Corlan Industries wants to buy Fenwick Tool Co'],
    ['Corlan Industries is seeking to take over Fenwick Tool Co'],
    ['Corlan Industries would like to merge with Fenwick Tool Co'],
    ['Le groupe Orvane souhaite racheter Pellerin'],
    ['Corlan Industries had no comment on press reports that it bought Fenwick Tool Co'],
    ['Corlan declined to comment on market speculation that it acquired Fenwick Tool Co'],
  ])('%s', (upToDeal) => {
    expect(dealIntent(upToDeal)).toBe('rumoured');
  });

  it.each([
    ['Corlan Industries said it has no present plans to acquire Fenwick Tool Co'],
    ['Corlan Industries does not intend to bid for Fenwick Tool Co'],
    ['Corlan Industries said it had no intention of buying Fenwick Tool Co'],
  ])('rules out: %s', (upToDeal) => {
    expect(dealIntent(upToDeal)).toBe('ruled-out');
  });

  it.each([
    ['Corlan Industries said it hopes to complete its purchase of Fenwick Tool Co'],
    ['Corlan Industries, which wants to cut costs, acquired Fenwick Tool Co'],
    ['Corlan Industries said it has no plans to sell assets and acquired Fenwick Tool Co'],
    ['Corlan Industries commented on the report and said it acquired Fenwick Tool Co'],
  ])('keeps a deal the wish is not about: %s', (upToDeal) => {
    expect(dealIntent(upToDeal)).toBeNull();
  });

  it('still reads any wish for a minority stake', () => {
    expect(dealIntent('Corlan Industries hopes to raise its holding of Fenwick Tool Co', true)).toBe(
      'rumoured',
    );
    expect(dealIntent('Corlan Industries hopes to raise its holding of Fenwick Tool Co')).toBe('rumoured');
    expect(dealIntent('Corlan said it hopes to one day hold 10 pct of Fenwick Tool Co', true)).toBe(
      'rumoured',
    );
    expect(dealIntent('Corlan said it hopes to one day hold 10 pct of Fenwick Tool Co')).toBeNull();
  });
});

describe('articles: a deal ruled out gives no fact, a wished one no scored fact', () => {
  it('drops a purchase the buyer says it has no plans to make', () => {
    const article = run('Corlan Industries Inc said it has no plans to acquire Fenwick Tool Co.');
    expect(facts(article, 'ACQUIRED')).toEqual([]);
  });

  it('keeps a purchase made, told alongside a plan ruled out after it', () => {
    const article = run(
      'Corlan Industries Inc said it acquired Fenwick Tool Co and has no plans to acquire other toolmakers.',
    );
    const deal = facts(article, 'ACQUIRED').find((r) => r.target.startsWith('Fenwick'));
    expect(deal).toBeDefined();
  });

  it('marks a wished takeover rumoured', () => {
    const article = run('Corlan Industries Inc said it wants to buy Fenwick Tool Co for 40 mln dlrs.');
    const deal = facts(article, 'ACQUIRED').find((r) => r.target.startsWith('Fenwick'));
    expect(deal?.status).toBe('rumoured');
  });
});
