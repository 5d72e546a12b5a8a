import { facts, run } from './helpers';

function deal(text: string) {
  return facts(run(text), 'ACQUIRED').map((r) => `${r.source} -> ${r.target} / ${r.seller ?? '-'}`);
}

/** Sellers named after the target: "the X Division of Y", and "Y's X unit" told after an earlier mention of Y. */
describe('seller of an acquired part of a company', () => {
  it('reads the owner after "the X Division of"', () => {
    expect(
      deal('Brenlow Industries Inc said it bought the Fluid Controls Division of Halvorsen Tool Corp.'),
    ).toContain('Brenlow Industries Inc -> Fluid Controls Division / Halvorsen Tool Corp');
  });

  it('steps over a lower-case adjective before the owner', () => {
    expect(
      deal(
        'Brenlow Industries Inc said it completed its purchase of the Fluid Controls Division of family-owned Halvorsen Tool Corp.',
      ),
    ).toContain('Brenlow Industries Inc -> Fluid Controls Division / Halvorsen Tool Corp');
  });

  it('does not take the town after a company without an article for its owner', () => {
    const found = deal('Brenlow Industries Inc said it bought Quarry Ridge Pumps Inc of Dayton Supply Co.');
    expect(found.some((f) => f.endsWith('/ Dayton Supply Co'))).toBe(false);
  });

  it('finds "Y\'s Z subsidiary" when Y was named earlier in the sentence', () => {
    expect(
      deal(
        "Brenlow Industries Inc said it resumed talks with Halvorsen Tool Corp about the acquisition of Halvorsen Tool's Quarry Ridge Pumps Inc subsidiary.",
      ),
    ).toContain('Brenlow Industries Inc -> Quarry Ridge Pumps Inc / Halvorsen Tool Corp');
  });

  it('reads the seller after a list of targets and a description of them', () => {
    const found = deal(
      'Ostrander Media Inc said it bought the Dalby Courier and the Eastfield Courier, with combined circulation of 40,000, from Halvorsen Publishing Corp.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Ostrander Media Inc -> Dalby Courier / Halvorsen Publishing Corp',
        'Ostrander Media Inc -> Eastfield Courier / Halvorsen Publishing Corp',
      ]),
    );
  });
});
