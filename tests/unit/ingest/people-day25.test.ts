/**
 * Day twenty-five, founders and leaders: a describing aside between a person and the relative that tells the
 * person's post (person-aside-before-relative.ts); a successor told with an aside or a pronoun for the predecessor,
 * whose company is the one the predecessor's bare title belongs to (frames/leads-successor*.ts); a founder noun before
 * the subject of an object relative and a base after "depuis/from" (frames/leads-object-relative-named.ts,
 * frames/founders-leads.ts); the chair of a board named with no company (frames/leads-board-chair-title.ts).
 * Sentences written for these tests.
 */
import { detectLanguage } from '../../../ingest/language';
import { extractArticle } from '../../../ingest/extract';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { buildUnits } from '../../../ingest/relations/units';
import { newDiscourseState } from '../../../ingest/relations/discourse';
import { withoutPersonAsides } from '../../../ingest/relations/person-aside-before-relative';
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The LEADS and FOUNDED facts of `text`, as "TYPE source -> target". */
function people(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS ') || f.startsWith('FOUNDED '));
}

/** The last sentence of `text` as the rules see it once describing asides are dropped: "[Name]" for a name. */
function lastSentenceUnits(text: string): string {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  const state = newDiscourseState();
  let units = buildUnits(tokens[0], index.bySentence[0], index, state);
  for (let s = 1; s < sentences.length; s++) units = buildUnits(tokens[s], index.bySentence[s], index, state);
  const name = (e: number) => index.entities[e].surfaces[0];
  expect(detectLanguage(text)).not.toBe('other');
  return withoutPersonAsides(units)
    .map((u) => (u.kind === 'tok' ? u.token.text : `[${u.ents.map(name).join('+')}]`))
    .join(' ');
}

describe('a describing aside between a person and "qui/who" is stepped over', () => {
  it.each([
    [
      "La laiterie Bressor a nommé Paule Girard directrice générale lundi. Elle succède à Henri Bressot, fils du fondateur, qui garde la présidence du conseil d'administration.",
      'LEADS Henri Bressot -> Bressor',
    ],
    [
      "Corran Tools named Lisa Hart chief executive on Monday, the Sheffield company said. She succeeds Owen Corran, the founder's son, who remains chairman.",
      'LEADS Owen Corran -> Corran Tools',
    ],
  ])('%s', (text, wanted) => {
    expect(people(text)).toContain(wanted);
  });

  it('drops a kinship or age aside, keeping the relative on the person', () => {
    expect(
      lastSentenceUnits(
        'La maison Fauvel a changé de patron. Elle succède à Denis Fauvel, petit-fils du fondateur, qui conserve la présidence.',
      ),
    ).toContain('[Denis Fauvel] , qui conserve');
    expect(
      lastSentenceUnits(
        "Pryor Glass named a new chief executive on Monday. She replaces Simon Pryor, the founder's grandson, who keeps the chair.",
      ),
    ).toContain('[Simon Pryor] , who keeps');
  });

  it.each([
    // a leader's title in the aside is the fact the title readers take
    [
      'La maison Fauvel a changé de patron. Elle succède à Denis Fauvel, directeur général, qui part à la retraite.',
      'directeur général',
    ],
    // a name in the aside is a tie of its own
    [
      'Pryor Glass named a new chief executive on Monday. She replaces Simon Pryor, a former Pilkington engineer, who keeps the chair.',
      'former',
    ],
    // with a founder in the aside, a relative of founding is the founder's
    [
      'La maison Fauvel a changé de patron. Elle succède à Denis Fauvel, petit-fils du fondateur, qui avait créé la maison en 1921.',
      'petit-fils',
    ],
  ])('keeps the aside: %s', (text, kept) => {
    expect(lastSentenceUnits(text)).toContain(kept);
  });
});

