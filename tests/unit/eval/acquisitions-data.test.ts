import {
  acceptedValues,
  normalizeSlotValue,
  parseAnswerKey,
  readAcqDocText,
} from '../../../eval/acquisitions-data';
import { EvalError } from '../../../eval/errors';

const KEY = [
  'TEXT: 501',
  'ACQUIRED: "Widget Makers Ltd" / "WIDGET MAKERS LTD"',
  'ACQBUS: ---',
  'DLRAMT: "12 mln dlrs"',
  'PURCHASER: "Alpha Corp"',
  'PURCHASER: "Beta Inc"',
  'SELLER: ---',
  'STATUS: "agreed"',
  '',
].join('\n');

describe('parseAnswerKey', () => {
  it('keeps one entry per slot line with its alternatives, and none for ---', () => {
    const key = parseAnswerKey(KEY);
    expect(key.id).toBe('501');
    expect(key.slots.ACQUIRED).toEqual([['Widget Makers Ltd', 'WIDGET MAKERS LTD']]);
    expect(key.slots.PURCHASER).toEqual([['Alpha Corp'], ['Beta Inc']]);
    expect(key.slots.SELLER).toEqual([]);
    expect(key.slots.ACQBUS).toEqual([]);
  });

  it('accepts every string of every line of a slot', () => {
    const key = parseAnswerKey(KEY);
    expect(acceptedValues(key, 'PURCHASER')).toEqual(['Alpha Corp', 'Beta Inc']);
    expect(acceptedValues(key, 'SELLER')).toEqual([]);
    expect(acceptedValues(key, 'NOSUCHSLOT')).toEqual([]);
  });

  it('keeps apostrophes inside quoted values', () => {
    expect(parseAnswerKey('TEXT: 1\nPURCHASER: "Scott\'s Hospitality Inc"').slots.PURCHASER).toEqual([
      ["Scott's Hospitality Inc"],
    ]);
  });

  it('rejects a key without TEXT or with an unreadable line', () => {
    expect(() => parseAnswerKey('PURCHASER: "A"')).toThrow(EvalError);
    expect(() => parseAnswerKey('TEXT: 1\nthis is not a slot')).toThrow(/EVAL_KEY_INVALID/);
    expect(() => parseAnswerKey('TEXT: 1\nSELLER: nobody')).toThrow(/EVAL_KEY_INVALID/);
  });
});

describe('readAcqDocText', () => {
  it('rejoins wrapped lines into paragraphs and drops the sign-off', () => {
    const raw =
      '\n\nHoneywell Inc said it has\ncompleted the sale of its Honeywell Information\nSystems  unit to Compagnie des Machines\nBull.\n    Honeywell said it will\nreduce debt.\n Reuter\n\u0003';
    expect(readAcqDocText(raw)).toBe(
      'Honeywell Inc said it has completed the sale of its Honeywell Information Systems unit to Compagnie des ' +
        'Machines Bull.\nHoneywell said it will reduce debt.',
    );
  });

  it('starts a new paragraph after a blank line even without indentation', () => {
    expect(readAcqDocText('First line\n\nSecond line\ncontinued')).toBe('First line\nSecond line continued');
  });
});

describe('normalizeSlotValue', () => {
  it('ignores case and whitespace only', () => {
    expect(normalizeSlotValue('  527 MLN\n dlrs ')).toBe('527 mln dlrs');
    expect(normalizeSlotValue('Honeywell Inc.')).not.toBe(normalizeSlotValue('Honeywell Inc'));
  });
});
