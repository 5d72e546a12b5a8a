import { literalNameSearch, nameAtStart } from '../../../ingest/name-slot';
import { listedShare } from '../../../ingest/values/listed-share';
import { escapeRegExp } from '../../../ingest/escape-regexp';

/** A pattern with the name inside, lookbehind at its start, the name followed by a word and a letter guard. */
const build = (n: string) =>
  String.raw`(?<![\p{L}])(?:bought|acheté)\s+(?:\d+\s+)?(?:the\s+)?${n}(?:['’]s)?\s+(?:shares|actions)(?![\p{L}])`;

/** What the per-name pattern answered before name-slot.ts: the oracle every case is checked against. */
function plain(name: string, text: string): boolean {
  const pattern = new RegExp(build(escapeRegExp(name).replace(/\s+/gu, String.raw`\s+`)), 'iuy');
  return pattern.test(text);
}

describe('name-slot: one pattern for every name (day 28)', () => {
  const reads = nameAtStart(build, 'iu');
  const cases: [string, string, boolean][] = [
    ['Valor', 'bought 300 Valor shares for cash', true],
    ['Valor', 'bought 300 VALOR shares', true],
    ['Valor Corp', 'bought the Valor\nCorp shares', true],
    ['Valor  Corp', 'bought Valor Corp shares', true],
    ['Valor Corp', 'bought Valor Corporation shares', false],
    ['Valor', 'bought 300 Valorex shares', false],
    ['Valor', 'sold 300 Valor shares', false],
    ['Valor', 'he bought 300 Valor shares', false],
    ['Société Générale', 'a acheté Société Générale actions', false],
    ['Société Générale', 'acheté 40 SOCIÉTÉ générale actions', true],
    ['A.B. (Holdings)', 'bought A.B. (Holdings) shares', true],
    ['A.B. (Holdings)', 'bought AxBx (Holdings) shares', false],
    ['Y+Z', "bought Y+Z's shares", true],
    ['Y+Z', 'bought YYZ shares', false],
    ['Nul\u0000Co', 'bought Nul\u0000Co shares', true],
    ['Nul\u0000Co', 'bought Nul Co shares', false],
  ];
  it.each(cases)('%j in %j: %s, as the per-name pattern answers', (name, text, expected) => {
    expect(reads(name, text)).toBe(expected);
    expect(plain(name, text)).toBe(expected);
  });

  it('reads the name only at the start of the text, whatever the last call left', () => {
    expect(reads('Valor', 'bought Valor shares')).toBe(true);
    expect(reads('Valor', 'we bought Valor shares')).toBe(false);
    expect(reads('Valor', 'bought Valor shares')).toBe(true);
  });

  it('keeps names of different lengths apart (one compiled pattern per count of words)', () => {
    expect(reads('Alpha Beta Gamma', 'bought Alpha Beta Gamma shares')).toBe(true);
    expect(reads('Alpha Beta', 'bought Alpha Beta Gamma shares')).toBe(false);
    expect(reads('Alpha', 'bought Alpha Beta shares')).toBe(false);
  });
});

/** A search with the name as written and a group after it, as listed-share.ts reads a holder's share. */
const share = (n: string) => String.raw`(?<![\p{L}\p{N}])${n}(?:,[^,.;]{1,20},)?\s(?:holds\s)?(\d{1,3})\s?%`;

describe('name-slot: a search for a name as written (day 28)', () => {
  const search = literalNameSearch(share, 'u');
  const plain = (name: string, text: string) => new RegExp(share(escapeRegExp(name)), 'u').exec(text);
  const cases: [string, string, string | null][] = [
    ['Acme', 'Acme holds 40%, Beta 35%', '40'],
    ['Beta', 'Acme holds 40%, Beta 35%', '35'],
    ['Beta', 'Acme holds 40%, Alphabeta 35%', null],
    ['Beta', 'Acme holds 40%, BETA 35%', null],
    ['Beta SA', 'Acme holds 40%, Beta  SA 35%', null],
    ['Beta (UK)', 'Acme 40%, Beta (UK), the fund, holds 9%', '9'],
    ['Gamma', 'Gamma 12% and Gamma 30%', '12'],
    ['Nul\u0000Co', 'Nul\u0000Co 7%', '7'],
  ];
  it.each(cases)('%j in %j: share %j, as the per-name pattern reads it', (name, text, expected) => {
    expect(search(name, text)?.[1] ?? null).toBe(expected);
    expect(plain(name, text)?.[1] ?? null).toBe(expected);
  });

  it('answers the whole match first, as exec does', () => {
    expect(search('Acme', 'In all, Acme holds 40% of Y')?.[0]).toBe('Acme holds 40%');
  });

  it('still gives each listed holder its own share (listed-share.ts), in both languages', () => {
    const fr = 'Y est détenu à 58 % par le fonds Alto, à 25 % par Brio et à 7 % par Cimo.';
    expect(listedShare(fr, ['Brio'])).toBe(25);
    expect(listedShare(fr, ['Cimo'])).toBe(7);
    expect(listedShare(fr, ['Alto'])).toBe(58);
    const en = 'Alto owns 40% of Y, Brio, a pension fund, holds 35% and Cimo the rest.';
    expect(listedShare(en, ['Brio'])).toBe(35);
    expect(listedShare(en, ['Cimo'])).toBe(25);
    expect(listedShare(en, ['Dexa'])).toBeNull();
  });
});
