/**
 * Day thirty-one (second round), founders and leaders: a French description apposed to a company keeps its
 * adjectives and complements after the noun before its relative ("Y, la jeune pousse nantaise de maintenance
 * prédictive qui vient de lever …"); the pointer is Y, not the article's first company
 * (anaphora-apposed-description.ts `afterFrenchTrailingWords`). Sentences written for these tests.
 */
import { madePairs } from './helpers';

const DATE = '2026-11-30';

describe('a French description with trailing words before its relative', () => {
  it('gives the raise to the company the description is apposed to', () => {
    expect(
      madePairs(
        "Julie Marchand a quitté Sopra Steria en 2018 et dirige aujourd'hui Capteo, la jeune pousse rennaise de capteurs industriels qui vient de lever 5 millions d'euros auprès du fonds Ouest Venture.",
        DATE,
        'FUNDED',
      ),
    ).toEqual(['Ouest Venture -> Capteo']);
  });

  it('keeps the subject for a reporting clause after the description', () => {
    expect(
      madePairs(
        "Le groupe Vinci a racheté Capteo, la société a indiqué qu'elle lèverait 5 millions d'euros auprès du fonds Ouest Venture.",
        DATE,
        'FUNDED',
      ),
    ).not.toContain('Ouest Venture -> Capteo');
  });
});
