import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Names of the fifth day's trade-press probes, from the entity stages alone (no relation rules): a name counts only
 * when its own cue or shape typed it. Every sentence here is written for this file.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

function aliasesOf(text: string, name: string): string[] {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return toEntities(index, new Set()).find((e) => e.name === name)?.aliases ?? [];
}

describe('names that open with a number', () => {
  it('keeps a number glued to the first word, and a spaced one before a company head word', () => {
    const t = types(
      'Le fonds 21 Partners et la société 7Orbit Logistique ont soutenu Mirvane. La levée est menée par 230 Capital.',
    );
    expect(t.get('7Orbit Logistique')).toBe('Organization');
    expect(t.get('230 Capital')).toBe('Organization');
    expect(t.has('Orbit Logistique')).toBe(false);
  });

  it('leaves a glued unit or grade out of names, and a quantity before a capitalised word', () => {
    const t = types(
      'Brevandor sells 3D scanners and 5G routers. The firm hired 40 Engineers from Quelvia in Leeds.',
    );
    expect([...t.keys()].some((n) => /^\d/.test(n))).toBe(false);
  });
});

describe('people whose names the given-name lists cannot vouch for', () => {
  it('reads a title, Arabic particles and a hyphenated family name', () => {
    const t = types(
      'Le fonds Dunecrest, présidé par Cheikh Faisal bin Omar Al Harthi, a investi dans Soralis.',
    );
    expect(t.get('Faisal bin Omar Al Harthi')).toBe('Person');
    expect(t.has('Cheikh Faisal')).toBe(false);
  });

  it('reads a romanised East Asian name with its family name first or last', () => {
    const t = types('Tervane was set up by Choi Min-seo and by Jae-won Kang in Busan.');
    expect(t.get('Choi Min-seo')).toBe('Person');
    expect(t.get('Jae-won Kang')).toBe('Person');
  });

  it('does not read a hyphenated Japanese organisation name as a person', () => {
    const t = types('Les parties sont arbitrées par la Nihon Ki-in depuis 1924.');
    expect(t.get('Nihon Ki-in')).not.toBe('Person');
  });

  it('types a name with particles coordinated with a known person', () => {
    const t = types('Julien Marchal et Maëlle van der Linden ont lancé leur atelier à Rennes en 2019.');
    expect(t.get('Maëlle van der Linden')).toBe('Person');
  });

  it('reads a compound given name before "de La"', () => {
    const t = types(
      'Créée en 2020 par Nadia Ferhat et Louis-Gabriel de La Vallière, la PME vise 10 millions de ventes.',
    );
    expect(t.get('Louis-Gabriel de La Vallière')).toBe('Person');
    expect(t.has('Vallière')).toBe(false);
  });

  it('takes a feminine occupation noun as a person cue', () => {
    const t = types('La société a été cofondée par l’ingénieure Iñés Olabarría en 2022.');
    expect(t.get('Iñés Olabarría')).toBe('Person');
  });

  it('leaves the employer one joins a company, not a person', () => {
    const t = types('Its founder will join Tarvolt as chief operating officer after the deal.');
    expect(t.get('Tarvolt')).toBe('Organization');
  });
});

describe('events and products are not organisations', () => {
  it('drops an event named after "at the" or a trade-fair noun, and a summit anywhere', () => {
    const t = types(
      'Brenmoor showed its scanner at the Harbor Security Conference. Elle était au salon Agritech Lyon. ' +
        'The Pacific Payments Summit opens on Monday.',
    );
    expect(t.has('Harbor Security Conference')).toBe(false);
    expect(t.has('Agritech Lyon')).toBe(false);
    expect(t.has('Pacific Payments Summit')).toBe(false);
  });

  it('keeps a league or an organisation whose name ends in a conference word elsewhere', () => {
    const t = types("L'équipe joue dans la conférence Atlantic Coast Hockey Association depuis 2001.");
    expect(t.get('Atlantic Coast Hockey Association')).toBe('Organization');
  });

  it('drops a company’s own product named with a possessive or a model code', () => {
    const t = types(
      'Corvane Systems, the maker of the Skyray V8 delivery drone, said on Monday it had bought Quillex. ' +
        "L'éditeur Brevio, connu pour son logiciel de comptabilité Ledgio, a racheté la start-up Sorvane.",
    );
    expect(t.get('Corvane Systems')).toBe('Organization');
    expect(t.get('Brevio')).toBe('Organization');
    expect(t.has('Skyray V8')).toBe(false);
    expect(t.has('Ledgio')).toBe(false);
  });

  it('keeps a company named before a lower-case product noun without a possessive or a model code', () => {
    const t = types(
      'Hospitals buy the Brenmoor Systems scanner and the Qarvel Robotics drone, analysts said.',
    );
    expect(t.get('Brenmoor Systems')).toBe('Organization');
    expect(t.get('Qarvel Robotics')).toBe('Organization');
  });
});

