import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  FIRE_RELATION_TYPES,
  fireDevFile,
  fireToGold,
  loadFireAsGold,
  FIRE_FILE_ENV,
} from '../../../eval/fire';
import { parseFire } from '../../../eval/fire-format';
import type { GoldArticle } from '../../../eval/gold';
import { RELATION_TYPES } from '../../../ingest/types';

/** A FIRE-shaped sentence written for these tests: entities are given as [phrase, FIRE type]. */
function fireItem(text: string, entities: [string, string][], relations: [number, number, string][]) {
  const tokens = text.split(' ');
  return {
    tokens,
    entities: entities.map(([phrase, type]) => {
      const words = phrase.split(' ');
      const start = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k] === w));
      if (start < 0) throw new Error(`fixture: "${phrase}" not in "${text}"`);
      return { text: phrase, type, start, end: start + words.length };
    }),
    relations: relations.map(([head, tail, type]) => ({ head, tail, type })),
  };
}

function convert(...items: ReturnType<typeof fireItem>[]): GoldArticle[] {
  return fireToGold('fixture.json', parseFire('fixture.json', JSON.stringify(items))).articles;
}

const names = (a: GoldArticle): string[] => a.entities.map((e) => e.name).sort();
const facts = (a: GoldArticle): string[] => a.relations.map((r) => `${r.type} ${r.source} > ${r.target}`);

describe('FIRE as gold: entities', () => {
  it('drops pronoun and generic company mentions but keeps named ones', () => {
    const [a] = convert(
      fireItem(
        'We and the Company acquired Brindle Labs from Osprey Partners .',
        [
          ['We', 'Company'],
          ['the Company', 'Company'],
          ['Brindle Labs', 'Company'],
          ['Osprey Partners', 'Company'],
        ],
        [[0, 2, 'ActionBuy']],
      ),
    );
    expect(names(a)).toEqual(['Brindle Labs', 'Osprey Partners']);
    expect(a.relations).toEqual([]);
  });

  it('merges a defined short name and a later mention into one entity with aliases', () => {
    const [a] = convert(
      fireItem(
        'Halvard kept its mills after we bought assets of Halvard Mining , LLC \'s ( " Halvard " ) .',
        [
          ['Halvard Mining , LLC \'s ( " Halvard " )', 'Company'],
          ['Halvard', 'Company'],
        ],
        [],
      ),
    );
    expect(a.entities).toEqual([{ name: 'Halvard Mining, LLC', type: 'Organization', aliases: ['Halvard'] }]);
    expect(a.text).toContain('Halvard Mining, LLC\'s ("Halvard").');
  });

  it('judges a mention by its name, not by the ticker note after it', () => {
    const [a] = convert(
      fireItem(
        'Tamsin Foods , ( NYSE: TMF or Tamsin ) grew .',
        [['Tamsin Foods , ( NYSE: TMF or Tamsin )', 'Company']],
        [],
      ),
    );
    expect(a.entities).toEqual([{ name: 'Tamsin Foods', type: 'Organization', aliases: [] }]);
  });

  it('reads "Mr. X" as the person named in full in the same sentence', () => {
    const [a] = convert(
      fireItem(
        'Nora J. Adeyemi joined Quill Media . Mr. Adeyemi chairs it .',
        [
          ['Nora J. Adeyemi', 'Person'],
          ['Mr. Adeyemi', 'Person'],
          ['Quill Media', 'Company'],
        ],
        [],
      ),
    );
    const person = a.entities.find((e) => e.type === 'Person');
    expect(person?.name).toBe('Nora J. Adeyemi');
    expect(person?.aliases).toContain('Mr. Adeyemi');
    expect(a.entities).toHaveLength(2);
  });
});

