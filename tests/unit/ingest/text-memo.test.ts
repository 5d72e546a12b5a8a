import { memoByText, memoByTextPair } from '../../../ingest/values/text-memo';
import { dealIntent } from '../../../ingest/deal-intent';
import { dealStatus, dealStatusInStory } from '../../../ingest/modality';

describe('text memo', () => {
  it('reads a text once, and again after the memo starts afresh', () => {
    const seen: string[] = [];
    const lengthOf = memoByText((t: string) => {
      seen.push(t);
      return t.length;
    }, 2);
    expect([lengthOf('ab'), lengthOf('ab'), lengthOf('abc')]).toEqual([2, 2, 3]);
    expect(seen).toEqual(['ab', 'abc']);
    lengthOf('abcd'); // full: everything is dropped before this one is kept
    lengthOf('ab');
    expect(seen).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });

  it('remembers null and false answers too', () => {
    let reads = 0;
    const none = memoByText(() => {
      reads += 1;
      return null;
    });
    none('x');
    none('x');
    expect(reads).toBe(1);
  });

  it('keys pairs on both texts', () => {
    let reads = 0;
    const join = memoByTextPair((a: string, b: string) => {
      reads += 1;
      return `${a}|${b}`;
    });
    expect([join('a', 'b'), join('a', 'c'), join('a', 'b'), join('ab', '')]).toEqual([
      'a|b',
      'a|c',
      'a|b',
      'ab|',
    ]);
    expect(reads).toBe(3);
  });
});

describe('remembered deal readings answer as fresh ones', () => {
  const offer = 'Halvard Corp made a tender offer for Brentwick Chemical Co.';
  it('gives each clause of one sentence its own status', () => {
    const sentence = 'Ostrava no longer reports apart, and Halvard bought Brentwick.';
    expect(dealStatus(sentence, 'Ostrava no longer reports apart')).toBe('abandoned');
    expect(dealStatus(sentence, 'Halvard bought Brentwick')).toBe('completed');
    expect(dealStatus(sentence, 'Ostrava no longer reports apart')).toBe('abandoned');
  });

  it('reads the later verdict every time, not the first answer for the sentence', () => {
    expect(dealStatusInStory(offer, offer, ['Brentwick rejected the offer.'])).toBe('abandoned');
    expect(dealStatusInStory(offer, offer, ["Brentwick's board accepted the offer."])).toBe('pending');
    expect(dealStatusInStory(offer, offer, ['Shares rose.'])).toBe('rumoured');
  });

  it('tells a wish apart from any wish for the same words', () => {
    const text = 'Halvard hopes to raise its holding in';
    expect(dealIntent(text, true)).toBe('rumoured');
    expect(dealIntent('Halvard said it had no plans to ', true)).toBe('ruled-out');
    expect(dealIntent('Halvard said it had no plans to ', false)).toBeNull();
  });
});