describe('news outlets quoted as sources', () => {
  it('types the outlet after selon, d’après, according to and "a indiqué à", with its capital article', () => {
    const t = types(
      "Le prix avoisine 20 millions d'euros, selon Le Courrier Picard. La cession est signée, d'après La Dépêche Éco. " +
        'The buyer paid 9 million pounds, according to The Packet. ' +
        'Le groupe a racheté l’usine, a indiqué lundi à Radio Valmont sa présidente.',
    );
    expect(t.get('Le Courrier Picard')).toBe('Organization');
    expect(t.get('La Dépêche Éco')).toBe('Organization');
    expect(t.get('The Packet')).toBe('Organization');
    expect(t.get('Radio Valmont')).toBe('Organization');
  });

  it('does not make an author cited outside business copy an organisation', () => {
    const t = types('Selon Ambrosius, le temple fut bâti sur une colline au bord du fleuve.');
    expect(t.get('Ambrosius')).toBeUndefined();
  });

  it('does not take "confier à" as a source cue', () => {
    const t = types('Le chantier a été confié à Ottavio Brunelli, chargé de le remettre à neuf.');
    expect(t.get('Ottavio Brunelli')).not.toBe('Organization');
  });
});

describe('wire copy and trade descriptors', () => {
  it('drops the place of a press-release wire dateline and the trade noun after an agency dateline', () => {
    const t = types(
      'TURIN, Italy--(BUSINESS WIRE)--Officine Valdora S.p.A. today announced a deal. ' +
        'OSLO, March 3 (Reuters) - Shipbuilder Kvarnes Verft AS said it won an order.',
    );
    expect(t.has('TURIN')).toBe(false);
    expect(t.get('Kvarnes Verft AS')).toBe('Organization');
    expect(t.has('Shipbuilder Kvarnes Verft AS')).toBe(false);
  });

  it('drops a time zone and a nationality before a trade noun', () => {
    const t = types('Shares of Moravec rose 2% by 0930 GMT after it bought Welsh bus maker Cardig Coaches.');
    expect(t.has('GMT')).toBe(false);
    expect(t.has('Welsh')).toBe(false);
  });

  it('joins a French "-erie" establishment noun with its complement', () => {
    const t = types('La Chocolaterie des Trois Rivières a été reprise par Valcrest.');
    expect(t.get('Chocolaterie des Trois Rivières')).toBe('Organization');
  });

  it('does not join "Série" or "Galerie" into a name with its complement', () => {
    const t = types('La Galerie des Marchands ouvre lundi à Lille.');
    expect(t.has('Galerie des Marchands')).toBe(false);
  });

  it('does not join a person’s full name and a company across "and"', () => {
    const t = types(
      'Brelford Media vice chairman Desmond Brelford and Kestrava Capital Inc said they would bid.',
    );
    expect(t.get('Desmond Brelford')).toBe('Person');
    expect(t.get('Kestrava Capital Inc')).toBe('Organization');
  });

  it('still joins a given name and surname with a tail of legal forms after "and"', () => {
    const t = types('The shares were placed by Martin Quellet and Co Inc of Boston.');
    expect(t.get('Martin Quellet and Co Inc')).toBe('Organization');
  });

  it('merges the last core word with a name ending in a dotted legal form', () => {
    const text =
      'Bodegas Almirez S.A. has been bought by Qerant Foods. Almirez has 300 staff, Qerant Foods said on Tuesday.';
    expect(aliasesOf(text, 'Bodegas Almirez S.A.')).toContain('Almirez');
  });
});
