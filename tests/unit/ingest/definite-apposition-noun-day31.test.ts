/**
 * Day thirty-one, French press: a definite apposition right after a name ("Brindille, la start-up rennaise qui …",
 * "Brindle, the Leeds startup that …") is read as a pointer unit at that name; its noun now still records what the
 * company is (anaphora-apposed-pointer-noun.ts), so a later "Le groupe, présidé par P," passes over the start-up to
 * the group the last paragraph was about, as it did after "une start-up". Articles written for these tests.
 */
import type { Token } from '../../../ingest/tokens';
import type { Unit } from '../../../ingest/relations/pattern';
import { apposedPointerNoun } from '../../../ingest/relations/anaphora-apposed-pointer-noun';
import { madePairs } from './helpers';

const PUBLISHED = '2026-11-30';

describe('a definite apposition tells what the company is', () => {
  it.each([
    [
      "Brindille, la start-up rennaise qui fabrique des capteurs, lève 8 millions d'euros auprès du fonds Armor Venture et de l'industriel Galvani. Brindille emploie 40 salariés et se mesure à Capteo.\n\nGalvani, le numéro trois européen de la robinetterie, installera les capteurs de Brindille dans ses usines. Le groupe, présidé par Sophie Marec, avait déjà pris en 2022 une participation dans la jeune pousse nantaise Fluxo.",
      'Sophie Marec -> Galvani',
      'Galvani -> Fluxo',
    ],
    [
      'Brindle, the Leeds startup that makes sensors, raised 8 million pounds from Harbour Ventures and the manufacturer Galvani. Brindle employs 40 people and competes with Sensix.\n\nGalvani, the third-largest European tap maker, will fit the sensors of Brindle in its plants. The group, which is chaired by Sophie Marsh, took a stake in the Leeds startup Fluxo in 2022.',
      'Sophie Marsh -> Galvani',
      'Galvani -> Fluxo',
    ],
  ])('%s', (text, leader, funded) => {
    expect(madePairs(text, PUBLISHED, 'LEADS')).toContain(leader);
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toContain(funded);
  });

  it('a generic noun ("la société") tells no size: the story company keeps the group noun', () => {
    const text =
      "Brindille, la société rennaise qui fabrique des capteurs, lève 8 millions d'euros auprès de l'industriel Galvani. Brindille emploie 40 salariés et se mesure à Capteo.\n\nGalvani, le numéro trois européen de la robinetterie, installera les capteurs de Brindille dans ses usines. Le groupe, présidé par Sophie Marec, avait déjà pris en 2022 une participation dans la jeune pousse nantaise Fluxo.";
    expect(madePairs(text, PUBLISHED, 'LEADS')).not.toContain('Sophie Marec -> Galvani');
  });
});

describe('apposedPointerNoun', () => {
  const words = (text: string): Token[] => {
    const out: Token[] = [];
    for (const m of text.matchAll(/\S+/g))
      out.push({
        text: m[0],
        lower: m[0].toLowerCase(),
        kind: 'word',
        start: m.index!,
        end: m.index! + m[0].length,
      });
    return out;
  };
  const tokens = words('Brindille , la start-up rennaise');
  const pointer = (ents: number[]): Extract<Unit, { kind: 'ent' }> => ({
    kind: 'ent',
    ents,
    orgs: true,
    persons: false,
    anaphor: true,
    start: tokens[2].start,
    end: tokens[4].end,
  });
  const isNoun = (w: string) => w === 'start-up';

  it('reads the noun of a pointer at the name it follows', () => {
    expect(apposedPointerNoun(tokens, pointer([0]), 0, isNoun)).toBe('start-up');
  });

  it('reads nothing from a pointer at another company, or at several', () => {
    expect(apposedPointerNoun(tokens, pointer([1]), 0, isNoun)).toBeNull();
    expect(apposedPointerNoun(tokens, pointer([0, 1]), 0, isNoun)).toBeNull();
  });

  it('reads nothing from a name unit', () => {
    expect(apposedPointerNoun(tokens, { ...pointer([0]), anaphor: false }, 0, isNoun)).toBeNull();
  });
});
