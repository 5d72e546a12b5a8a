/**
 * Day twenty-nine, real wire copy (entities): a partnership set in angle brackets is one name ("<Marsh Fenwick and
 * Lowe>", bracketed-firm-joins.ts); a person's possessive before a public body's head is no part of the body's
 * name ("Okada's Ministry of Posts and Telecommunications", possessed-public-body.ts); a role and its "elect" /
 * "designate" marker title the name after them ("chairman elect Arvid Pollock", elect-title.ts). Near misses: a
 * bracket closing on the first piece, two bracketed names in a list, "People's Bank", a bare surname with no
 * role before "elect". English wire constructions: French copy has neither the brackets nor the "elect" title.
 * Sentences written for these tests.
 */
import { entitiesOf, run } from './helpers';

function names(text: string): string[] {
  return entitiesOf(text).map((e) => `${e.type} ${e.name}`);
}

describe('a partnership in angle brackets is one organisation', () => {
  it('"<A B and C>" opening a wire story', () => {
    const found = names(
      'BOSTON, April 2 - <Marsh Fenwick and Lowe>, a consulting firm, said it bought a stake in <Corvale Data Inc>, a payroll software company.',
    );
    expect(found).toContain('Organization Marsh Fenwick and Lowe');
    expect(found).not.toContain('Organization Lowe');
  });

  it('"<A, B and C>" with commas inside the bracket', () => {
    const found = names(
      'DALLAS, April 2 - <Trask, Holloway and Pym> said it agreed to acquire <Rendle Foods Inc> for 30 mln dlrs.',
    );
    expect(found).toContain('Organization Trask, Holloway and Pym');
  });

  it('near miss: two bracketed names joined by "and" stay two companies', () => {
    const found = names(
      'DALLAS, April 2 - Osgood Corp said it acquired <Rendle Foods Inc> and <Pym Bakeries Inc> for 30 mln dlrs.',
    );
    expect(found).toContain('Organization Rendle Foods Inc');
    expect(found).toContain('Organization Pym Bakeries Inc');
  });

  it('the bracketed partnership is the buyer of the stake', () => {
    const a = run(
      'BOSTON, April 2 - <Marsh Fenwick and Lowe>, a consulting firm, said it bought a stake in <Corvale Data Inc>, a payroll software company.',
    );
    const funded = a.relations.filter((r) => r.type === 'FUNDED').map((r) => `${r.source} -> ${r.target}`);
    expect(funded).toEqual(['Marsh Fenwick and Lowe -> Corvale Data Inc']);
  });
});

describe("a person's possessive before a public body is not in its name", () => {
  it('"Okada\'s Ministry of Posts and Telecommunications"', () => {
    const found = names(
      "TOKYO, May 4 - On Friday, Okada's Ministry of Posts and Telecommunications (MPT) asked phone makers to cut prices, officials said.",
    );
    expect(found).toContain('Organization Ministry of Posts and Telecommunications');
    expect(found.some((n) => n.includes("Okada's"))).toBe(false);
  });

  it('near miss: "People\'s Bank" keeps its possessive', () => {
    const found = names("HARTFORD, May 4 - People's Bank said it raised its prime rate to 8.25 pct.");
    expect(found).toContain("Organization People's Bank");
  });
});

describe('a role with "elect" or "designate" titles the name after it', () => {
  it('"chairman elect P" names a person and gives the post', () => {
    const a = run(
      'ZURICH, March 9 - Halvern Chemie AG expects drug sales to grow over the next three years, chairman elect Arvid Pollock told analysts in the city.',
    );
    expect(a.entities.map((e) => `${e.type} ${e.name}`)).toContain('Person Arvid Pollock');
    const leads = a.relations.filter((r) => r.type === 'LEADS').map((r) => `${r.source} -> ${r.target}`);
    expect(leads).toContain('Arvid Pollock -> Halvern Chemie AG');
  });

  it('"chief executive designate P" names a person', () => {
    const found = names(
      'ZURICH, March 9 - Halvern Chemie AG will cut costs this year, chief executive designate Denys Harkin said in an interview.',
    );
    expect(found).toContain('Person Denys Harkin');
  });

  it('near miss: "elect" as a verb before a company name types no person', () => {
    const found = names(
      'ZURICH, March 9 - Shareholders will elect Halvern Chemie AG directors at the annual meeting in May, the company said.',
    );
    expect(found.some((n) => n.startsWith('Person Halvern'))).toBe(false);
  });
});
