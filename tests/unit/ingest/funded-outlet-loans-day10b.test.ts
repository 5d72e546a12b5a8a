import { sortedPairs } from './frames-test-helpers';

/**
 * Day ten, round two: the outlet a company speaks to is never a party of its funding, and a buyer that pays for
 * its purchase with a loan is funded by the lender whatever the voice ("would finance the purchase with a loan
 * from A" as well as "the purchase will be financed by a loan from A").
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('the outlet told the news is no party', () => {
  test('"The company told TechCrunch that it has closed a round led by A" funds the company, not the outlet', () => {
    const text =
      'Kinetix Health, a San Diego startup, makes software for clinics. The company told TechCrunch exclusively that it has closed a $38 million Series B led by Bluewater Ventures, with participation from Meridian Peak.';
    expect(funded(text)).toEqual(['Bluewater Ventures -> Kinetix Health', 'Meridian Peak -> Kinetix Health']);
  });

  test('"Kinetix told Reuters it raised $38 million led by A" (named speaker, other outlet, other verb)', () => {
    const text =
      'Kinetix Health told Reuters on Tuesday that it raised $38 million in a round led by Bluewater Ventures.';
    expect(funded(text)).toEqual(['Bluewater Ventures -> Kinetix Health']);
  });

  test('"Kinetix Health tells Sifted it has raised a round led by A" (present tense)', () => {
    const text =
      'Kinetix Health tells Sifted it has raised a $38 million Series B led by Bluewater Ventures.';
    expect(funded(text)).toEqual(['Bluewater Ventures -> Kinetix Health']);
  });

  test('no outlet is funded when the speaker is not a company either', () => {
    const text =
      'Kinetix Health builds apps for clinics. A spokesperson told TechCrunch that the round was led by Bluewater Ventures.';
    expect(funded(text)).not.toContain('Bluewater Ventures -> TechCrunch');
  });
});

describe('a buyer that pays for its purchase with a loan, active voice', () => {
  test('"X said it would finance the purchase with cash and a bridge loan from A and B"', () => {
    const text =
      'Hellmund Spedition AG agreed to buy Nordlicht Logistik for 400 million euros. Hellmund said it would finance the purchase with cash and a 250 million euro bridge loan from Commerzbank and ING Groep NV.';
    expect(funded(text)).toEqual([
      'Commerzbank -> Hellmund Spedition AG',
      'ING Groep NV -> Hellmund Spedition AG',
    ]);
  });

  test('"X will fund the acquisition with a term loan provided by A" (other verb, other lender word)', () => {
    const text =
      'Norvana agreed to acquire Audelia for $2 billion. Norvana will fund the acquisition with cash on hand and a $1.5 billion term loan provided by UBS.';
    expect(funded(text)).toEqual(['UBS -> Norvana']);
  });

  test('"X financera l\'acquisition par un prêt de A" (French)', () => {
    const text =
      "Le groupe Vertigaz a annoncé le rachat de Biogaz de l'Ouest. Vertigaz financera l'acquisition par un prêt de 40 millions d'euros accordé par la Société Générale.";
    expect(funded(text)).toContain('Société Générale -> Vertigaz');
  });

  test("a loan that pays for no purchase named by the verb gives nothing to the lender's rival", () => {
    const text =
      'Hellmund Spedition AG agreed to buy Nordlicht Logistik. Hellmund said it would finance the purchase with cash, not with a loan, unlike rival Kessler, which borrowed from Commerzbank.';
    expect(funded(text)).not.toContain('Commerzbank -> Hellmund Spedition AG');
  });
});
