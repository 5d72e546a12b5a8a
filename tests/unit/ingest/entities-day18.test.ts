import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity class of the eighteenth day, counted on fresh samples of unseen Reuters stories: a hyphenated rank of a
 * post ("Under-Secretary", "Director-General", "secrétaire-général") glued between a body's name and its holder
 * made one organisation of the three ("Commerce Department Under-Secretary Robert Ortner"). Every sentence is
 * written for this file.
 */
function entities(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a hyphenated post between a body and its holder splits them', () => {
  it.each([
    [
      'Yesterday Commerce Department Under-Secretary Robert Ortner said the yen was undervalued.',
      'Commerce Department',
      'Robert Ortner',
    ],
    [
      'Energy Ministry Director-General Peter Walters said output rose in May.',
      'Energy Ministry',
      'Peter Walters',
    ],
    [
      'Justice Department Attorney-General Edwin Meese told the hearing it would wait.',
      'Justice Department',
      'Edwin Meese',
    ],
    [
      'Arianespace Director-General Charles Bigot said the launch would go ahead.',
      'Arianespace',
      'Charles Bigot',
    ],
    [
      "Le ministère de l'Economie Directeur-Général Paul Martin a démenti l'information.",
      "ministère de l'Economie",
      'Paul Martin',
    ],
    [
      'Norvale Shipping Vice-Governor Anna Brandt said freight rates would rise.',
      'Norvale Shipping',
      'Anna Brandt',
    ],
  ])('%s', (text, body, person) => {
    const e = entities(text);
    expect(e.get(body)).toBe('Organization');
    expect(e.get(person)).toBe('Person');
    expect([...e.keys()].some((k) => k.includes(body) && k.includes(person))).toBe(false);
  });

  it('a lower-case rank after a short body name is no part of an organisation', () => {
    const e = entities(
      'The Building Societies Association said receipts fell. Association director-general Mark Boleat agreed.',
    );
    expect(e.get('Mark Boleat')).toBe('Person');
    expect([...e.keys()].some((k) => /director-general/i.test(k))).toBe(false);
  });

  it('a hyphenated company name with no post in it stays whole', () => {
    const e = entities('Sargent-Welch Scientific Co said sales rose, and Rolls-Royce Plc agreed.');
    expect(e.get('Sargent-Welch Scientific Co')).toBe('Organization');
    expect(e.get('Rolls-Royce Plc')).toBe('Organization');
  });
});

describe('a tail of legal forms after "and" closes the name before it, even after a list comma', () => {
  it.each([
    ['The dealers are Lloyds, Samuel Montagu and Co Ltd and Baring Brothers.', 'Samuel Montagu and Co Ltd'],
    [
      'Lead managers were Nomura, Morgan Grenfell and Co Ltd and Daiwa Europe Ltd.',
      'Morgan Grenfell and Co Ltd',
    ],
    ['Co-managers were Barclays, Henry Ansbacher and Co and Daiwa Europe Ltd.', 'Henry Ansbacher and Co'],
  ])('%s', (text, firm) => {
    const e = entities(text);
    expect(e.get(firm)).toBe('Organization');
    expect([...e.entries()].some(([, type]) => type === 'Person')).toBe(false);
  });

  it('a list of whole names after the comma stays a list', () => {
    const e = entities('Managers are Lloyds, Baring Brothers and Daiwa Europe Ltd.');
    expect(e.get('Baring Brothers')).toBe('Organization');
    expect(e.get('Daiwa Europe Ltd')).toBe('Organization');
  });
});
