/**
 * Day thirty, real wire copy: a department the wire names head last is called by its head-first acronym, maybe after
 * its country's letters — "Agriculture Department" … "USDA", "Justice Department" … "DOJ", "Energy Department" …
 * "DOE" (resolve/acronym-readings.ts `spellsHeadLastDepartment`): one entity, the acronym an alias. Near misses: a
 * two-letter acronym ("DA"), a committee that is no department, an acronym alone. The French press names its
 * ministries head first ("le ministère de l'Agriculture"), so the construction is English wire copy's. Sentences
 * written for these tests.
 */
import { entitiesOf } from './helpers';

function entities(text: string): string[] {
  return entitiesOf(text).map((e) => `${e.name} [${(e.aliases ?? []).join(', ')}]`);
}

describe('head-last departments and their acronyms', () => {
  it('"Agriculture Department" … "USDA" is one entity', () => {
    const text =
      'WASHINGTON, March 3 - The Agriculture Department said corn stocks fell. USDA officials said exports would rise.';
    expect(entities(text)).toEqual(['Agriculture Department [USDA]']);
  });

  it('with the country before the department: "U.S. Agriculture Department" … "USDA"', () => {
    const text =
      'WASHINGTON, March 3 - The U.S. Agriculture Department said corn stocks fell. The USDA said exports would rise.';
    expect(entities(text)).toEqual(['U.S. Agriculture Department [USDA]']);
  });

  it('"Justice Department" … "DOJ" and "Energy Department" … "DOE"', () => {
    expect(
      entities(
        'WASHINGTON, March 3 - The Justice Department will review the sale. DOJ lawyers said it would take a month.',
      ),
    ).toEqual(['Justice Department [DOJ]']);
    expect(
      entities('WASHINGTON, March 3 - The Energy Department said oil stocks fell. A DOE official said so.'),
    ).toEqual(['Energy Department [DOE]']);
  });

  it('near miss: a two-letter acronym is not read as the department', () => {
    const found = entitiesOf(
      'WASHINGTON, March 3 - The Agriculture Department said corn stocks fell. Delmont Analytics (DA) said prices rose.',
    );
    expect(found.find((e) => e.name === 'Agriculture Department')?.aliases ?? []).not.toContain('DA');
  });

  it('near miss: a committee is no department', () => {
    const found = entitiesOf(
      'WASHINGTON, March 3 - The House Agriculture Committee met on Tuesday. USDA officials said exports would rise.',
    );
    expect(found.find((e) => e.name === 'House Agriculture Committee')?.aliases ?? []).not.toContain('USDA');
  });
});
