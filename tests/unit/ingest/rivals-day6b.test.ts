import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { buildUnits } from '../../../ingest/relations/units';
import { newDiscourseState } from '../../../ingest/relations/discourse';
import type { Unit } from '../../../ingest/relations/pattern';
import { RIVAL_TRIGGERS } from '../../../ingest/relations/frames/rivals-triggers';
import { triggerSites } from '../../../ingest/relations/frames/rivals-trigger-screen';
import { facts, run } from './helpers';

/**
 * Rivalry leftovers of the sixth day's second round: a verb of contest pairs its subjects only without an object,
 * companies holding a market between them, a company ranked between two others, competition from a kind of
 * players, "se heurter à", "croiser la route de", a fronted "Face à" with a remark and a list subject; and the
 * word screen that spares the trigger scan of sentences without a trigger word.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

const EN_LEAD = 'Tamsin Frozen, a maker of ready meals, said on Monday it had named a new finance chief. ';
const FR_LEAD = 'Le fabricant nantais Tamsin a nommé un nouveau directeur financier. ';

describe('a verb of contest pairs its subjects only without an object', () => {
  it.each([
    `${EN_LEAD}Brevik and Castell both compete with Tamsin in the chilled aisle.`,
    `${EN_LEAD}Brevik and Castell compete directly against Tamsin.`,
    `${FR_LEAD}Brevik et Castell rivalisent avec Tamsin sur les plats cuisinés.`,
    `${FR_LEAD}Brevik et Castell rivalisent face à Tamsin.`,
  ])('%s', (text) => {
    expect(has(text, 'Brevik', 'Castell')).toBe(false);
    expect(rivals(text).some((p) => p.includes('Tamsin') && p.includes('Castell'))).toBe(true);
  });

  it.each([
    `${EN_LEAD}Brevik and Castell compete fiercely for shelf space in Europe.`,
    `${EN_LEAD}Brevik and Castell compete with Tamsin and with each other in chilled food.`,
    `${FR_LEAD}Brevik et Castell rivalisent sur les plats cuisinés.`,
  ])('%s', (text) => {
    expect(has(text, 'Brevik', 'Castell')).toBe(true);
  });
});

describe('companies holding a market between them', () => {
  it.each([
    `${EN_LEAD}Brevik, which is owned by Norvane Capital, and Castell, the food arm of Ostby, together supplied nearly half of Europe's frozen meals last year.`,
    `${EN_LEAD}Tamsin trails Brevik and Castell, which between them account for more than 60 per cent of chilled meal sales.`,
    `${FR_LEAD}Brevik et Castell détiennent à eux deux 55 % du marché français des plats cuisinés.`,
  ])('%s', (text) => {
    expect(has(text, 'Brevik', 'Castell')).toBe(true);
  });

  it('keeps the owner of one of them out of the pair', () => {
    const text = `${EN_LEAD}Brevik, which is owned by Norvane Capital, and Castell, the food arm of Ostby, together supplied nearly half of Europe's frozen meals last year.`;
    expect(has(text, 'Norvane Capital', 'Castell')).toBe(false);
    expect(has(text, 'Brevik', 'Ostby')).toBe(false);
  });

  it.each([
    `${EN_LEAD}Brevik and Castell together own 60 per cent of Tamsin.`,
    `${EN_LEAD}Brevik and Castell together invested $5 million in the round.`,
    `${FR_LEAD}Tamsin a fait entrer à son capital Brevik et le fonds Castell, qui détiennent ensemble 30 % depuis mars.`,
    `${FR_LEAD}Ses principaux clients restent Brevik et Castell, qui représentent à eux deux un tiers des ventes.`,
    `${EN_LEAD}Orlan said Brevik and Castell together hold a third of the market.`,
  ])('%s', (text) => {
    expect(has(text, 'Brevik', 'Castell')).toBe(false);
  });
});

describe('a company ranked between two others', () => {
  it('pairs the ones above and below it, and the ranked company with both', () => {
    const text = `${FR_LEAD}Avec ce rachat, Tamsin devient le numéro deux du marché, derrière le leader Brevik mais devant Castell.`;
    expect(has(text, 'Brevik', 'Castell')).toBe(true);
    expect(has(text, 'Tamsin', 'Castell')).toBe(true);
    expect(has(text, 'Tamsin', 'Brevik')).toBe(true);
  });

  it('reads the English ranking too', () => {
    const text = `${EN_LEAD}The deal makes Tamsin the second-largest chilled food maker behind Brevik but ahead of Castell.`;
    expect(has(text, 'Brevik', 'Castell')).toBe(true);
  });

  it('reads no ranking from places', () => {
    const text = `${FR_LEAD}Le siège de Tamsin se trouve derrière la gare de Brevik, devant le parc Castell.`;
    expect(has(text, 'Brevik', 'Castell')).toBe(false);
  });
});

describe('more triggers of rivalry', () => {
  it('reads competition from a kind of players named after it', () => {
    const text = `${EN_LEAD}The change comes as Tamsin faces growing competition from larger players such as Brevik and Castell.`;
    expect(has(text, 'Tamsin Frozen', 'Brevik')).toBe(true);
    expect(has(text, 'Tamsin Frozen', 'Castell')).toBe(true);
  });

  it('reads no rivalry from the competition authority', () => {
    const text = `${FR_LEAD}Tamsin a saisi l'Autorité de la concurrence de Brevik.`;
    expect(has(text, 'Tamsin', 'Brevik')).toBe(false);
  });

  it('reads "se heurter à" after a pronoun standing for the subject', () => {
    const text = `${FR_LEAD}Tamsin double sa présence dans les cantines, où elle se heurte à l'américain Brevik et à l'allemand Castell.`;
    expect(has(text, 'Tamsin', 'Brevik')).toBe(true);
    expect(has(text, 'Tamsin', 'Castell')).toBe(true);
  });

  it('reads no rivalry when what is run into is no company', () => {
    expect(rivals(`${FR_LEAD}Tamsin se heurte à des difficultés de trésorerie.`)).toEqual([]);
  });

  it('reads "croiser la route de" between companies', () => {
    const text = `${FR_LEAD}Sur son segment, Tamsin croise régulièrement la route de Brevik et de Castell.`;
    expect(has(text, 'Tamsin', 'Brevik')).toBe(true);
    expect(has(text, 'Tamsin', 'Castell')).toBe(true);
    expect(rivals(`${FR_LEAD}Son fondateur a croisé la route de Pierre Martin en 2010.`)).toEqual([]);
  });

  it('finds the list subject after a fronted "Face à" and a remark on the rivals', () => {
    const text = `${FR_LEAD}Face à Brevik et à Castell, qui dominent le marché du froid, Tamsin et Ostby jugeaient leur taille insuffisante.`;
    expect(has(text, 'Ostby', 'Brevik')).toBe(true);
    expect(has(text, 'Ostby', 'Castell')).toBe(true);
    expect(has(text, 'Tamsin', 'Castell')).toBe(true);
  });
});

/** Each sentence of a text as relation units. */
function sentenceUnits(text: string): Unit[][] {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  const state = newDiscourseState();
  return sentences.map((_, s) => buildUnits(tokens[s], index.bySentence[s], index, state));
}

