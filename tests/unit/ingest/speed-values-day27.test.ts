/**
 * Day twenty-seven (speed, second round): relations/deal-securities-purchase.ts reads the securities bought with
 * patterns anchored at the buying verb and compiled once per party name. These tests hold the answers the
 * unanchored, freshly compiled search gave: the same when asked again (the shared sticky pattern is set back to the
 * verb), none for securities counted after another deal verb or elsewhere in the sentence. Sentences written here.
 */
import { securitiesPurchaseAt } from '../../../ingest/relations/deal-securities-purchase';
import type { Sentence } from '../../../ingest/sentences';

/** A sentence at `start`, and the span from `from` (a word of it) to the sentence's end. */
function at(text: string, from: string, start = 100): [Sentence, { start: number; end: number }] {
  const sentence = { text, start, end: start + text.length };
  return [sentence, { start: start + text.indexOf(from), end: sentence.end }];
}

describe('securitiesPurchaseAt, anchored at the buying verb', () => {
  it.each([
    [
      'Norvale Capital said it bought 215,000 Tessan Corp convertible preferred shares.',
      'Norvale',
      'Tessan Corp',
      'bought',
    ],
    [
      'Norvale Capital agreed to buy 12 mln dlrs of Tessan Corp preference shares.',
      'Norvale',
      'Tessan Corp',
      'buy',
    ],
    [
      'Norvale Capital purchased a three mln dlr equity interest in Tessan Corp.',
      'Norvale',
      'Tessan Corp',
      'purchased',
    ],
    ['Le fonds Norvale a acquis 80 000 actions de préférence de Tessan.', 'Norvale', 'Tessan', 'acquis'],
  ])('finds the verb of "%s", and again when asked twice', (text, from, target, verb) => {
    const [sentence, span] = at(text, from);
    const want = sentence.start + text.indexOf(verb);
    expect(securitiesPurchaseAt(sentence, span, [from, target])).toBe(want);
    // the compiled pattern is shared: a second and a third question give the same answer
    expect(securitiesPurchaseAt(sentence, span, [from, target])).toBe(want);
    expect(
      securitiesPurchaseAt(
        { ...sentence, start: 0, end: text.length },
        { start: span.start - 100, end: span.end - 100 },
        [target],
      ),
    ).toBe(want - 100);
  });

  it.each([
    // the first deal verb is a sale: the shares counted after it are another fact
    [
      'Tessan Corp sold its unit to Norvale for 40 mln dlrs and bought 215,000 Orlan Inc convertible preferred shares.',
      'Tessan',
      'Orlan Inc',
    ],
    // counted common shares are a bidder's purchase (left to the acquisition keys)
    ['Norvale Capital said it bought 215,000 Tessan Corp common shares.', 'Norvale', 'Tessan Corp'],
    // the securities are another company's than the parties'
    [
      'Norvale Capital bought 215,000 Orlan Inc convertible preferred shares, not Tessan Corp stock.',
      'Norvale',
      'Tessan Corp',
    ],
    // a warrant's verb is an option, not a purchase
    [
      'Norvale Capital received warrants to purchase two mln Tessan Corp convertible shares.',
      'Norvale',
      'Tessan Corp',
    ],
    // a takeover told by its share of control
    ['La société Norvale a racheté 60 % du capital de Tessan.', 'Norvale', 'Tessan'],
  ])('finds none in "%s"', (text, from, target) => {
    const [sentence, span] = at(text, from);
    expect(securitiesPurchaseAt(sentence, span, [from, target])).toBeNull();
    expect(securitiesPurchaseAt(sentence, span, [from, target])).toBeNull();
  });

  it('answers right after a match for another sentence (no offset left over from the last search)', () => {
    const [long, longSpan] = at(
      'Norvale Capital agreed to buy 12 mln dlrs of Tessan Corp preference shares.',
      'Norvale',
    );
    const [short, shortSpan] = at(
      'Tessan Corp said Norvale bought 9,000 Tessan Corp convertible shares.',
      'Norvale',
    );
    expect(securitiesPurchaseAt(long, longSpan, ['Tessan Corp'])).not.toBeNull();
    expect(securitiesPurchaseAt(short, shortSpan, ['Tessan Corp'])).toBe(
      short.start + short.text.indexOf('bought'),
    );
  });

  it('reads no name shorter than two characters, and no span', () => {
    const [sentence, span] = at('Norvale bought 215,000 X convertible preferred shares.', 'Norvale');
    expect(securitiesPurchaseAt(sentence, span, ['X'])).toBeNull();
    expect(securitiesPurchaseAt(sentence, undefined, ['Norvale', 'X'])).toBeNull();
  });
});
