import { dealStatus } from '../../../ingest/modality';
import { unacceptedOffer } from '../../../ingest/offer-status';
import { facts, run } from './helpers';

/** Sentences written for these tests: offers nobody took, offers taken, and cancelled deals. */

describe('an offer the text does not say was taken is no deal yet', () => {
  it.each([
    ['Harlow Mills Inc said it made a tender offer for all shares of Quenby Corp at 31 dlrs each.'],
    ['Quenby Corp received an unsolicited offer of 31 dlrs a share from Harlow Mills Inc.'],
    ['HARLOW MILLS TO MAKE OFFER FOR QUENBY'],
    ['Harlow Mills offered 31 dlrs a share for Quenby, a maker of valves.'],
    ['Harlow Mills submitted a second offer to acquire Quenby last week.'],
    ['The proposal provides that Quenby would become a wholly owned unit of Harlow Mills.'],
    ["Le groupe Varenne a déposé une offre publique d'achat sur Ostrel."],
    ['Varenne a remis une offre ferme pour la reprise de Ostrel.'],
  ])('%s', (sentence) => {
    expect(unacceptedOffer(sentence)).toBe(true);
    expect(dealStatus(sentence)).toBe('rumoured');
  });
});

describe('an offer taken, and words that only look like offers, keep the deal', () => {
  it.each([
    ['Quenby said its board accepted the 31 dlr a share offer from Harlow Mills.', 'pending'],
    ["Quenby's directors recommended the tender offer by Harlow Mills.", 'pending'],
    ['Harlow Mills completed its tender offer for Quenby and now owns 96 pct of it.', 'completed'],
    ['Harlow Mills agreed to buy Quenby after raising its offer to 33 dlrs a share.', 'pending'],
    ["Le tribunal de commerce a retenu l'offre de Varenne pour la reprise de Ostrel.", 'pending'],
    ['Varenne a lancé une OPA amicale sur Ostrel.', 'pending'],
    ['Harlow Mills agreed to buy 75 pct of Quenby in a bid to widen its range.', 'pending'],
    ['Harlow Mills bought Quenby to offer its clients more valves.', 'completed'],
    [
      "Quenby said the waiting period ended for Harlow Mills's proposed 31 dlr a share acquisition of it.",
      'pending',
    ],
    [
      'Harlow Mills, which acquired 61 pct of Quenby in a tender offer last May, plans a merger.',
      'completed',
    ],
    ['Harlow Mills raised its stake in Quenby to 70 pct from 55 pct through its takeover bid.', 'completed'],
    ["Varenne a racheté Ostrel pour répondre aux appels d'offres des régions.", 'completed'],
    ["Varenne s'offre Ostrel pour 12 millions d'euros.", 'announced'],
  ])('%s', (sentence, status) => {
    expect(unacceptedOffer(sentence)).toBe(false);
    expect(dealStatus(sentence)).toBe(status);
  });

  it('a refusal before the cue takes it back', () => {
    expect(unacceptedOffer('Quenby has not accepted the offer from Harlow Mills.')).toBe(true);
    expect(unacceptedOffer('Harlow Mills made an offer for Quenby, subject to a definitive agreement.')).toBe(
      true,
    );
  });

  it('an offer told in another clause before the deal does not touch it', () => {
    const sentence =
      'Quenby received an offer from Harlow Mills; separately, Quenby sold its pump unit to Dorrit Co.';
    const clause = 'Quenby sold its pump unit to Dorrit Co.';
    expect(unacceptedOffer(sentence, clause)).toBe(false);
    expect(unacceptedOffer(sentence, 'Quenby received an offer from Harlow Mills')).toBe(true);
  });
});

describe('a deal called off after its noun', () => {
  it.each([
    ["Harlow Mills's purchase of Quenby cancelled after antitrust objections"],
    ['The takeover of Quenby by Harlow Mills was scrapped in May.'],
    ['Harlow Mills pulled out of its deal to buy Quenby.'],
    ["Le rachat d'Ostrel par Varenne est annulé."],
    ['Varenne a mis fin au projet de rachat de Ostrel.'],
  ])('%s', (sentence) => {
    expect(dealStatus(sentence)).toBe('abandoned');
  });
});

describe('through the whole pipeline', () => {
  const scored = (text: string) =>
    facts(run(text), 'ACQUIRED').filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned');

  it('an unaccepted bid gives no scored deal; an agreed one does', () => {
    expect(scored('Harlow Mills Inc said it made a tender offer for all shares of Quenby Corp.')).toEqual([]);
    expect(scored('Harlow Mills Inc said it agreed to acquire Quenby Corp for 40 mln dlrs.')).toHaveLength(1);
  });
});

describe('wire copy broken over lines', () => {
  it('reads cues across a line break', () => {
    const told = 'Harlow Mills said it raised\nits stake in Quenby to 70 pct in its\ntakeover bid.';
    expect(unacceptedOffer(told)).toBe(false);
    expect(dealStatus('Harlow Mills called\noff its purchase of Quenby.')).toBe('abandoned');
  });
});

describe('a signed commitment stays a deal while talks go on', () => {
  it.each([
    [
      'Harlow Mills signed a letter of intent to buy Quenby; talks on a definitive agreement continue.',
      'pending',
    ],
    [
      "Varenne a signé une lettre d'intention pour racheter Ostrel, les discussions se poursuivent.",
      'pending',
    ],
    ['Harlow Mills is in talks to sign a definitive agreement to buy Quenby.', 'rumoured'],
    ['Harlow Mills has not signed a letter of intent with Quenby, and talks continue.', 'rumoured'],
    ['Harlow Mills terminated the letter of intent it signed to buy Quenby.', 'abandoned'],
    ['Harlow Mills entered into a letter of intent to negotiate a possible purchase of Quenby.', 'rumoured'],
  ])('%s', (sentence, status) => {
    expect(dealStatus(sentence)).toBe(status);
  });
});
