import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Names of web pages and wire copy (tenth day), from the entity stages alone (no relation rules): ticker tags,
 * currency codes, ministries named by two portfolios, compound given names, region adjectives, release labels,
 * headline descriptors, event editions. Every sentence is written for this file; the invented names stand for
 * classes of naming, not for any article.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

function aliases(text: string): Map<string, string[]> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.aliases]));
}

describe('ticker tags with any exchange code', () => {
  it('drops the market code of "(EPA:ALO)", "(BIT:BMC)", "(ETR: RWS)" and "(TSX-V: FRX)"', () => {
    const text =
      'Le groupe Valcourt Industrie (EPA:VLC) a racheté la société Orbal. Borsani Meccanica (BIT:BMC) a signé un ' +
      'accord avec Orbal. Reisewelt Sonnenberg AG (ETR: RWS) said on Monday it would buy Orbal. Ferrox Mining ' +
      '(TSX-V: FRX) said it would sell its stake.';
    const t = types(text);
    for (const code of ['EPA', 'BIT', 'ETR', 'TSX-V', 'VLC', 'BMC', 'RWS', 'FRX'])
      expect(t.has(code)).toBe(false);
    expect(t.get('Valcourt Industrie')).toBe('Organization');
    expect(t.get('Ferrox Mining')).toBe('Organization');
    expect(aliases(text).get('Borsani Meccanica')).toContain('BMC');
  });

  it('keeps a market written in full before the colon as an organisation', () => {
    const t = types('Virta Aalto Oy (Nasdaq Helsinki: VAALTO) said on Monday it had bought Kestrel Heat.');
    expect(t.get('Nasdaq Helsinki')).toBe('Organization');
    expect(t.has('VAALTO')).toBe(false);
  });

  it('gives no alias to an exchange named before the tag', () => {
    const text = 'Basé à Brescia et coté à la Bourse de Milan (BIT:BMC), Borsani Meccanica a racheté Orbal.';
    expect(aliases(text).get('Bourse de Milan') ?? []).not.toContain('BMC');
    expect(types(text).has('BMC')).toBe(false);
  });

  it('leaves a bracketed place or an acronym without colon alone', () => {
    const t = types('Orbal Systems (Lyon) a signé avec la Banque publique d’investissement (BPI) un prêt.');
    expect(t.get('Orbal Systems')).toBe('Organization');
  });
});

describe('currency codes and economic aggregates', () => {
  it('reads "SEK 640 million", "NOK 2 billion", "DKK" and "GNP" as no names', () => {
    const t = types(
      'The price was SEK 640 million, Halden said. Kvist paid NOK 2 billion, or DKK 1.4 billion. The GNP rose ' +
        '3 pct, said the Central Bureau of Statistics.',
    );
    for (const code of ['SEK', 'NOK', 'DKK', 'GNP']) expect(t.has(code)).toBe(false);
  });

  it('keeps a company whose name only starts like a code', () => {
    expect(types('Sekora Logistics said it bought Halden.').get('Sekora Logistics')).toBe('Organization');
  });
});

describe('a ministry named by two portfolios', () => {
  it('keeps "Ministry of International Trade and Industry" and its kin whole', () => {
    const t = types(
      'Officials from the Ministry of International Trade and Industry met Orbal. The Department of Health and ' +
        'Human Services approved the drug. The Department of Trade and Industry referred the bid.',
    );
    expect(t.get('Ministry of International Trade and Industry')).toBe('Organization');
    expect(t.get('Department of Health and Human Services')).toBe('Organization');
    expect(t.get('Department of Trade and Industry')).toBe('Organization');
    expect(t.has('Industry')).toBe(false);
    expect(t.has('Human Services')).toBe(false);
  });

  it('leaves a second party after "and" apart', () => {
    const t = types(
      'The Ministry of Finance and Acme Corp signed a deal. The Ministry of Defence and Airbus met.',
    );
    expect(t.get('Ministry of Finance')).toBe('Organization');
    expect(t.get('Acme Corp')).toBe('Organization');
    expect(t.get('Ministry of Defence')).toBe('Organization');
  });

  it('reads the portfolios of a minister as his post, not a body', () => {
    const t = types("Japan's Minister of International Trade and Industry met the heads of 151 companies.");
    expect(t.has('International Trade')).toBe(false);
    expect(t.has('Industry')).toBe(false);
    expect(t.has('International Trade and Industry')).toBe(false);
  });
});

