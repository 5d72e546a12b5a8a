import { EN_DEAL_RULES } from '../../../ingest/relations/en/deals';
import { dealValues } from '../../../ingest/relations/values';
import type { Sentence } from '../../../ingest/sentences';
import { findDateMentions } from '../../../ingest/values/date-mentions';
import { dealDate, publicationMonth, storyNewsDay } from '../../../ingest/values/deal-date';
import { notTheRoundFigure } from '../../../ingest/values/round-figures';

const anchorOf = (text: string, from: string, to: string) => ({
  start: text.indexOf(from),
  end: text.indexOf(to) + to.length,
});

describe('the date nearest to the deal', () => {
  it('prefers the date by the deal over a founding year told first', () => {
    const text = 'Ovelia, fondée en 2004 à Lille, est contrôlée depuis 2020 par le fonds Karvest.';
    expect(dealDate(text, '2025-10-10', anchorOf(text, 'Ovelia', 'Karvest'))).toBe('2020');
  });

  it('gives each deal of a two-deal sentence its own year, relative ones included', () => {
    const text = 'It bought Pavlo in 2022 and last year bought Quenza from its owner.';
    expect(dealDate(text, '2026-02-17', anchorOf(text, 'It', 'Pavlo'))).toBe('2022');
    expect(dealDate(text, '2026-02-17', anchorOf(text, 'bought Quenza', 'Quenza'))).toBe('2025');
  });

  it('reads a month without a year as the latest such month before publication', () => {
    expect(findDateMentions('Tarvo agreed in January to sell.', '2026-04-08').map((m) => m.date)).toEqual([
      '2026-01',
    ]);
    expect(findDateMentions('Elle a racheté Oulipa en novembre.', '2026-04-08').map((m) => m.date)).toEqual([
      '2025-11',
    ]);
    // lower-case English "may" is a verb
    expect(findDateMentions('The deal in may close soon.', '2026-06-01')).toEqual([]);
  });

  it('falls back to the caller default only when the sentence has no date', () => {
    expect(dealDate('Brindle has raised $12 million.', '2026-03-24', { start: 0, end: 7 }, '2026-03')).toBe(
      '2026-03',
    );
    expect(publicationMonth('2026-03-24')).toBe('2026-03');
    expect(publicationMonth(null)).toBeNull();
  });

  it('finds the day of the news a few days before publication, not an older one', () => {
    expect(storyNewsDay(['Nothing dated here.', 'The fund said on Monday.'], '2025-06-05')).toBe(
      '2025-06-02',
    );
    expect(storyNewsDay(['It was founded on 3 March 2019.'], '2025-06-05')).toBeNull();
  });
});

describe('figures beside a round that are not its amount', () => {
  it('tells valuations, running totals and fund sizes from the round', () => {
    expect(notTheRoundFigure('in the round, which values the company at about ', ' million.')).toBe(true);
    expect(notTheRoundFigure("also took part, bringing the company's total funding to ", '.')).toBe(true);
    expect(notTheRoundFigure('Vantage Peak, which manages ', ', took part.')).toBe(true);
    expect(notTheRoundFigure('La start-up, valorisée ', ', a levé')).toBe(true);
    expect(notTheRoundFigure('Brindle has raised ', ' in a Series B round')).toBe(false);
    expect(notTheRoundFigure('Ovelia a levé ', " auprès d'Elaia")).toBe(false);
  });
});

describe('deal values over a story', () => {
  const sentencesOf = (...texts: string[]): Sentence[] => {
    let at = 0;
    return texts.map((text) => {
      const s = { text, start: at, end: at + text.length };
      at += text.length + 1;
      return s;
    });
  };
  const buy = EN_DEAL_RULES.find((r) => r.id === 'en.acquired.active-verb')!;

  it('dates news of the day by the publication month, history by nothing', () => {
    const story = sentencesOf('Harbel has acquired Tovik, a maker of pumps.', 'Harbel had acquired Mestra.');
    const today = dealValues(buy, story, 0, 'en', '2026-07-17', anchorOf(story[0].text, 'Harbel', 'Tovik'));
    expect(today?.date).toBe('2026-07');
    const history = dealValues(buy, story, 1, 'en', '2026-07-17', {
      start: story[1].start,
      end: story[1].end - 1,
    });
    expect(history?.date).toBeNull();
  });
});
