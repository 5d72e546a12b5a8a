/**
 * Day thirty-one (second round), founders and leaders: a company named right after a verb of leaving ("a quitté
 * X", "left X") is a bystander (left-company-bystander.ts): weighed like a side party (discourse.ts), so the next
 * sentence's "l'entreprise" or "the company" is the one now run. Articles written for these tests.
 */
import { madePairs } from './helpers';

const DATE = '2026-11-30';

describe('a company someone left', () => {
  it.each([
    [
      "Julie Marchand a quitté Sopra Steria en 2018 et dirige aujourd'hui Capteo, une start-up rennaise de capteurs.\n\nElle a cofondé l'entreprise en 2018 avec Marc Bellec.",
      ['Julie Marchand -> Capteo', 'Marc Bellec -> Capteo'],
    ],
    [
      'Omar Haddad left Accenture in 2017 and now runs Tidewell, a water-metering start-up.\n\nHe co-founded the company in 2017 with Lena Brooks.',
      ['Lena Brooks -> Tidewell', 'Omar Haddad -> Tidewell'],
    ],
  ])('%s', (text, facts) => {
    expect(madePairs(text, DATE, 'FOUNDED')).toEqual(facts);
  });

  it('leaves a raise told after the company now run to that company', () => {
    const funded = madePairs(
      "Julie Marchand a quitté Sopra Steria en 2018 et dirige aujourd'hui Capteo, qui vient de lever 5 millions d'euros auprès du fonds Ouest Venture.",
      DATE,
      'FUNDED',
    );
    expect(funded).toEqual(['Ouest Venture -> Capteo']);
  });

  it('still reads a company joined, not left, as the story goes on', () => {
    expect(
      madePairs(
        "Julie Marchand a rejoint Capteo en 2018.\n\nElle a cofondé l'entreprise en 2018 avec Marc Bellec.",
        DATE,
        'FOUNDED',
      ),
    ).toEqual(['Julie Marchand -> Capteo', 'Marc Bellec -> Capteo']);
  });
});