describe('FIRE as gold: relations', () => {
  it('maps ActionBuy head → tail to ACQUIRED buyer → bought, whatever the voice', () => {
    const [a] = convert(
      fireItem(
        'Brindle Labs was acquired by Osprey Partners .',
        [
          ['Brindle Labs', 'Company'],
          ['Osprey Partners', 'Company'],
          ['acquired', 'Action'],
        ],
        [
          [1, 0, 'ActionBuy'],
          [2, 0, 'Actionto'],
        ],
      ),
    );
    expect(facts(a)).toEqual(['ACQUIRED Osprey Partners > Brindle Labs']);
    expect(a.relations[0].evidence).toBe(a.text);
  });

  it('skips purchases of assets or stakes, and sellers', () => {
    const [a] = convert(
      fireItem(
        'Osprey Partners bought certain assets and a stake from Tamsin Foods .',
        [
          ['Osprey Partners', 'Company'],
          ['certain assets', 'FinancialEntity'],
          ['a stake', 'FinancialEntity'],
          ['Tamsin Foods', 'Company'],
        ],
        [
          [0, 1, 'ActionBuy'],
          [0, 2, 'ActionBuy'],
          [3, 1, 'ActionSell'],
        ],
      ),
    );
    expect(a.relations).toEqual([]);
  });

  it('maps ActionMerge to MERGED_WITH, unless the same pair is an acquisition', () => {
    const [merger, absorption] = convert(
      fireItem(
        'Kestrel Bank and Finch Savings agree to merge .',
        [
          ['Kestrel Bank', 'Company'],
          ['Finch Savings', 'Company'],
        ],
        [[0, 1, 'ActionMerge']],
      ),
      fireItem(
        'Finch Savings will be acquired by Kestrel Bank and merge into it .',
        [
          ['Finch Savings', 'Company'],
          ['Kestrel Bank', 'Company'],
        ],
        [
          [0, 1, 'ActionMerge'],
          [1, 0, 'ActionBuy'],
        ],
      ),
    );
    expect(facts(merger)).toEqual(['MERGED_WITH Kestrel Bank > Finch Savings']);
    expect(facts(absorption)).toEqual(['ACQUIRED Kestrel Bank > Finch Savings']);
  });

  it('turns Employeeof into LEADS only for a top designation', () => {
    const [ceo, vp, cfo] = convert(
      fireItem(
        'Ines Varga , Chief Executive Officer of Tollund Systems , spoke .',
        [
          ['Ines Varga', 'Person'],
          ['Chief Executive Officer', 'Designation'],
          ['Tollund Systems', 'Company'],
        ],
        [
          [0, 1, 'Designation'],
          [0, 2, 'Employeeof'],
        ],
      ),
      fireItem(
        'Paul Okafor , Senior Vice President of Tollund Systems , spoke .',
        [
          ['Paul Okafor', 'Person'],
          ['Senior Vice President', 'Designation'],
          ['Tollund Systems', 'Company'],
        ],
        [
          [0, 1, 'Designation'],
          [0, 2, 'Employeeof'],
        ],
      ),
      fireItem(
        'Tollund Systems hired Paul Okafor .',
        [
          ['Tollund Systems', 'Company'],
          ['Paul Okafor', 'Person'],
        ],
        [[1, 0, 'Employeeof']],
      ),
    );
    expect(facts(ceo)).toEqual(['LEADS Ines Varga > Tollund Systems']);
    expect(vp.relations).toEqual([]);
    expect(cfo.relations).toEqual([]);
  });

  it('does not guess which of several employers a person leads when a lesser role is also given', () => {
    const [a] = convert(
      fireItem(
        'Ines Varga was President of Tollund Systems and a director of Brindle Labs .',
        [
          ['Ines Varga', 'Person'],
          ['President', 'Designation'],
          ['Tollund Systems', 'Company'],
          ['director', 'Designation'],
          ['Brindle Labs', 'Company'],
        ],
        [
          [0, 1, 'Designation'],
          [0, 2, 'Employeeof'],
          [0, 3, 'Designation'],
          [0, 4, 'Employeeof'],
        ],
      ),
    );
    expect(a.relations).toEqual([]);
  });

  it('takes the evidence from the sentence of a two-sentence item that states the fact', () => {
    const [a] = convert(
      fireItem(
        'Tamsin Foods grew . In 2019 , Osprey Partners acquired Brindle Labs .',
        [
          ['Tamsin Foods', 'Company'],
          ['Osprey Partners', 'Company'],
          ['Brindle Labs', 'Company'],
        ],
        [[1, 2, 'ActionBuy']],
      ),
    );
    expect(a.relations[0].evidence).toBe('In 2019, Osprey Partners acquired Brindle Labs.');
  });
});

describe('loadFireAsGold', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fire-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a file into English articles with stable ids', () => {
    const file = path.join(dir, 'ok.json');
    const item = fireItem(
      'Osprey Partners acquired Brindle Labs .',
      [
        ['Osprey Partners', 'Company'],
        ['Brindle Labs', 'Company'],
      ],
      [[0, 1, 'ActionBuy']],
    );
    fs.writeFileSync(file, JSON.stringify([item, item]));
    const articles = loadFireAsGold(file);
    expect(articles.map((a) => a.id)).toEqual(['fire-0', 'fire-1']);
    expect(articles[0]).toMatchObject({
      lang: 'en',
      file: `${file}#fire-0`,
      text: 'Osprey Partners acquired Brindle Labs.',
    });
  });

  it('names the file in EVAL_DATA_MISSING and EVAL_GOLD_INVALID errors', () => {
    const missing = path.join(dir, 'absent.json');
    expect(() => loadFireAsGold(missing)).toThrow(new RegExp(`EVAL_DATA_MISSING.*${missing}`));
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      bad,
      JSON.stringify([{ tokens: ['A'], entities: [], relations: [{ head: 0, tail: 1, type: 'X' }] }]),
    );
    expect(() => loadFireAsGold(bad)).toThrow(new RegExp(`EVAL_GOLD_INVALID.*${bad}`));
  });

  it('finds the dev split under the shared folder unless the environment names another file', () => {
    expect(fireDevFile({ DEALGRAPH_SHARED_DIR: '/x/shared' })).toBe('/x/shared/data/fire/fire_dev.json');
    expect(fireDevFile({ [FIRE_FILE_ENV]: '/y/fire_test.json' })).toBe('/y/fire_test.json');
  });

  it('scores only relation types of the extraction contract', () => {
    expect(FIRE_RELATION_TYPES.every((t) => RELATION_TYPES.includes(t))).toBe(true);
    expect([...FIRE_RELATION_TYPES].sort()).toEqual(['ACQUIRED', 'LEADS', 'MERGED_WITH']);
  });
});
