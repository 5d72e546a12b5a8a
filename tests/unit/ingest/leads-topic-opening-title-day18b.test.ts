/**
 * LEADS of the article's company told by a bare title with its company left out: a title opening the sentence with
 * the person as its subject, no determiner or comma needed ("Chief executive P, who joined from Y in 2022, stays in
 * his post"), and a speaker's title when the only other names stand in a quote or in the person's relative clause
 * ("« Neobanks … », Chief Executive P told Reuters"). Public bodies' heads are no company's leaders. Sentences
 * written for these tests (people, day eighteen b).
 */
import { facts, pair, run } from './helpers';

function leads(text: string): string[] {
  return facts(run(text), 'LEADS').map(pair).sort();
}

const EN = 'Harlow Medical, the British maker of orthopaedic implants, said on Monday that its sales rose. ';
const FR = 'Navalis Systèmes, le fabricant brestois de sonars, a annoncé lundi une hausse de ses ventes. ';

describe('a title opening the sentence, its company left out', () => {
  it.each([
    `${EN}Chief executive Mark Delaney, who joined from Zimmer Biomet in 2022, stays in his post.`,
    `${EN}Chief executive Mark Delaney will stay on until the end of the year.`,
    `${EN}Managing director Mark Delaney, who previously ran a unit of Stryker, remains in charge.`,
    `${EN}The chief executive Mark Delaney kept his post.`,
  ])('%s', (text) => {
    expect(leads(text)).toContain('Mark Delaney -> Harlow Medical');
  });

  it.each([
    `${FR}Le président Yannick Le Bihan, qui a rejoint le groupe en 2016, reste en fonctions.`,
    `${FR}Directeur général Yannick Le Bihan conserve son poste.`,
    `${FR}La présidente Yannick Le Bihan, qui venait de Thales, garde la direction opérationnelle.`,
  ])('%s', (text) => {
    expect(leads(text)).toContain('Yannick Le Bihan -> Navalis Systèmes');
  });

  it.each([
    // a former head is no leader now
    `${EN}Former chief executive Mark Delaney stays on the board.`,
    `${FR}L'ancien président Yannick Le Bihan reste au conseil.`,
    // the title names its own body
    `${EN}Chief executive Mark Delaney of Zimmer Biomet praised the plan.`,
    // a public body's head, or a lone "President" (a head of state's style)
    `${EN}Central bank Governor Mark Delaney said rates would hold.`,
    `${EN}President Mark Delaney will veto the bill.`,
    // not a leader's title
    `${EN}Chief financial officer Mark Delaney stays in his post.`,
  ])('none: %s', (text) => {
    expect(leads(text)).not.toContain('Mark Delaney -> Harlow Medical');
    expect(leads(text)).not.toContain('Yannick Le Bihan -> Navalis Systèmes');
  });
});

describe("a speaker's bare title when the other names are in a quote", () => {
  const INTRO = 'Fjordbank, a Norwegian retail bank, will launch a payments app next month. ';
  it.each([
    `${INTRO}"Neobanks like Revolut have taken a fifth of our customers," Chief Executive Ingrid Solberg told Reuters.`,
    `${INTRO}"We will win customers back from Klarna," chief executive Ingrid Solberg said.`,
    `${INTRO}"Revolut is the rival we watch," chairman Ingrid Solberg told reporters.`,
  ])('%s', (text) => {
    expect(leads(text)).toContain('Ingrid Solberg -> Fjordbank');
  });

  it.each([
    // a company named in the sentence's own clause may be the title's
    `${INTRO}Revolut has taken customers, Klarna chief executive Ingrid Solberg told Reuters.`,
    // a public body's head
    `${INTRO}"Rates will hold," central bank governor Ingrid Solberg told reporters.`,
  ])('none: %s', (text) => {
    expect(leads(text)).not.toContain('Ingrid Solberg -> Fjordbank');
  });
});
