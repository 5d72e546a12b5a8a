import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { entitiesFromStages } from './entity-stages';

/**
 * Names of full-length trade-press articles and wire copy on the seventh day, from the entity stages alone (no
 * relation rules). Every sentence here is written for this file; positive and negative cases side by side.
 */
const entities = entitiesFromStages;

function types(text: string): Map<string, string> {
  return new Map(entities(text).map((e) => [e.name, e.type]));
}

function names(text: string): string[] {
  return entities(text).map((e) => e.name);
}

describe('abbreviated given names in old firm names', () => {
  it('keeps "Thos." and "Jas." inside the firm name and in one sentence', () => {
    const text = 'Thos. R. Hadley Paper Co said it sold its mill to Jas. W. Orcutt Lumber Co for 4 mln dlrs.';
    expect(splitSentences(text)).toHaveLength(1);
    const t = types(text);
    expect(t.get('Thos. R. Hadley Paper Co')).toBe('Organization');
    expect(t.get('Jas. W. Orcutt Lumber Co')).toBe('Organization');
    expect(t.has('Thos')).toBe(false);
  });

  it('still ends a sentence after a legal form followed by a sentence opener', () => {
    const text = 'The mill went to Orcutt Lumber Co. The price was not given.';
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe('amounts written with a currency abbreviation glued to the figure', () => {
  it('makes no company of Nordic, Swiss and dollar-prefixed amounts', () => {
    const text =
      'Fjordline said it would pay NKr2.8bn for the ferries, after a DKr640m bid and a SFr90m offer were refused; Harbin Tools Ltd paid HK$ 3bn.';
    const n = names(text);
    for (const amount of ['NKr2.8bn', 'DKr640m', 'SFr90m', 'HK']) expect(n).not.toContain(amount);
    expect(n).toContain('Harbin Tools Ltd');
  });

  it('keeps a company whose name ends in a number', () => {
    const text = 'Le fonds Vauban 21 a pris une participation dans la société Texel.';
    expect(names(text)).toEqual(expect.arrayContaining(['Vauban 21', 'Texel']));
  });
});

describe('descriptors before a name', () => {
  it('cuts a French sector acronym off the name and reads it as a company cue', () => {
    const text = "L'ESN nantaise Corvelia a repris l'ESN Brixa. La SSII Talvane recrute.";
    const t = types(text);
    expect(t.get('Corvelia')).toBe('Organization');
    expect(t.get('Brixa')).toBe('Organization');
    expect(t.get('Talvane')).toBe('Organization');
    expect(t.has('ESN')).toBe(false);
    expect(t.has('ESN Brixa')).toBe(false);
  });

  it('does not make the town after "une PME de" a company', () => {
    const text = "Les pièces viennent d'une PME de Vernon, selon le groupe.";
    expect(names(text)).not.toContain('Vernon');
  });

  it('cuts a market rank off the name and types the name as a company', () => {
    const text = 'The price cut hurts second-placed Dunmore and third-ranked Quelby, analysts said.';
    const t = types(text);
    expect(t.get('Dunmore')).toBe('Organization');
    expect(t.get('Quelby')).toBe('Organization');
    expect([...t.keys()].some((k) => /placed|ranked/i.test(k))).toBe(false);
  });
});

describe('renames written with a glued "ex-"', () => {
  it('splits "ex-" off the former name and links it to the current one', () => {
    const text = "Le groupe Verlane, l'ex-Chaudronnerie Morin, a été racheté par Tessam Industries.";
    const e = entities(text).find((x) => x.name === 'Verlane' || x.aliases.includes('Verlane'));
    expect(e?.type).toBe('Organization');
    expect([e?.name, ...(e?.aliases ?? [])]).toContain('Chaudronnerie Morin');
    expect(names(text)).not.toContain('ex-Chaudronnerie Morin');
  });

  it('leaves a capitalised "Ex-" compound of a name alone', () => {
    const tokens = tokenize("l'Ex-Im Bank", 0).map((t) => t.text);
    expect(tokens).toContain('Ex-Im');
  });
});

describe('people after a business occupation, in an apposition, or founding together', () => {
  it('reads a person after "l\'ancien banquier" and "l\'investisseuse"', () => {
    const text =
      "Parmi les business angels figurent l'ancien banquier Octave Marchal et l'investisseuse Hortense Vidal.";
    const t = types(text);
    expect(t.get('Octave Marchal')).toBe('Person');
    expect(t.get('Hortense Vidal')).toBe('Person');
  });

  it('still reads a company after a company noun and an adjective', () => {
    const text = "La banque régionale Crédit Vauclair finance l'opération.";
    expect(types(text).get('Crédit Vauclair')).toBe('Organization');
  });

  it('reads the name apposed to a post written in lower case', () => {
    const text =
      "Le fonds Arvor, dont l'associé gérant, Tanguy Le Goff, siège au conseil, suit le dossier. Brenmoor's boss, Fergus Lowrie, declined to comment.";
    const t = types(text);
    expect(t.get('Tanguy Le Goff')).toBe('Person');
    expect(t.get('Fergus Lowrie')).toBe('Person');
  });

  it('does not make a person of a company after "boss" with no comma', () => {
    const text = 'The boss Hugo Tanner Group hired was a former banker at Melcom Bank.';
    expect(types(text).get('Melcom Bank')).toBe('Organization');
  });

  it('reads the second founder of "founded by A and B" as a person, Gaelic surnames included', () => {
    const text =
      'Fondée en 2020 par Lise Aubry et Kadiatou Traoré, la société vend des capteurs. Drumlin was founded by Ruaridh McPhail and Tavish MacCrae, who still run it.';
    const t = types(text);
    expect(t.get('Kadiatou Traoré')).toBe('Person');
    expect(t.get('Ruaridh McPhail')).toBe('Person');
    expect(t.get('Tavish MacCrae')).toBe('Person');
  });

  it('reads a tradesman founder and keeps the firm that bears his name a company', () => {
    const text =
      'Fondée en 1902 par le boulanger Anatole Berthier, la Maison Berthier compte 40 boutiques. La Maison Berthier a été rachetée par Delvaux.';
    const t = types(text);
    expect(t.get('Anatole Berthier')).toBe('Person');
    expect(t.get('Maison Berthier')).toBe('Organization');
  });

  it('keeps a full name before "family company" a person, a bare family name out', () => {
    const text =
      'Harwell Holdings Inc, the Walter M. Stroud family company, sold it. The Pemberton family owns the rest.';
    const t = types(text);
    expect(t.get('Walter M. Stroud')).toBe('Person');
    expect(t.has('Pemberton')).toBe(false);
  });

  it('joins "de" to a given name of any region, not inside a cued company name', () => {
    const text =
      'Femke de Wit will join the board. La coopérative Val de Sèvre Lait a fusionné avec Laiterie Bocage.';
    const t = types(text);
    expect(t.get('Femke de Wit')).toBe('Person');
    expect(t.get('Val de Sèvre Lait')).toBe('Organization');
  });
});

describe('names joined or split at "and"', () => {
  it('splits a law partnership after "and"', () => {
    const text = 'Hollins Capital and Bracewell Tandy LLP advised the buyer.';
    const n = names(text);
    expect(n).toEqual(expect.arrayContaining(['Hollins Capital', 'Bracewell Tandy LLP']));
    expect(n.some((x) => x.includes(' and '))).toBe(false);
  });

  it('keeps a partnership of two surnames whole', () => {
    const text = 'Ernst and Young LLP audited the accounts of Dovecote Foods.';
    expect(names(text)).toContain('Ernst and Young LLP');
  });

  it('keeps a public body named "X and Y Authority" whole, after a possessive too', () => {
    const text =
      "The UK's Gas and Electricity Markets Authority opened a review. Later the Water and Sewerage Authority agreed.";
    const n = names(text);
    expect(n).toContain('Gas and Electricity Markets Authority');
    expect(n).toContain('Water and Sewerage Authority');
    expect(n).not.toContain('Gas');
  });

  it('splits a well-known fund from the next name before a generic head', () => {
    const text = 'Existing investors Accel and Larkspur Partners joined the round.';
    const n = names(text);
    expect(n).toEqual(expect.arrayContaining(['Accel', 'Larkspur Partners']));
  });

  it('keeps two unknown words before a generic head one name', () => {
    const text = 'Brannock and Feld Partners bought the stake.';
    expect(names(text)).toContain('Brannock and Feld Partners');
  });
});

describe('names with a plural possessive and names extending a company', () => {
  it('keeps a pension scheme named with "Teachers\'" whole', () => {
    const text =
      "Investors include the Manitoba Teachers' Retirement System and the Quebec Nurses' Pension Plan, which bought into Lorvik.";
    const n = names(text);
    expect(n).toContain("Manitoba Teachers' Retirement System");
    expect(n).toContain("Quebec Nurses' Pension Plan");
    expect(n).not.toContain('Retirement System');
  });

  it('makes a company of its name plus one word, not of a product tier', () => {
    const text =
      'The group Velmora bought Tarnish, a small app. Its founder now heads Velmora Renew. Shoppers still prefer Velmora Gold, analysts said.';
    const all = entities(text);
    const renew = all.find((e) => e.name === 'Velmora Renew' || e.aliases.includes('Velmora Renew'));
    expect(renew?.type).toBe('Organization');
    expect(all.some((e) => e.name === 'Velmora Gold' || e.aliases.includes('Velmora Gold'))).toBe(false);
  });

  it('types a name ending in a sector noun a company, not a person', () => {
    const text = 'The round drew new investor Hollis Growth and the agency Gaspard Immobilier.';
    const t = types(text);
    expect(t.get('Hollis Growth')).toBe('Organization');
    expect(t.get('Gaspard Immobilier')).toBe('Organization');
  });
});

describe('news outlets named as sources', () => {
  it('reads a camel-case outlet after "told" and an outlet before "reported"', () => {
    const text =
      "Ferrandi, Lumora's chief executive, told PressWire. The firm was approached by Zentrix in 2024, Harbourline reported at the time.";
    const t = types(text);
    expect(t.get('PressWire')).toBe('Organization');
    expect(t.get('Harbourline')).toBe('Organization');
  });

  it('does not make an organisation of a person who told a colleague', () => {
    const text = 'Marta Llorens, who runs the shop, told Pablo she would stay.';
    expect(types(text).get('Pablo')).not.toBe('Organization');
  });
});
