/**
 * Day twenty-five, real wire text: a "merger" the story marks as one-sided is a takeover (merger-one-sided.ts).
 * The marks: only one side's holders vote on it, one side's shares are exchanged for the other's stock (often in
 * a later sentence), or one side lifts its holding in the other to 100 pct; a side said to be the "surviving
 * corporation" is the buyer, and conflicting marks keep the merger. Holders of both sides mark none.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The ACQUIRED and MERGED_WITH facts of `text`, as "TYPE source -> target". */
function deals(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED ') || f.startsWith('MERGED_WITH '));
}

describe('a merger one side of which the story marks is the other side’s takeover of it', () => {
  it.each([
    [
      'Dorset Savings Bank said its shareholders approved the previously announced merger with Keystone Financial Corp.',
      'ACQUIRED Keystone Financial Corp -> Dorset Savings Bank',
    ],
    [
      'Halvern Industries Inc and Pruitt Tool Co said Pruitt stockholders will vote on May 4 to approve the proposed merger with Halvern.',
      'ACQUIRED Halvern Industries Inc -> Pruitt Tool Co',
    ],
    [
      'Ostrander Group Plc said it has completed its merger with Calloway Chemicals Inc, raising its holding to 100 pct from 62 pct.',
      'ACQUIRED Ostrander Group Plc -> Calloway Chemicals Inc',
    ],
    [
      'Brightwater Bancorp and Linden Trust Co said they agreed to merge. Each share of Linden Trust will be exchanged for 1.4 shares of Brightwater common stock.',
      'ACQUIRED Brightwater Bancorp -> Linden Trust Co',
    ],
    [
      'Norvia et Castelmor ont annoncé leur fusion. Chaque action Castelmor sera échangée contre deux actions Norvia.',
      'ACQUIRED Norvia -> Castelmor',
    ],
    [
      // the holders' meeting ("assemblée") as the only decision word
      "Dormel a annoncé sa fusion avec Vantec, qui sera soumise à l'assemblée des actionnaires de Vantec le 12 mai.",
      'ACQUIRED Dormel -> Vantec',
    ],
    [
      'Le groupe Ardelis a finalisé sa fusion avec Vencor, portant sa participation à 100 %.',
      'ACQUIRED Ardelis -> Vencor',
    ],
    [
      'Les actionnaires de Ferrand Industrie voteront le 12 mai la fusion de Ferrand Industrie avec Valmeyer.',
      'ACQUIRED Valmeyer -> Ferrand Industrie',
    ],
  ])('%s', (text, fact) => {
    const found = deals(text);
    expect(found).toContain(fact);
    expect(found.filter((f) => f.startsWith('MERGED_WITH '))).toEqual([]);
  });
});

describe('a merger with no one-sided mark, or with marks for both sides, stays a merger', () => {
  it.each([
    // holders of both sides vote
    [
      'Shareholders of Arcwell Energy and Pinecrest Power approved the merger of the two utilities.',
      'MERGED_WITH Arcwell Energy -> Pinecrest Power',
    ],
    [
      'Les actionnaires des deux groupes ont approuvé la fusion entre Norvia et Castelmor.',
      'MERGED_WITH Castelmor -> Norvia',
    ],
    // the side whose holders vote is also the survivor: the marks disagree
    [
      'Tarrow Corp said its shareholders approved the merger with Quill Devices Inc. Tarrow said it will be the surviving corporation.',
      'MERGED_WITH Quill Devices Inc -> Tarrow Corp',
    ],
    // no mark at all
    ['Arcwell Energy agreed to merge with Pinecrest Power.', 'MERGED_WITH Arcwell Energy -> Pinecrest Power'],
    // a holding raised short of the whole
    [
      'Ostrander Group Plc said it has completed its merger with Calloway Chemicals Inc, raising its holding to 80 pct from 62 pct.',
      'MERGED_WITH Calloway Chemicals Inc -> Ostrander Group Plc',
    ],
  ])('%s', (text, fact) => {
    const found = deals(text);
    expect(found).toContain(fact);
    expect(found.filter((f) => f.startsWith('ACQUIRED '))).toEqual([]);
  });
});