describe("a successor named before an aside or with a pronoun takes the predecessor's post", () => {
  it.each([
    [
      'NORWICH (Wire) - Fenmoor Seeds plc said on Thursday that chief executive Alan Pike would retire in March and that Rosa Quint, its head of research, would replace him.',
      'LEADS Rosa Quint -> Fenmoor Seeds plc',
    ],
    [
      'RENNES – Le semencier Armorsem a annoncé jeudi le départ à la retraite de son directeur général, Alain Piquet. Sa directrice financière, Rose Quintin, lui succédera en mars.',
      'LEADS Rose Quintin -> Armorsem',
    ],
    [
      'Dalby Freight said on Monday that chief executive Ian Webb had resigned and that finance chief Nora Lutz would replace him.',
      'LEADS Nora Lutz -> Dalby Freight',
    ],
  ])('%s', (text, wanted) => {
    expect(people(text)).toContain(wanted);
  });

  it.each([
    // no taking over
    [
      'NORWICH (Wire) - Fenmoor Seeds plc said on Thursday that chief executive Alan Pike would retire in March and that Rosa Quint, its head of research, would assist him.',
      'Rosa Quint',
    ],
    [
      'RENNES – Le semencier Armorsem a annoncé jeudi le départ à la retraite de son directeur général, Alain Piquet. Sa directrice financière, Rose Quintin, lui a rendu hommage.',
      'Rose Quintin',
    ],
    // the predecessor's title is no head's
    [
      'NORWICH (Wire) - Fenmoor Seeds plc said on Thursday that sales director Alan Pike would retire in March and that Rosa Quint would replace him.',
      'Rosa Quint',
    ],
  ])('reads no post: %s', (text, name) => {
    expect(people(text).filter((f) => f.includes(name))).toEqual([]);
  });
});

describe("an object relative whose subject is the company's founder, and a base after the verb", () => {
  it.each([
    [
      'Sur ce créneau, Vinalys affronte surtout Cuverie Maury, que son fondateur Paul Maury dirige depuis Narbonne.',
      'LEADS Paul Maury -> Cuverie Maury',
      'LEADS Paul Maury -> Narbonne',
    ],
    [
      "Hexley's main rival in Britain is Stoneway Kitchens, which its founder Amy Platt still runs from Bristol.",
      'LEADS Amy Platt -> Stoneway Kitchens',
      'LEADS Amy Platt -> Bristol',
    ],
  ])('%s', (text, wanted, refused) => {
    const facts = people(text);
    expect(facts).toContain(wanted);
    expect(facts).not.toContain(refused);
  });

  it.each([
    'Sur ce créneau, Vinalys affronte surtout Cuverie Maury, que son fondateur Paul Maury a quitté en 2019.',
    "Hexley's main rival in Britain is Stoneway Kitchens, which its founder Amy Platt left in 2019.",
  ])('a founder who left leads nothing: %s', (text) => {
    expect(people(text).filter((f) => f.startsWith('LEADS '))).toEqual([]);
  });

  it('a town after "dirige depuis" is where the head sits, not what is headed', () => {
    expect(people('Le négociant Pierre Audran dirige depuis Beaune la maison familiale.')).not.toContain(
      'LEADS Pierre Audran -> Beaune',
    );
  });
});

describe("the chair of a board named with no company heads the article's company", () => {
  it.each([
    [
      "TOULOUSE – Le fabricant de drones Aérolis a nommé un nouveau directeur général. « Le choix s'est imposé », a indiqué le président du conseil de surveillance, Rémi Castel, associé du fonds Garonne Invest.",
      'LEADS Rémi Castel -> Aérolis',
      'LEADS Rémi Castel -> Garonne Invest',
    ],
    [
      'LONDON - Brackley Tools, the British drill maker, said on Monday it had hired a new finance chief. "The board is united," said the chairman of the board, Nigel Fenn, a former Siemens manager.',
      'LEADS Nigel Fenn -> Brackley Tools',
      'LEADS Nigel Fenn -> Siemens',
    ],
  ])('%s', (text, wanted, refused) => {
    const facts = people(text);
    expect(facts).toContain(wanted);
    expect(facts).not.toContain(refused);
  });

  it.each([
    // another company's board
    "TOULOUSE – Le fabricant de drones Aérolis a nommé un nouveau directeur général. « Le choix s'est imposé », a indiqué le président du conseil de surveillance de Garonne Invest, Rémi Castel.",
    // a public body's council
    "TOULOUSE – Le fabricant de drones Aérolis a nommé un nouveau directeur général. « Le choix s'est imposé », a indiqué le président du conseil régional, Rémi Castel.",
  ])("no post at the article's company: %s", (text) => {
    expect(people(text)).not.toContain('LEADS Rémi Castel -> Aérolis');
  });

  it('types "Hugues" + surname as a person', () => {
    const article = extractArticle({
      file: 'x',
      text: 'Le président du directoire, Hugues Berthet, a salué la décision du tribunal de commerce.',
    });
    expect(article.entities.find((e) => e.name === 'Hugues Berthet')?.type).toBe('Person');
  });
});
