import { facts, pair, run } from './helpers';

const deals = (text: string) => facts(run(text), 'ACQUIRED').map((r) => `${pair(r)} / ${r.seller}`);

/** A unit sold unnamed in the lead and named by the next sentence's opening apposition (wire-unit-named-later.ts). */
describe('a unit sold unnamed, then named in the next sentence: the name changes hands, the owner sells', () => {
  it.each([
    [
      "Harwell Foods Inc said it agreed to acquire the refrigerated warehousing business of Italy's Tessaro Group for 212 mln dlrs. The unit, Polar Dock Logistics, operates 14 cold-storage sites.",
      'Harwell Foods Inc -> Polar Dock Logistics / Tessaro Group',
    ],
    [
      'Kettering Holdings Plc agreed to sell its loss-making radar division to Varnell Technologies for 148 mln stg. The radar business, Ambrose Defence Systems, makes air-surveillance radars.',
      'Varnell Technologies -> Ambrose Defence Systems / Kettering Holdings Plc',
    ],
    [
      'Acme Corp said it sold its trucking unit to Beta Holdings Inc for 20 mln dlrs. The business, Polar Freight Inc, employs 300 people.',
      'Beta Holdings Inc -> Polar Freight Inc / Acme Corp',
    ],
    [
      "Beta Holdings Inc said it agreed to buy Acme Corp's trucking business for 20 mln dlrs. The unit, Polar Freight Inc, employs 300 people.",
      'Beta Holdings Inc -> Polar Freight Inc / Acme Corp',
    ],
    [
      "Le groupe Valtor a cédé sa filiale de maintenance à Aérotec Services pour 20 millions d'euros. La filiale, Maintair Industrie, emploie 300 personnes.",
      'Aérotec Services -> Maintair Industrie / Valtor',
    ],
  ])('"%s"', (text, expected) => {
    const [buyer, owner] = [expected.split(' -> ')[0], expected.split(' / ')[1]];
    expect(deals(text)).toContain(expected);
    // the owner is no longer read as the thing bought
    expect(deals(text).filter((d) => d.startsWith(`${buyer} -> ${owner} `))).toEqual([]);
  });

  it('leaves a unit the lead already named', () => {
    expect(
      deals(
        'Acme Corp said it sold its trucking unit, Polar Freight Inc, to Beta Holdings Inc for 20 mln dlrs. The unit, Gamma Logistics Inc, employs 300 people.',
      ),
    ).toEqual(['Beta Holdings Inc -> Polar Freight Inc / Acme Corp']);
  });

  it('leaves a whole company bought, and a next sentence naming no unit', () => {
    expect(
      deals(
        'Acme Corp said it bought Beta Holdings Inc for 20 mln dlrs. The company, Polar Freight Inc, employs 300 people.',
      ),
    ).toEqual(['Acme Corp -> Beta Holdings Inc / null']);
    expect(
      deals(
        'Acme Corp said it sold its trucking unit to Beta Holdings Inc for 20 mln dlrs. Its parent, Polar Freight Inc, employs 300 people.',
      ),
    ).toEqual(['Beta Holdings Inc -> Acme Corp / Acme Corp']);
  });

  it('reads no deal where the lead tells none', () => {
    expect(
      deals(
        'Acme Corp said its trucking unit had record sales. The unit, Polar Freight Inc, employs 300 people.',
      ),
    ).toEqual([]);
  });
});