describe('a compound given name after "founders"', () => {
  it('keeps "Lars-Erik Sjöberg" and "Jean-Marc Dupont" as one person each', () => {
    const t = types(
      'Halden bought Kvist Heat from its founders Lars-Erik Sjöberg and Maja Lind. Orbal a été créée par les ' +
        'fondateurs Jean-Marc Dupuis et Anne Roy.',
    );
    expect(t.get('Lars-Erik Sjöberg')).toBe('Person');
    expect(t.get('Jean-Marc Dupuis')).toBe('Person');
    expect(t.has('Lars')).toBe(false);
    expect(t.has('Erik Sjöberg')).toBe(false);
  });

  it('still reads two surnames joined by a hyphen after "la paire" as two people', () => {
    const t = types('La paire Ferrand-Guillot a fondé Orbal en 2019.');
    expect(t.has('Ferrand-Guillot')).toBe(false);
  });
});

describe('a region adjective before a business noun', () => {
  it('drops "Nordic" and "Baltic" before a trade noun', () => {
    const t = types(
      'Virta Aalto Oy, a Nordic provider of district heating, bought Kvist. It sold the unit to a Baltic ' +
        'operator last year.',
    );
    expect(t.has('Nordic')).toBe(false);
    expect(t.has('Baltic')).toBe(false);
  });

  it('keeps a firm whose name opens with the adjective', () => {
    expect(types('Nordic Capital bought Vexa for 200 million euros.').get('Nordic Capital')).toBe(
      'Organization',
    );
  });
});

describe('title-case release headlines and labels', () => {
  it('cuts a nationality and a trade noun off the target after a deal verb', () => {
    const t = types(
      'Virta Aalto Oy Acquires Swedish Heat-Pump Installer Värmekraft Norr AB, Welcomes Shinwa Energy as Minority ' +
        'Shareholder\n\nHalden Group Buys Danish Furniture Maker Kvist Mobler A/S\n\nThe deals closed on Monday.',
    );
    expect(t.get('Värmekraft Norr AB')).toBe('Organization');
    expect(t.get('Kvist Mobler A/S')).toBe('Organization');
    expect(t.get('Shinwa Energy')).toBe('Organization');
    expect(t.has('Swedish Heat-Pump Installer Värmekraft Norr AB')).toBe(false);
    expect(t.has('Welcomes Shinwa Energy')).toBe(false);
  });

  it('keeps a buyer whose name opens with a nationality at the head of the line', () => {
    const t = types('British Airways Acquires Stake in Kestrel Air\n\nThe deal closed on Monday.');
    expect(t.get('British Airways')).toBe('Organization');
  });

  it('drops the capital "SOURCE" label of a release line, not a name that starts with the word', () => {
    const t = types(
      'Halden said it bought Kvist.\n\nSOURCE Virta Aalto Oy\n\nSource Photonics said it bought Kvist.',
    );
    expect(t.get('Virta Aalto Oy')).toBe('Organization');
    expect(t.has('SOURCE Virta Aalto Oy')).toBe(false);
    expect(t.get('Source Photonics')).toBe('Organization');
  });
});

describe('events and products named in web copy', () => {
  it('reads a name dated by its edition after "at" or "à" as an event', () => {
    const t = types(
      'Kinetix will present its tool at HLTH 2026 in Las Vegas. La start-up Orbal sera à VivaTech 2026 en juin.',
    );
    expect(t.has('HLTH')).toBe(false);
    expect(t.has('VivaTech')).toBe(false);
  });

  it('keeps a company followed by a year in another slot', () => {
    const t = types('Orvane Systems 2026 sales rose, Orvane Systems said.');
    expect(t.get('Orvane Systems')).toBe('Organization');
  });

  it('reads the app of "whose app X" as a product', () => {
    const t = types(
      'Kinetix Health, a startup whose app CarePilot texts patients, raised money from Halden Capital.',
    );
    expect(t.has('CarePilot')).toBe(false);
    expect(t.get('Kinetix Health')).toBe('Organization');
  });
});

