/**
 * Companies as founders of a joint venture, a subsidiary or a fund (founders-company-founders.ts), both languages;
 * a mere owner, a partnership and founders who are former staff of a company give none. Sentences written for
 * these tests (people, day eighteen).
 */
import { facts, pair, run } from './helpers';

function founded(text: string): string[] {
  return facts(run(text), 'FOUNDED').map(pair).sort();
}

describe('a company founding a venture', () => {
  it.each([
    [
      'In truck charging, Voltaro will face Milence, the joint venture set up by Daimler Truck, Traton and Volvo Group.',
      ['Daimler Truck -> Milence', 'Traton -> Milence', 'Volvo Group -> Milence'],
    ],
    [
      'Orbex works with Kavela Foods, a joint venture formed by Danone and Olam.',
      ['Danone -> Kavela Foods', 'Olam -> Kavela Foods'],
    ],
    [
      'Mirabelle Kids, une filiale créée en 2021 par Pathé et Gaumont, sort son premier film.',
      ['Gaumont -> Mirabelle Kids', 'Pathé -> Mirabelle Kids'],
    ],
    [
      'Le client est Seadrone Defense, coentreprise à parité entre Navalis Systèmes et Naval Group.',
      ['Naval Group -> Seadrone Defense', 'Navalis Systèmes -> Seadrone Defense'],
    ],
    [
      'Last year Harlow Medical set up OrthoBot Labs, a joint venture with Japanese electronics firm Kitsune Robotics, to build robots.',
      ['Harlow Medical -> OrthoBot Labs', 'Kitsune Robotics -> OrthoBot Labs'],
    ],
    [
      'In 2022 Kessler Wehrtechnik launched KWS Systems, a joint venture with Swiss group Oerlikon-Brandt.',
      ['Kessler Wehrtechnik -> KWS Systems', 'Oerlikon-Brandt -> KWS Systems'],
    ],
    [
      'Vauclair Industries et le motoriste Safrel ont par ailleurs constitué une coentreprise, Vausaf Propulsion, pour produire des carters.',
      ['Safrel -> Vausaf Propulsion', 'Vauclair Industries -> Vausaf Propulsion'],
    ],
    [
      'Arvéa Industries and Halden Systems have set up a joint venture, Arvhal, to develop turrets.',
      ['Arvéa Industries -> Arvhal', 'Halden Systems -> Arvhal'],
    ],
    [
      'Fromageries Duclos a par ailleurs créé en 2022, avec le spécialiste du biogaz Valorgaz, une filiale de méthanisation baptisée Duclos Énergies.',
      ['Fromageries Duclos -> Duclos Énergies', 'Valorgaz -> Duclos Énergies'],
    ],
    [
      'Hydrelis avait par ailleurs fondé avec TotalEnergies une coentreprise, Hydrosud, pour alimenter les raffineries.',
      ['Hydrelis -> Hydrosud', 'TotalEnergies -> Hydrosud'],
    ],
    [
      'Vauban Ventures, lancé en 2023 par Hôtels Vauban, a misé sur la start-up Clefy.',
      ['Hôtels Vauban -> Vauban Ventures'],
    ],
    [
      'Rhône Santé Ventures, launched in 2022 by Banque Populaire Rhône, made its fifth investment.',
      ['Banque Populaire Rhône -> Rhône Santé Ventures'],
    ],
  ])('%s', (text, expected) => {
    const got = founded(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    // an owner, not a founder
    ['Kavela Foods, a subsidiary of Danone, sells yogurts in Kenya.', 'Danone -> Kavela Foods'],
    [
      'Mirabelle Kids, filiale de Lumen Animation, produit des dessins animés.',
      'Lumen Animation -> Mirabelle Kids',
    ],
    // a partnership names no venture
    [
      'Harlow Medical signed a partnership with Kitsune Robotics to sell OrthoBot Labs robots.',
      'Harlow Medical -> OrthoBot Labs',
    ],
    // founders who worked at a company: the company founded nothing
    ['Clefy, founded in 2019 by former Google engineers, raised money.', 'Google -> Clefy'],
    ["Clefy, fondée en 2019 par d'anciens ingénieurs de Google, a levé des fonds.", 'Google -> Clefy'],
    // a rumour of a venture
    [
      'Arvéa Industries and Halden Systems could set up a joint venture, Arvhal, people familiar said.',
      'Halden Systems -> Arvhal',
    ],
  ])('none: %s', (text, notExpected) => {
    expect(founded(text)).not.toContain(notExpected);
  });
});
