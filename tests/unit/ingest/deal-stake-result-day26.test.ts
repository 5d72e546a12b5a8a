/**
 * Day twenty-six, real wire text: a share purchase whose company is named only in the clause telling what the
 * purchase left the buyer with ("X said it purchased the tendered shares, which … gives it a 21.7 pct stake in
 * Y", "X a acquis 500 000 titres, ce qui lui donne 6,2 % du capital de Y"; frames/stake-purchase-result.ts), and
 * a name or pronoun right after "said"/"that"/"qu'" opening a reported clause as its subject, not as the object of
 * the name before (reported-clause-subject.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text).map(typedPair);
}

describe('a share purchase followed by the stake it leaves names the company', () => {
  it.each([
    [
      'Valor PLC said it acquired the tendered shares, which, together with those it already held, give it a 12 pct stake in Nutone Corp.',
      'FUNDED Valor PLC -> Nutone Corp',
    ],
    [
      'Brierley Investments Ltd said it bought 600,000 shares last week, bringing its holding in Wrather Corp to 9.5 pct.',
      'FUNDED Brierley Investments Ltd -> Wrather Corp',
    ],
    [
      'Harcourt Inc said it acquired 1.2 mln common shares, which, with shares it already owned, give it 8.1 pct of Lomas Corp.',
      'FUNDED Harcourt Inc -> Lomas Corp',
    ],
    [
      "Le fonds Ardian a indiqué qu'il a acquis 200 000 titres, ce qui lui donne 7 % du capital de Fnac Darty.",
      'FUNDED Ardian -> Fnac Darty',
    ],
    [
      'Le groupe Bolloré a acquis 500 000 titres supplémentaires, qui portent sa participation dans Vivendi à 6,2 %.',
      'FUNDED Bolloré -> Vivendi',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });

  it.each([
    [
      'Harcourt Inc said it acquired 3.1 mln common shares, giving it 62 pct of Lomas Corp.',
      'ACQUIRED Harcourt Inc -> Lomas Corp',
      'FUNDED Harcourt Inc -> Lomas Corp',
    ],
    [
      "Ardian a racheté 3 millions d'actions, ce qui lui donne 58 % du capital de Fnac Darty.",
      'ACQUIRED Ardian -> Fnac Darty',
      'FUNDED Ardian -> Fnac Darty',
    ],
  ])('a stake above half is control: %s', (text, wanted, refused) => {
    const found = facts(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it.each([
    // a sale leaves no stake bought
    ['Dixons Group PLC sold 500,000 shares, giving it a 6.2 pct stake in Cyclops Corp.', 'Cyclops Corp'],
    ['Ardian a vendu 200 000 actions, ce qui lui donne 7 % du capital de Fnac Darty.', 'Fnac Darty'],
    // the stake goes to the name after the result verb, not to the buyer
    [
      'Dixons Group PLC bought 500,000 shares, giving Cyclops Corp a 6.2 pct stake in Nutone Inc.',
      'Nutone Inc',
    ],
    // the company bought stands between the purchase and the stake: its own stake, not a share lot of the buyer's
    ['Ardian a acquis Kering, ce qui lui donne 7 % du capital de Fnac Darty.', 'Fnac Darty'],
  ])('no stake in the named company: %s', (text, company) => {
    expect(facts(text).filter((f) => f.endsWith(`-> ${company}`))).toEqual([]);
  });
});

describe('a party right after "said" or "that" is the subject of the reported clause', () => {
  it.each([
    [
      'Dixons Group PLC said it bought the shares, giving it a 6.2 pct stake in Cyclops Corp.',
      'FUNDED Dixons Group PLC -> Cyclops Corp',
    ],
    [
      'Harcourt Inc said that Lomas Corp bought 1.2 mln of its shares, giving it a 5.1 pct stake in Tellco Inc.',
      'FUNDED Lomas Corp -> Tellco Inc',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });

  it.each([
    'Harcourt Inc said it bought Lomas Corp, acquiring a 5 pct stake in Tellco Inc.',
    'Harcourt Inc said it bought Lomas Corp, taking a 5 pct stake in Tellco Inc.',
  ])('a company after a buying verb stays its object, the participle is the subject’s: %s', (text) => {
    expect(facts(text)).not.toContain('FUNDED Lomas Corp -> Tellco Inc');
  });
});
