import { facts, run } from './helpers';

/**
 * Day eighteen (comp): customers or market share passing from one company to another ("lost customers to A",
 * "takes share from A", "a perdu des clients au profit de A", "grignote des parts de marché à A"), and three
 * precision classes seen in wire text: the listener of "told" is no party ("He told Reuters … competition from B"),
 * an alternative in a role or to a plan is no rival ("as alternatives to C as acquirers", "alternative to D's
 * plan"), and companies named as possible buyers are bidders, not rivals ("cited A and B as potential buyers").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('customers or share passing from one company to another', () => {
  it.each([
    'Kestrel has lost customers to Parrot and Delair.',
    'Kestrel is losing subscribers to Parrot and Delair.',
    'Kestrel ceded market share to Parrot and Delair last year.',
    'Kestrel takes share from Parrot and Delair.',
    'Kestrel has been stealing customers from Parrot and Delair.',
    'Kestrel a perdu des clients au profit de Parrot et de Delair.',
    'Kestrel perd des abonnés au profit de Parrot et Delair.',
  ])('%s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(true);
    expect(has(text, 'Kestrel', 'Delair')).toBe(true);
  });

  it.each([
    'Kestrel grignote des clients à Parrot.',
    'Kestrel grignote peu à peu des parts de marché à Parrot.',
    'Kestrel ravit des abonnés à Parrot.',
    'Kestrel poached clients away from Parrot.',
  ])('one rival: %s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(true);
  });

  it.each([
    'Kestrel won a contract from Parrot.',
    'Kestrel won business from Parrot.',
    'Kestrel lost customers after Parrot raised prices.',
    'Kestrel sold its customers to Parrot.',
    'Kestrel lost the contract to supply Parrot.',
    'Kestrel prend des parts dans Parrot.',
    'Kestrel a pris 20 % du capital de Parrot.',
  ])('a client, a sale or a stake is no rival: %s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(false);
  });
});

describe('wire-text precision: listeners, alternatives in a role, possible buyers', () => {
  it.each([
    'He told Reuters an improvement in the climate and less competition from the European Community should help.',
    'She told the Financial Times that competition from the European Community had eased.',
  ])('the listener of "told" is no party: %s', (text) => {
    expect(rivals(text).filter((p) => /Reuters|Financial Times/u.test(p))).toEqual([]);
  });

  it.each([
    'Market sources mentioned Anheuser-Busch Inc and Pepsico Inc as alternatives to Coke as acquirers.',
    'Market sources cited Kestrel and Parrot as potential buyers of Delair.',
    'Des sources citent Kestrel et Parrot comme repreneurs potentiels de Delair.',
  ])('possible buyers of one target are no rivals: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });

  it('an alternative to a company’s plan names no rival', () => {
    expect(
      rivals("Creditors said the only real alternative to Dome Petroleum's plan is an asset grab."),
    ).toEqual([]);
  });

  it.each([
    'Kestrel pitches itself as a cheaper alternative to Parrot.',
    "Kestrel se présente comme l'alternative européenne à Parrot.",
    "Kestrel is an alternative to Parrot's drones for police forces.",
    'Kestrel faces stiff competition from Parrot, its chief executive told Reuters.',
  ])('a real alternative or competition is still read: %s', (text) => {
    expect(has(text, 'Kestrel', 'Parrot')).toBe(true);
  });
});
