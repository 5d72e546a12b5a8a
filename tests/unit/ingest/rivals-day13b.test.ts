import { facts, run } from './helpers';

/**
 * Rivalry classes of day thirteen, round two: a rival given as the role the subject holds ("a pour principal rival
 * Y", "compte Y parmi ses concurrents", "has / counts / sees Y as its main rival"), a modal before the copula of an
 * owned rival ("its main rival would be Y"), and a counted rival pointer standing for the rivals the previous
 * sentence listed after the company they face ("A affronte B, C et D. Ces trois concurrents se partagent …").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a rival given as a role the subject holds', () => {
  it.each([
    "Cardiolys a levé 5 millions d'euros. En France, la start-up a pour principal rival le lyonnais Rythmia.",
    'La société Cardiolys a pour principal concurrent Rythmia.',
    'La société Cardiolys avait pour seul rival Rythmia, avant 2020.',
    'La société Cardiolys compte Rythmia parmi ses concurrents.',
    'Cardiolys raised $5m. In France, the startup has Rythmia as its main rival.',
    'Cardiolys Ltd counts Rythmia among its competitors.',
    'Cardiolys Ltd sees Rythmia as its closest rival in Europe.',
    'Cardiolys Ltd regards Rythmia as a competitor.',
  ])('%s', (text) => {
    expect(has(text, 'Cardiolys', 'Rythmia') || has(text, 'Cardiolys Ltd', 'Rythmia')).toBe(true);
  });

  it('reads a list of rivals held as one role', () => {
    const text = 'La société Cardiolys a pour principaux concurrents Rythmia et Cardiwave.';
    expect(has(text, 'Cardiolys', 'Rythmia')).toBe(true);
    expect(has(text, 'Cardiolys', 'Cardiwave')).toBe(true);
  });

  it.each([
    'La société Cardiolys a pour client Rythmia.',
    'La société Cardiolys a pour actionnaire principal Rythmia.',
    'Cardiolys Ltd sees Rythmia as a partner.',
    'Cardiolys Ltd counts Rythmia among its customers.',
    'Cardiolys Ltd has Rythmia as its main investor.',
  ])('no rivalry: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('an owned rival after a modal copula', () => {
  it.each([
    "Cardiolys's main rival would be Rythmia, analysts said.",
    "Cardiolys raised $5m. The company's main rival will be Rythmia.",
    "Cardiolys a levé 5 millions d'euros. Son principal concurrent serait Rythmia.",
    "Cardiolys a levé 5 millions d'euros. Son principal concurrent sera Rythmia, selon les analystes.",
  ])('%s', (text) => {
    expect(has(text, 'Cardiolys', 'Rythmia')).toBe(true);
  });

  it("no rivalry: Cardiolys's main shareholder would be Rythmia.", () => {
    expect(rivals("Cardiolys's main shareholder would be Rythmia.")).toEqual([]);
  });
});

describe('a counted rival pointer for the rivals just listed', () => {
  it.each([
    "Sur son marché, Argonic affronte Lynred et le britannique Thermoteknix, mais aussi l'israélien Opgal. Ces trois concurrents se partagent l'essentiel des contrats de l'Otan.",
    "Argonic affronte Lynred et le britannique Thermoteknix, mais aussi l'israélien Opgal. Ces trois rivaux dominent le marché.",
    "Argonic competes with Lynred and Britain's Thermoteknix, as well as Israel's Opgal. These three rivals dominate the market.",
    "Argonic affronte des poids lourds : Lynred et Thermoteknix, mais aussi le groupe Opgal. Ces trois acteurs se partagent l'essentiel des contrats.",
  ])('%s', (text) => {
    expect(has(text, 'Lynred', 'Thermoteknix')).toBe(true);
    expect(has(text, 'Lynred', 'Opgal')).toBe(true);
    expect(has(text, 'Opgal', 'Thermoteknix')).toBe(true);
  });

  it('a count that fits neither the list nor the rivals points nowhere', () => {
    const text =
      "Argonic affronte Lynred et le britannique Thermoteknix, mais aussi l'israélien Opgal. Ces deux concurrents se partagent le marché.";
    expect(has(text, 'Lynred', 'Thermoteknix')).toBe(false);
    expect(has(text, 'Opgal', 'Thermoteknix')).toBe(false);
  });
});

describe('a rival noun apposed where the plain apposition cannot read it', () => {
  it.each([
    [
      'It also signed a partnership with Banque Lemaire, a rival of Hollandse Kredietbank, to offer its service.',
    ],
    ['Nordpay a signé un partenariat avec Banque Lemaire, concurrent de Hollandse Kredietbank.'],
    ['Calvet Foods was bought by Banque Lemaire, a rival of Hollandse Kredietbank.'],
    ['Le principal rival de Banque Lemaire, Hollandse Kredietbank, a refusé de commenter.'],
    ['The main rival of Banque Lemaire, Hollandse Kredietbank, declined to comment.'],
    [
      "Banque Lemaire a été rachetée. Le principal rival régional de l'entreprise, Hollandse Kredietbank, avait été cité.",
    ],
  ])('%s', (text) => {
    expect(has(text, 'Banque Lemaire', 'Hollandse Kredietbank')).toBe(true);
  });

  it.each([
    'Nordpay signed a partnership with Banque Lemaire, a client of Hollandse Kredietbank.',
    'The main shareholder of Banque Lemaire, Hollandse Kredietbank, declined to comment.',
    'Le principal actionnaire de Banque Lemaire, Hollandse Kredietbank, a refusé de commenter.',
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Banque Lemaire', 'Hollandse Kredietbank')).toBe(false);
  });
});

describe('a leading group defined by "que sont"', () => {
  it.each([
    'Face aux géants du secteur que sont Biogroup, Cerba et Eurofins, les réseaux régionaux cherchent à grossir.',
    'Les réseaux régionaux peinent face aux leaders du marché que sont Biogroup, Cerba et Eurofins.',
    'Les poids-lourds que sont Biogroup, Cerba et Eurofins ont tous racheté des laboratoires.',
  ])('%s', (text) => {
    expect(has(text, 'Biogroup', 'Cerba')).toBe(true);
    expect(has(text, 'Cerba', 'Eurofins')).toBe(true);
  });

  it.each([
    'Les actionnaires que sont Biogroup, Cerba et Eurofins ont soutenu le réseau.',
    'Les partenaires que sont Biogroup, Cerba et Eurofins ont signé un accord.',
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Biogroup', 'Cerba')).toBe(false);
  });
});

describe('a possessed product opening the clause stands for its owner', () => {
  it.each([
    'Medilink raised €5m from Partech. Its app competes with Maiia and Qonto.',
    "Medilink a levé 5 millions d'euros auprès de Partech. Son application concurrence Maiia et Qonto.",
    "Medilink a levé 5 millions d'euros auprès de Partech. En France, sa plateforme affronte Maiia et Qonto.",
    'Medilink raised €5m from Partech. Its flagship software competes directly with Qonto.',
  ])('%s', (text) => {
    expect(has(text, 'Medilink', 'Qonto')).toBe(true);
  });

  it.each([
    'Medilink raised €5m from Partech. Its investors also backed Qonto.',
    'Medilink raised €5m from Partech. Its app runs on Qonto servers.',
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Medilink', 'Qonto')).toBe(false);
  });
});
