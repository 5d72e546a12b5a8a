/**
 * Day twenty-six, a company or its board naming a new head (frames/leads-appointed-post.ts with
 * leads-appointed-old-title.ts and leads-appointing-subject.ts): the subject after a wire dateline ("OSLO, May 4
 * (Reuters) - X named …"), a board "of X" as the subject, a news day between the verb and its object, and the
 * appointee's old title before the name ("son directeur juridique, P, …", "its operations chief P"), which is no
 * post of the new head; a dash with no date opens an aside, not a dateline. Near-misses: a body "de X" that is no
 * board, a seat on another company's board, a nomination only considered. Sentences written for these tests.
 */
import { madePairs } from './helpers';

const leads = (text: string) => madePairs(text, '2026-11-20', 'LEADS');

/** A second sentence so the article is long enough to be read in its language. */
const EN_TAIL =
  ' The company gave no details about the search for a permanent successor, its spokesman said.';
const FR_TAIL =
  " L'entreprise n'a donné aucun détail sur la recherche d'un successeur, a précisé son porte-parole.";

describe('a company names a new head, read from the structure of the appointment', () => {
  it.each([
    [
      'OSLO, May 4 (Reuters) - Brattvik Marine, the ferry builder controlled by the Aasen family, named operations chief Ingrid Solberg acting chief executive on Monday after Lars Moe quit.' +
        EN_TAIL,
      'Ingrid Solberg -> Brattvik Marine',
    ],
    [
      'DENVER, Feb 9 (Reuters) - Halcott Freight said its board had named its general counsel Peter Yarrow interim president, a day after Anne Liu resigned.' +
        EN_TAIL,
      'Peter Yarrow -> Halcott Freight',
    ],
    [
      "NANTES, 14 mars – Le conseil d'administration de Brévalis Santé, fabricant de prothèses, a désigné jeudi sa directrice juridique, Camille Orsat, directrice générale par intérim." +
        FR_TAIL,
      'Camille Orsat -> Brévalis Santé',
    ],
    [
      "LILLE, 2 juin – La société Tissages Delvaux, spécialiste du lin technique, a confié mardi sa présidence à Hugo Lemarchal, jusqu'ici directeur commercial de Dickson." +
        FR_TAIL,
      'Hugo Lemarchal -> Tissages Delvaux',
    ],
    [
      'Corvane Logistics named its head of operations, Dev Patel, chief executive on Tuesday, ending a four-month search.' +
        EN_TAIL,
      'Dev Patel -> Corvane Logistics',
    ],
    [
      // a dash with no date before it opens an aside, not a dateline: the subject before it stays
      'Tavlin Foods - long a target of Kestrel Partners - named marketing head Rosa Quint interim chief executive.' +
        EN_TAIL,
      'Rosa Quint -> Tavlin Foods',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(leads(text)).toContain(expected);
  });
});

describe('near-misses', () => {
  it('takes no company after "de" when the body before it is no board', () => {
    const text =
      'ROUEN, 8 avril – La filiale de Groupe Vasseur, spécialisée dans le transport, a désigné mercredi son directeur financier, Luc Bernier, directeur général.' +
      FR_TAIL;
    expect(leads(text)).not.toContain('Luc Bernier -> Groupe Vasseur');
  });

  it("leaves a seat on another company's board", () => {
    const text =
      'DENVER, Feb 9 (Reuters) - Halcott Freight named finance chief Peter Yarrow to the board of Corlan Bank on Monday.' +
      EN_TAIL;
    expect(leads(text)).not.toContain('Peter Yarrow -> Corlan Bank');
    expect(leads(text)).not.toContain('Peter Yarrow -> Halcott Freight');
  });

  it('leaves a nomination only considered', () => {
    const text =
      'BOSTON, Jan 7 (Reuters) - Quarry Labs could name finance chief Owen Pratt interim chief executive on Friday, people familiar with the matter said.' +
      EN_TAIL;
    expect(leads(text)).not.toContain('Owen Pratt -> Quarry Labs');
  });
});
