import { facts, run } from './helpers';
import { sortedPairs } from './frames-test-helpers';

/**
 * Day twelve: an investor's record told by a fund pointer ("The fund has also backed A and B") with no round figure
 * lent to it, and every company of the object list after "invested in" / "a investi dans".
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe("an investor's record told by a fund pointer", () => {
  const lead = 'Frostline raised $48 million from Harbourgate Partners. ';
  test.each([
    'The fund has also backed Tunebridge and Gatewise.',
    'The fund has also backed music-licensing platform Tunebridge and ticketing startup Gatewise.',
    'Harbourgate has previously backed Tunebridge and Gatewise.',
    'The fund has also invested in Tunebridge and Gatewise.',
  ])('%s', (sentence) => {
    const got = funded(lead + sentence);
    expect(got).toContain('Harbourgate Partners -> Tunebridge');
    expect(got).toContain('Harbourgate Partners -> Gatewise');
    expect(got).not.toContain('Frostline -> Tunebridge');
  });

  test("the companies of the record take no figure of the round told before (it is the fund's or the article's)", () => {
    const text = `Cadenza Capital, which closed its €120m second fund in September, counts the EIF among its limited partners. The fund has also backed Tunebridge and Gatewise.`;
    const record = facts(run(text), 'FUNDED').filter((r) => r.target === 'Tunebridge');
    expect(record.map((r) => r.source)).toEqual(['Cadenza Capital']);
    expect(record[0].amount).toBeNull();
  });

  test('the fund backed by others is no backer: "The fund is backed by A"', () => {
    expect(funded(`${lead}The fund is backed by Tunebridge.`)).not.toContain(
      'Harbourgate Partners -> Tunebridge',
    );
  });
});

describe('every company of the object list after "invested in" / "a investi dans"', () => {
  test.each([
    [
      'Kredyto raised €32m from Lindenhof Ventures. Lindenhof has invested in Paystream and Coverly.',
      ['Lindenhof Ventures -> Coverly', 'Lindenhof Ventures -> Paystream'],
    ],
    [
      'Kredyto raised €32m from Lindenhof Ventures. Lindenhof has invested in payroll app Paystream and insurance startup Coverly.',
      ['Lindenhof Ventures -> Coverly', 'Lindenhof Ventures -> Paystream'],
    ],
    [
      "Hydréa lève 35 millions d'euros auprès de Norven Capital. Norven Capital a aussi investi dans Propulsys et Optronix.",
      ['Norven Capital -> Optronix', 'Norven Capital -> Propulsys'],
    ],
    [
      "Hydréa lève 35 millions d'euros auprès de Norven Capital. Norven Capital a investi dans Propulsys, Optronix et Sentinel Optique.",
      ['Norven Capital -> Optronix', 'Norven Capital -> Propulsys', 'Norven Capital -> Sentinel Optique'],
    ],
  ])('%s', (text, pairs) => {
    const got = funded(text);
    for (const p of pairs) expect(got).toContain(p);
  });

  test('a rival named after the list is not invested in', () => {
    const got = funded('Lindenhof Ventures has invested in Paystream, a rival of Coverly.');
    expect(got).toContain('Lindenhof Ventures -> Paystream');
    expect(got).not.toContain('Lindenhof Ventures -> Coverly');
  });
});
