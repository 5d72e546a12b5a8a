import { isLeaderTitle } from '../../../ingest/relations/people';
import { facts, pair, run } from './helpers';

/** Sentences written for these tests: the head of a committee, council or panel inside an organisation. */

describe('a title over a body inside the organisation heads that body, not the organisation', () => {
  it.each([
    [
      'Commenting on the survey, Kestrel Federation economic situation committee chairman Daniel Moss said exports rose.',
    ],
    ["Daniel Moss, the ruling Unity Party's executive council chairman, would propose new measures."],
    ['Daniel Moss, chairman of the audit committee of Kestrel Holdings, said results were in line.'],
    ["Daniel Moss, président du comité d'audit de Kestrel Holdings, a démissionné."],
  ])('%s', (text) => {
    expect(facts(run(text), 'LEADS').map(pair)).toEqual([]);
  });

  it.each([
    ['committee chairman ', false],
    ['chairman of its remuneration committee ', false],
    ["présidente du comité d'éthique de ", false],
    ['chairman of the board of ', true],
    ["président du conseil d'administration de ", true],
    ['chief executive ', true],
  ])('isLeaderTitle(%s) is %s', (between, expected) => {
    expect(isLeaderTitle(between as string)).toBe(expected);
  });
});

describe('the head of the organisation itself still leads it', () => {
  it.each([
    ['Kestrel Holdings chairman Daniel Moss said exports rose.', 'Daniel Moss -> Kestrel Holdings'],
    [
      'Daniel Moss, chairman of the board of Kestrel Holdings, said results were in line.',
      'Daniel Moss -> Kestrel Holdings',
    ],
    [
      "Daniel Moss, président du conseil d'administration de Kestrel Holdings, a démissionné.",
      'Daniel Moss -> Kestrel Holdings',
    ],
  ])('%s', (text, expected) => {
    expect(facts(run(text), 'LEADS').map(pair)).toContain(expected);
  });
});
