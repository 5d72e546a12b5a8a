import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';
import { isHeadingBreak } from '../../../ingest/entities/heading-lines';

/**
 * Names of the ninth day's full articles and wire copy, from the entity stages alone (no relation rules). Every
 * sentence here is written for this file; the invented names stand for classes of naming, not for any article.
 */
function read(text: string) {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const cands = collectCandidates(tokens, text);
  const index = clusterEntities(cands, tokens, text);
  return { cands, index };
}

/** Public (non-tentative) entities: name → type. */
function types(text: string): Map<string, string> {
  return new Map(toEntities(read(text).index, new Set()).map((e) => [e.name, e.type]));
}

/** Every candidate surface with its settled kind (tentative names included). */
function kinds(text: string): Map<string, string> {
  return new Map(read(text).cands.map((c) => [c.text, c.kind]));
}

/** Surfaces grouped by entity, tentative ones included. */
function groups(text: string): string[][] {
  return read(text).index.entities.map((e) => e.surfaces);
}

describe('French names that carry their article and a "de" complement', () => {
  it('keeps a capitalised article and its complement in one name', () => {
    const k = kinds('Le réseau Obsèques Varnier a racheté La Halte du Voyageur, douze agences en Bourgogne.');
    expect(k.has('Halte du Voyageur')).toBe(true);
    expect(k.has('Halte')).toBe(false);
    expect(k.has('Voyageur')).toBe(false);
  });

  it('keeps an elided capital article and a complement with its own article', () => {
    const k = kinds(
      "D'après L'Écho des Vallons, le groupe Presse Alpine reprendra La Gazette de l'Est en mars.",
    );
    expect(k.has("L'Écho des Vallons")).toBe(true);
    expect(k.has("Gazette de l'Est")).toBe(true);
  });

  it('does not make a title of a person or an institution into a titled name', () => {
    const k = kinds('Le Président de la République a reçu mardi les dirigeants de Bralvane.');
    expect([...k.keys()].some((n) => n.startsWith('Le Président'))).toBe(false);
    const u = kinds("L'Union des Chargeurs Fluviaux a saisi le tribunal.");
    expect([...u.keys()].some((n) => n.startsWith("L'"))).toBe(false);
  });

  it('takes a complement with its article after a trade descriptor, not without one', () => {
    const k = kinds(
      "En 2021, Corvexa avait mis la main sur le loueur alsacien Citernes de l'Est pour 40 millions d'euros.",
    );
    expect(k.has("Citernes de l'Est")).toBe(true);
    const w = kinds("Les élus ont reçu Kerlodec de l'Est et deux syndicats mardi.");
    expect(w.has("Kerlodec de l'Est")).toBe(false);
  });

  it('keeps a capitalised last particle as a word of the name', () => {
    const k = kinds('Portavela bought a stake in the Chilean terminal operator Muelles del Sur in 2023.');
    expect(k.has('Muelles del Sur')).toBe(true);
    expect(k.has('Muelles')).toBe(false);
  });
});

describe('headline words and press-release layout', () => {
  it('drops a participle clause after a comma in a title-case headline', () => {
    const k = kinds('Dravenport Foods to Acquire Tillsby for $90 Million, Adding Frozen Pizza Brands');
    expect([...k.keys()].some((n) => /Adding|Million/.test(n))).toBe(false);
    expect(k.has('Dravenport Foods')).toBe(true);
  });

  it('drops the clause in a headline that keeps a long preposition lower case', () => {
    const k = kinds('Halvern Group to Buy Ostrid, Widening Its Rental Network into Poland');
    expect([...k.keys()].some((n) => n.startsWith('Widening'))).toBe(false);
  });

  it('keeps a company whose name ends in -ing after a comma in body copy', () => {
    const k = kinds('Shares of Quarnel rose after the deal, Sterling Harbour Bank said on Monday.');
    expect(k.has('Sterling Harbour Bank')).toBe(true);
  });

  it('splits funding verbs off a headline subject', () => {
    const k = kinds('Tallowby Secures $40 Million Series B to Automate Warehouses');
    expect(k.has('Tallowby')).toBe(true);
    expect(k.has('Tallowby Secures')).toBe(false);
  });

  it('cuts a target nationality after "of" in a title-case headline, not a known name', () => {
    const k = kinds('Brandholm Industries Closes Acquisition of Moroccan Saunatec Systems Company');
    expect(k.has('Saunatec Systems Company')).toBe(true);
    expect(k.has('Moroccan Saunatec Systems Company')).toBe(false);
    expect(kinds('British Airways Closes Deal With Brandholm Industries').has('British Airways')).toBe(true);
  });

  it('does not run a name from a short heading into the next line', () => {
    const k = kinds('About Pellworth\nPellworth is headquartered in Leeds and employs 300 people.');
    expect(k.has('Pellworth Pellworth')).toBe(false);
    expect(k.has('Pellworth')).toBe(true);
  });

  it('reads a break after a long line as a wrapped line, not a heading', () => {
    const text = 'The company said it had agreed to sell its trucking unit to Brassfield\nHoldings for cash.';
    const tokens = tokenize(text, 0);
    const at = tokens.findIndex((t) => t.text === 'Holdings');
    expect(isHeadingBreak(tokens, at, text)).toBe(false);
    const heading = 'About Brassfield\nBrassfield is based in Ohio.';
    const ht = tokenize(heading, 0);
    expect(isHeadingBreak(ht, 2, heading)).toBe(true);
  });

  it('drops a headline rubric of a sector word and its adjective', () => {
    const k = kinds("Transport fluvial : Naviroute s'offre le lyonnais Péniches Daumas");
    expect(k.get('Transport')).not.toBe('org');
    expect(k.get('Transport')).not.toBe('unknown');
  });
});

