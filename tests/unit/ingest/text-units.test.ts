import { detectLanguage } from '../../../ingest/language';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';

describe('sentences', () => {
  it('keeps exact offsets and does not split after legal abbreviations or initials', () => {
    const text =
      'Acme Inc. said it bought E.W. Scripps Co. for 5 mln dlrs. Terms were set.\n\nM. Dupont a parlé.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Acme Inc. said it bought E.W. Scripps Co. for 5 mln dlrs.',
      'Terms were set.',
      'M. Dupont a parlé.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads fixed-width wire wrapping as one sentence but splits at indented paragraphs', () => {
    const text =
      'Scott Hospitality Inc said it\nacquired all issued shares of Capital Food Services Ltd, of\nOttawa, in a deal announced on the wire service today\n    Scott said Capital Food had 1986 sales of more than 20\nmln dlrs and will continue to operate under its name here.';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[0].text).toContain('acquired all issued shares');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('tokens', () => {
  it('splits French elisions and English possessives, keeps hyphens and numbers', () => {
    const words = tokenize("l'ex Acticall, IBM's rival Duha-Jousset paid 1,3 M€").map((t) => t.text);
    expect(words).toEqual([
      "l'",
      'ex',
      'Acticall',
      ',',
      'IBM',
      "'s",
      'rival',
      'Duha-Jousset',
      'paid',
      '1,3',
      'M',
      '€',
    ]);
  });

  it('gives offsets relative to the base', () => {
    const [t] = tokenize('Webhelp', 100);
    expect([t.start, t.end]).toEqual([100, 107]);
  });
});

describe('language', () => {
  it('tells French from English and reports other languages', () => {
    expect(
      detectLanguage(
        'Le groupe a racheté la société pour un montant non communiqué dans le cadre de sa stratégie.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage('The company said it has agreed to acquire the firm for an undisclosed sum in cash.'),
    ).toBe('en');
    expect(
      detectLanguage(
        'Das Unternehmen hat die Firma übernommen und wird sie mit dem eigenen Geschäft verschmelzen, sagte ein Sprecher heute.',
      ),
    ).toBe('other');
  });
});
