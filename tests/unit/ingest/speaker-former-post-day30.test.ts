/**
 * Day thirty, pointers (second round): a person quoted after a possessive title ("a réagi sa présidente, P,
 * ancienne directrice générale de X", "said its chairwoman, P, a former chief executive of X") speaks for the
 * company the text is about; the post P left no longer ties P to X (relations/speaker.ts `roleOrg`), so "sa", "its"
 * are not read as X. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function leaders(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-11-29' })
    .relations.filter((r) => r.type === 'LEADS')
    .map((r) => `${r.source} -> ${r.target}`);
}

describe('a former post does not make the quoted speaker speak for that company', () => {
  it('gives "sa présidente, P, ancienne directrice générale de X" to the company the text is about', () => {
    const text =
      "Le conseil de surveillance de Talvane a rejeté mardi l'offre de rachat de Brixel. « Ce prix ne reflète pas la " +
      "valeur de l'entreprise », a réagi sa présidente, Claire Hubac, ancienne directrice générale de Norvane.";
    expect(leaders(text)).toEqual(['Claire Hubac -> Talvane']);
  });

  it('gives "its chairwoman, P, a former chief executive of X" to the company the text is about', () => {
    const text =
      'The board of Talvane rejected a takeover offer from Brixel on Tuesday. "The price does not reflect the value ' +
      'of the business," said its chairwoman, Claire Hubac, a former chief executive of Norvane.';
    expect(leaders(text)).toEqual(['Claire Hubac -> Talvane']);
  });

  it('still ties a speaker to the company of a current post', () => {
    const text =
      "Le conseil de surveillance de Talvane a rejeté mardi l'offre de rachat de Brixel. « Ce prix ne reflète pas la " +
      "valeur de l'entreprise », a réagi Claire Hubac, directrice générale de Norvane, actionnaire de Talvane.";
    expect(leaders(text)).toEqual(['Claire Hubac -> Norvane']);
  });
});
