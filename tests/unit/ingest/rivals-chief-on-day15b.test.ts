import { facts, run } from './helpers';

/**
 * An interview headline naming a company's head and the rivals the talk is about ("X's CEO on taking on A and B"):
 * the rivals are the company's. A client after "beating rivals to the C contract", a person's role and a
 * partnership verb are not.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

const BODY = '\n\nPaysmith Ltd sells payroll software. Gusterly Inc and Payfolio Inc sell it too.';

describe("a head's interview headline on the company's rivals", () => {
  it.each([
    "Paysmith Ltd's boss on how to beat Gusterly Inc and Payfolio Inc",
    "Paysmith Ltd's chief executive on beating Gusterly Inc and Payfolio Inc",
    "Paysmith Ltd's boss on facing Gusterly Inc and Payfolio Inc",
    "Paysmith Ltd's founder on how to take on Gusterly Inc and Payfolio Inc",
    "Paysmith Ltd's boss on fighting Gusterly Inc and Payfolio Inc",
  ])('%s', (headline) => {
    expect(has(headline + BODY, 'Gusterly Inc', 'Paysmith Ltd')).toBe(true);
    expect(has(headline + BODY, 'Payfolio Inc', 'Paysmith Ltd')).toBe(true);
  });

  it.each([
    "Paysmith Ltd's boss on working with Gusterly Inc and Payfolio Inc",
    "Paysmith Ltd's boss on beating bigger rivals to the Gusterly Inc contract",
    "Paysmith Ltd's boss on hiring Gusterly Inc's former finance chief",
  ])('reads no rivalry from %s', (headline) => {
    expect(has(headline + BODY, 'Gusterly Inc', 'Paysmith Ltd')).toBe(false);
  });
});
