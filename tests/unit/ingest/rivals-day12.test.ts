import { facts, run } from './helpers';

/**
 * Rivalry classes of day twelve: a market's leading group named as a group and listed ("the big three, A, B and
 * C", "le trio de tête", "les quatre premiers acteurs"), a list placed among a market's players ("Parmi les acteurs
 * du marché figurent A, B et C"), a rival noun owned through "de/of" before a copula ("Le principal concurrent de A
 * en France est B"), a kind of firm before an owner's rivals ("ses concurrents restent des indépendants comme A"),
 * and "un quart du marché", which is no sports report.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

function allPairs(text: string, names: string[]): boolean {
  return names.every((a, i) => names.slice(i + 1).every((b) => has(text, a, b)));
}

const THREE = ['Sodexa Group', 'Elirion SA', 'Compass Ltd'];

describe("a market's leading group named, then listed", () => {
  it.each([
    'The big three, Sodexa Group, Elirion SA and Compass Ltd, hold half the market.',
    'In Europe the top three: Sodexa Group, Elirion SA and Compass Ltd, hold half the market.',
    'Sodexa Group, Elirion SA and Compass Ltd, the so-called big three, hold half the market.',
    'Le trio de tête, Sodexa Group, Elirion SA et Compass Ltd, détient la moitié du marché.',
    'Le trio de tête du secteur : Sodexa Group, Elirion SA et Compass Ltd.',
    'Sodexa Group, Elirion SA et Compass Ltd, le trio de tête du secteur, détiennent la moitié du marché.',
    "Les trois premiers acteurs, Sodexa Group, Elirion SA et Compass Ltd, ne contrôlent qu'un quart du marché.",
    'The three largest players in Europe, Sodexa Group, Elirion SA and Compass Ltd, hold half the market.',
    'Les trois principaux groupes du secteur, Sodexa Group, Elirion SA et Compass Ltd, ont relevé leurs prix.',
  ])('%s', (text) => {
    expect(allPairs(text, THREE)).toBe(true);
  });

  it.each([
    'The three companies, Sodexa Group, Elirion SA and Compass Ltd, signed a partnership.',
    'Les trois fonds, Ardian Capital, Eurazeo SE et Tikehau Capital, ont investi 20 millions.',
    'Le tandem, Sodexa Group et Elirion SA, a signé un accord.',
    'The big three of the funding round, Ardian Capital, Eurazeo SE and Tikehau Capital, put in $20m.',
  ])('no market group: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe("a list placed among a market's players", () => {
  it.each([
    'Parmi les autres acteurs du marché figurent Sodexa Group, Elirion SA et Compass Ltd.',
    'Parmi les principaux acteurs du secteur, on trouve Sodexa Group, Elirion SA et Compass Ltd.',
    'Among the leading players in the market are Sodexa Group, Elirion SA and Compass Ltd.',
    'Sodexa Group, Elirion SA et Compass Ltd figurent parmi les principaux acteurs du secteur.',
    'Sodexa Group, Elirion SA and Compass Ltd are among the largest players in Europe.',
  ])('%s', (text) => {
    expect(allPairs(text, THREE)).toBe(true);
  });

  it.each([
    'Parmi les investisseurs figurent Ardian Capital, Eurazeo SE et Tikehau Capital.',
    'Parmi les acteurs du tour de table figurent Ardian Capital, Eurazeo SE et Tikehau Capital.',
    'Among the backers of the round are Ardian Capital, Eurazeo SE and Tikehau Capital.',
  ])('no market: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('a rival noun owned through "de/of" before a copula', () => {
  it.each([
    'Le principal concurrent de Volteo SAS en France est Hexaborne SA.',
    'Le principal concurrent de Volteo SAS dans les centres commerciaux est Hexaborne SA, filiale de Totalis SA.',
    'Les concurrents de Volteo SAS sont Hexaborne SA et Ampéra AG.',
    'The main rival of Volteo Inc is Hexaborne Ltd.',
    'The closest competitors of Volteo Inc in Europe are Hexaborne Ltd and Ampera AG.',
    'Le rival historique de Volteo SAS reste Hexaborne SA.',
  ])('%s', (text) => {
    expect(has(text, 'Volteo SAS', 'Hexaborne SA') || has(text, 'Volteo Inc', 'Hexaborne Ltd')).toBe(true);
  });

  it.each([
    'Le principal client de Volteo SAS est Hexaborne SA.',
    'The main rival of Volteo Inc is owned by Hexaborne Ltd.',
    'Le principal fournisseur de Volteo SAS reste Hexaborne SA.',
  ])('no rival named: %s', (text) => {
    expect(has(text, 'Volteo SAS', 'Hexaborne SA') || has(text, 'Volteo Inc', 'Hexaborne Ltd')).toBe(false);
  });

  it("a relative's object is no rival of the owner", () => {
    const text = 'Le principal concurrent de Volteo SAS, qui a racheté Ampéra AG, est Hexaborne SA.';
    expect(has(text, 'Volteo SAS', 'Ampéra AG')).toBe(false);
  });
});

describe("a kind of firm before an owner's rivals", () => {
  it.each([
    'Haulwise SA vise les PME. Ses concurrents sont surtout des start-up comme Freightlane BV et Truckbase GmbH.',
    'Haulwise SA vise les PME. Ses principaux concurrents restent des acteurs régionaux tels que Freightlane BV et Truckbase GmbH.',
    'Haulwise SA sells software. Its competitors include mostly smaller firms like Freightlane BV and Truckbase GmbH.',
  ])('%s', (text) => {
    expect(has(text, 'Haulwise SA', 'Freightlane BV')).toBe(true);
    expect(has(text, 'Haulwise SA', 'Truckbase GmbH')).toBe(true);
  });

  it('a kind of another role names no rival', () => {
    const text =
      'Haulwise SA vise les PME. Ses concurrents sont des clients comme Freightlane BV et Truckbase GmbH.';
    expect(has(text, 'Haulwise SA', 'Freightlane BV')).toBe(false);
  });
});

describe('"quart" in a sports report still refuses a rivalry', () => {
  it('a quarter-final is no market', () => {
    expect(rivals('En quart de finale, Sodexa Group affronte Elirion SA samedi.')).toEqual([]);
  });
});

describe('"other" between a possessive and its rival noun', () => {
  it.each([
    'Volteo SAS vise les parkings. Ses autres concurrents directs sont Ampéra AG et Recharge Loire SAS.',
    'Volteo SAS vise les parkings. Ses autres concurrents sont Ampéra AG et Recharge Loire SAS.',
    'Volteo SAS targets car parks. Its other rivals are Ampéra AG and Recharge Loire SAS.',
  ])('%s', (text) => {
    expect(has(text, 'Volteo SAS', 'Ampéra AG')).toBe(true);
    expect(has(text, 'Volteo SAS', 'Recharge Loire SAS')).toBe(true);
  });

  it('its other clients are no rivals', () => {
    const text = 'Volteo SAS vise les parkings. Ses autres clients sont Ampéra AG et Recharge Loire SAS.';
    expect(rivals(text)).toEqual([]);
  });
});

describe('names in a fronted "with" phrase are not the contest subject', () => {
  it.each([
    'Pictavia SAS a racheté Bloomr SAS. Avec Payflo et Bloomr SAS, Pictavia SAS veut tenir tête à Cegid SA et Silae SAS.',
    'Pictavia SAS a racheté Bloomr SAS. Avec Payflo et Bloomr SAS, Pictavia SAS entend tenir tête à Cegid SA.',
    'Pictavia SAS a racheté Bloomr SAS. Avec Kadran SAS et Bloomr SAS, Pictavia SAS veut tenir tête à Cegid SA.',
  ])('%s', (text) => {
    expect(has(text, 'Pictavia SAS', 'Cegid SA')).toBe(true);
    expect(has(text, 'Bloomr SAS', 'Cegid SA')).toBe(false);
  });
});