describe('a two-word surname particle after a given name', () => {
  it('joins "de la", "de los" into one person', () => {
    const t = types(
      'Kinetix was started by Rafael de la Cruz Ibáñez, a former engineer. Le cabinet a été fondé par Anne de la ' +
        'Tour. Maria de los Santos runs Orbal Foods.',
    );
    expect(t.get('Rafael de la Cruz Ibáñez')).toBe('Person');
    expect(t.get('Anne de la Tour')).toBe('Person');
    expect(t.get('Maria de los Santos')).toBe('Person');
    expect(t.has('Rafael')).toBe(false);
  });

  it('leaves an institution with the same particles whole', () => {
    expect(types('La Banque de la Réunion a prêté à Orbal.').get('Banque de la Réunion')).toBe(
      'Organization',
    );
  });
});

describe("a post's employer glued to its holder", () => {
  it('splits "l\'ancien dirigeant de X Pieter van der Y" and a minister\'s portfolio from the holder', () => {
    const t = types(
      "Akkerland Ventures, fondé par l'ancien dirigeant de Royal Cosun Pieter van der Linden, a misé sur Hoeka. " +
        "Le fonds Serena Agrifood, fondé par l'ancien ministre de l'Agriculture Hubert Dambrine, a soutenu Orbal. " +
        'Halden was set up by the former chief executive of Kestrel Foods Daniel Achebe.',
    );
    expect(t.get('Royal Cosun')).toBe('Organization');
    expect(t.get('Pieter van der Linden')).toBe('Person');
    expect(t.get('Hubert Dambrine')).toBe('Person');
    expect(t.has('Agriculture')).toBe(false);
    expect(t.get('Kestrel Foods')).toBe('Organization');
    expect(t.get('Daniel Achebe')).toBe('Person');
  });

  it('keeps a firm named after a person behind a lone head word', () => {
    const t = types('Le directeur de Banque Martin Maurel a parlé de Orbal.');
    expect(t.get('Banque Martin Maurel')).toBe('Organization');
  });
});

describe('French cooperatives and sector tails', () => {
  it('reads "Coopérative agricole de la Marne" as one name', () => {
    const t = types(
      'La jeune pousse compte 85 clients, dont Terrena et la Coopérative agricole de la Marne. La Coopérative ' +
        'laitière du Sud a fusionné avec Orbal.',
    );
    expect(t.get('Coopérative agricole de la Marne')).toBe('Organization');
    expect(t.get('Coopérative laitière du Sud')).toBe('Organization');
    expect(t.has('Marne')).toBe(false);
  });

  it('lets an agrifood or fintech tail beat a given name', () => {
    const t = types('Serena Agrifood, qui a soutenu Orbal, a levé un fonds. Clara Fintech a racheté Orbal.');
    expect(t.get('Serena Agrifood')).toBe('Organization');
    expect(t.get('Clara Fintech')).toBe('Organization');
  });
});

describe('countries as subjects of wire copy', () => {
  it('drops a country that reports or sells like a firm', () => {
    const t = types(
      'Ecuador posted a trade surplus of 10.6 mln dlrs, the central bank said. Papua New Guinea said it would ' +
        'sell its stake in Bulolo Mining Ltd.',
    );
    expect(t.has('Ecuador')).toBe(false);
    expect(t.has('Papua New Guinea')).toBe(false);
    expect(t.get('Bulolo Mining Ltd')).toBe('Organization');
  });

  it('keeps a firm whose name opens with a country', () => {
    const t = types('Ecuador Shrimp Packers Inc said it bought a plant from Baltek Corp.');
    expect(t.get('Ecuador Shrimp Packers Inc')).toBe('Organization');
  });
});