describe('the trigger word screen', () => {
  const screen = triggerSites(RIVAL_TRIGGERS);

  it('finds no site in a sentence without a trigger word', () => {
    const [units] = sentenceUnits('Brevik a nommé Anne Leroux au poste de directrice financière.');
    expect(screen(units)).toEqual([]);
  });

  it('lists every unit where a trigger fires, with that trigger', () => {
    const text = [
      'Brevik talonne désormais Castell.',
      'Brevik competes with Castell and Ostby in Europe.',
      'Face à Castell, Brevik mise sur le froid.',
      'Brevik se mesure aux grands réseaux comme Castell.',
      'Brevik est talonné depuis deux ans par Castell.',
      'Brevik se présente comme le challenger de Castell.',
      'Brevik croise le fer avec Castell.',
      'Brevik is catching up with Castell.',
      'Brevik faces Castell in chilled food.',
      'Derrière le leader Castell, Brevik gagne du terrain.',
      'Brevik takes share from Castell.',
      'Brevik dispute des parts de marché à Castell.',
      'Brevik ranks third behind Castell.',
      'Brevik faces growing competition from Castell.',
    ].join(' ');
    let fired = 0;
    for (const units of sentenceUnits(text)) {
      const sites = new Map(screen(units).map((s) => [s.unit, s.triggers]));
      for (let i = 0; i < units.length; i++) {
        for (const t of RIVAL_TRIGGERS) {
          if (t.at(units, i) < 0) continue;
          fired++;
          expect(sites.get(i) ?? []).toContain(t);
        }
      }
    }
    // every sentence above holds a trigger: the check above is not vacuous
    expect(fired).toBeGreaterThanOrEqual(14);
  });
});