describe('what a name is', () => {
  it('drops a pair of nationalities', () => {
    const k = kinds('The Anglo-Irish fund Kilrush Partners and the Sino-German group Wendao backed Orvella.');
    expect(k.get('Anglo-Irish')).toBe('drop');
    expect(k.get('Sino-German')).toBe('drop');
    expect(k.get('Kilrush Partners')).toBe('org');
  });

  it('types a firm that is advising with an auxiliary before the verb', () => {
    expect(
      types('Marlow Keane is acting as financial advisor to Teskor on the transaction.').get('Marlow Keane'),
    ).toBe('Organization');
    expect(types('Marlow Keane is acting as chair of the committee.').has('Marlow Keane')).toBe(false);
  });

  it('reads a firm named after people as the employer after a post and "at"', () => {
    const k = kinds('Before founding Ledgero, she was a senior associate at Harriet Lowe in Dublin.');
    expect(k.get('Harriet Lowe')).toBe('org');
    const own = kinds("He met a partner at Harriet Lowe's dinner in Dublin.");
    expect(own.get('Harriet Lowe')).not.toBe('org');
  });

  it('splits a person off the well-known firm written right before them', () => {
    const k = kinds("Juristo a été fondé par l'ancien associé de Clifford Chance Marc Dellière.");
    expect(k.get('Clifford Chance')).toBe('org');
    expect(k.get('Marc Dellière')).toBe('person');
  });

  it('types a person with a Maghrebi given name coordinated with another person', () => {
    const k = kinds(
      'Lancée en 2019 par deux ingénieures, Claire Moutet et Nassim Bekkali, la société conçoit des drones.',
    );
    expect(k.get('Nassim Bekkali')).toBe('person');
  });

  it('drops a creative work and its echoes, not the studio', () => {
    const text =
      'Brambleway Studios, the team behind the puzzle hit Copper Lanterns, raised $12 million. Copper Lanterns has sold two million copies.';
    const t = types(text);
    expect(t.has('Copper Lanterns')).toBe(false);
    expect(t.get('Brambleway Studios')).toBe('Organization');
  });

  it('drops a brand named with a possessive, keeps a company after "la marque"', () => {
    expect(kinds('Sa marque Croquinou est vendue en animalerie.').get('Croquinou')).toBe('drop');
    expect(kinds("La marque Croquinou a levé 2 millions d'euros.").get('Croquinou')).not.toBe('drop');
  });

  it('does not take a client in brackets after an adviser for its alias', () => {
    const g = groups(
      "Conseils : Vermeil Finance Partenaires (Les Biscuits d'Armen), Cabinet Trégor (juridique).",
    );
    expect(g.some((s) => s.some((x) => /Vermeil/.test(x)) && s.some((x) => /Biscuits/.test(x)))).toBe(false);
    const a = groups('Banque régionale de Savoie (Bersa) a prêté 3 millions.');
    expect(a.some((s) => s.includes('Bersa') && s.length > 1)).toBe(true);
  });

  it("cuts a company's board off its name", () => {
    const k = kinds('Two partners of Fenlow Capital will join the Quarby Therapeutics Board of Directors.');
    expect(k.has('Quarby Therapeutics Board of Directors')).toBe(false);
    expect(k.has('Quarby Therapeutics')).toBe(true);
  });
});

describe('one person, several surfaces', () => {
  it('joins given names said alone to the one person they open', () => {
    const text =
      'Dalvik Lines appointed Maria José Ferreira as chief executive. "Maria José knows the trade," it said.';
    const g = groups(text);
    expect(g.some((s) => s.includes('Maria José') && s.includes('Maria José Ferreira'))).toBe(true);
  });

  it('keeps given names apart when two people share them', () => {
    const text =
      'Ana Sofia Reyes and Ana Sofia Lindqvist co-founded Tessaro. "Ana Sofia will lead sales," it said.';
    const g = groups(text);
    expect(g.some((s) => s.includes('Ana Sofia') && s.length > 1)).toBe(false);
  });

  it('gives a headline surname to the person the story names later', () => {
    const text =
      'Harbourline names Okafor as CEO after Drummond exit\n\nHarbourline said on Monday that Chidi Okafor would replace Ewan Drummond, who left in May.';
    const t = types(text);
    expect(t.get('Drummond')).toBeUndefined();
    expect(t.get('Ewan Drummond')).toBe('Person');
  });
});
