/**
 * Deal, day twenty-one (Corporate Acquisitions recall): a business sold or bought unnamed in wire copy.
 * - the object of a sale runs past a wire place ("its Tampa, Fla., branch") and past a clause describing what is
 *   sold ("three of its units which make valves …", "its water properties serving 9,000 customers …"), and a noun
 *   of sale may hand over holdings ("the sale of its water properties") (frames/sold-object-reach.ts);
 * - units bought from an owner may be named by two trades ("concrete and aggregates businesses") or be centers,
 *   hospitals, properties (frames/acquired-assets.ts), and the owner after "from" then sells (seller.ts);
 * - the units sold unnamed in the lead are listed later: "Included in the sale were A and B", "La cession comprend
 *   A et B" (deal-units-included.ts, wire-unit-named-later.ts).
 * GOLD-FORMAT counts an unnamed business of an organisation as that organisation. Sentences written for these tests.
 */
import { facts, run } from './helpers';

/** "buyer -> target / seller" for every ACQUIRED fact of the text. */
function deals(text: string): string[] {
  return facts(run(text, '2026-11-28'), 'ACQUIRED').map(
    (r) => `${r.source} -> ${r.target} / ${r.seller ?? '-'}`,
  );
}

describe('the object of a sale runs past a wire place and a describing clause', () => {
  it('steps over ", Fla.," inside the thing sold', () => {
    expect(
      deals(
        'Halvorsen Savings Bank said it agreed to sell its Tampa, Fla., branch to Marlow Financial Corp for a profit.',
      ),
    ).toEqual(['Marlow Financial Corp -> Halvorsen Savings Bank / Halvorsen Savings Bank']);
  });

  it.each([
    [
      'Brenlow Industries Inc said it sold three of its units which make industrial valves for the oil industry to Halvorsen Tool Corp.',
      'Halvorsen Tool Corp -> Brenlow Industries Inc / Brenlow Industries Inc',
    ],
    [
      "Le groupe Brenlow a cédé trois de ses usines qui fabriquent des vannes pour l'industrie pétrolière au groupe Halvorsen.",
      'Halvorsen -> Brenlow / Brenlow',
    ],
    [
      'Centrex Corp said it completed the sale of its water properties serving 9,000 customers in three Kansas towns to Prairie Utility Co.',
      'Prairie Utility Co -> Centrex Corp / Centrex Corp',
    ],
    [
      'Le groupe Centrex a finalisé la cession de ses actifs hôteliers situés dans trois villes bretonnes au groupe Prairie.',
      'Prairie -> Centrex / Centrex',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });

  it('a place with no buyer after it sells nothing', () => {
    expect(deals('Halvorsen Savings Bank said it would sell its Tampa, Fla., branch.')).toEqual([]);
  });

  it('goods sold to customers after a describing clause are no deal', () => {
    expect(
      deals(
        'Brenlow Industries Inc said it sold three of its units which make industrial valves to customers such as Halvorsen Tool Corp.',
      ),
    ).toEqual([]);
    expect(
      deals(
        'Brenlow Industries Inc said it sells its valves which are made in Ohio and Texas to Halvorsen Tool Corp.',
      ),
    ).toEqual([]);
  });

  it('a noun of sale of products is no deal', () => {
    expect(deals('Centrex Corp said it completed the sale of its products to Prairie Utility Co.')).toEqual(
      [],
    );
  });
});

describe('units bought from their owner', () => {
  it.each([
    [
      'Lone Peak Industries Inc agreed to acquire ready-mixed concrete and aggregates businesses from Riedel Materials Inc for an undisclosed amount of cash.',
      'Lone Peak Industries Inc -> Riedel Materials Inc / Riedel Materials Inc',
    ],
    [
      'Forum Care Inc agreed to buy eight retirement living centers in six states from Beverly Homes Inc.',
      'Forum Care Inc -> Beverly Homes Inc / Beverly Homes Inc',
    ],
    ['Le groupe Vivalto a racheté trois hôpitaux au groupe Riedel.', 'Vivalto -> Riedel / -'],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });

  it('securities bought from a holder are no business', () => {
    expect(deals('Acme Corp bought shares and bonds from Riedel Materials Inc.')).toEqual([]);
  });

  it('a group "from" the target\'s division does not make the target its own seller', () => {
    expect(
      deals(
        "Several analysts doubt anyone will top the 265 mln dlr bid for Purolator Courier Corp by Hutton LBO Inc and a management group from Purolator's courier division.",
      ),
    ).toEqual(['Hutton LBO Inc -> Purolator Courier Corp / -']);
  });
});

describe('units sold unnamed, listed later', () => {
  it('"Included in the sale were A and B", past a sentence naming no one', () => {
    expect(
      deals(
        'Allegheny Tool Inc said it sold three of its units to Chemtron Products Inc. Terms were not disclosed. Included in the sale were Brightline Valves Inc and Axle Forge Co, the company said.',
      ),
    ).toEqual(['Chemtron Products Inc -> Brightline Valves Inc / Allegheny Tool Inc']);
  });

  it.each([
    'Le groupe Vallourec a cédé trois de ses filiales au groupe Kestrel. La cession comprend Forgeval SA et Axofer SA.',
    "Le groupe Vallourec a cédé trois de ses filiales au groupe Kestrel. Les montants n'ont pas été dévoilés. Sont inclus dans la cession Forgeval SA et Axofer SA.",
  ])('%s', (text) => {
    expect(deals(text)).toEqual(['Kestrel -> Forgeval SA / Vallourec']);
  });

  it('"The sale is subject to approvals from B" lists nothing', () => {
    expect(
      deals(
        'Allegheny Tool Inc said it sold three of its units to Chemtron Products Inc. The sale is subject to approvals from Brightline Valves Inc.',
      ),
    ).toEqual(['Chemtron Products Inc -> Allegheny Tool Inc / Allegheny Tool Inc']);
  });
});
