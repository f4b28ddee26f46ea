import type { Country, Material } from '@tracker/shared';

/** What the pickers need of a country: found by name, alias or ISO code; NATO/EU shown as badges. */
export type CountryChoice = Pick<
  Country,
  'code' | 'iso3' | 'name' | 'aliases' | 'status' | 'natoMemberSince' | 'euMember'
>;
/** What the pickers need of a material: found by name, symbol or alias. */
export type MaterialChoice = Pick<Material, 'id' | 'name' | 'symbol' | 'aliases'>;
export type InitiativeChoice = { slug: string; title: string };

/** Lower case without diacritics: "Türkiye" is found by typing "turkiye". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Choices matching what was typed, best first: an exact code or name, then names starting with it,
 * then any name, alias or code containing it.
 */
export function rankChoices<T>(
  choices: readonly T[],
  typed: string,
  words: (choice: T) => { exact: readonly string[]; names: readonly string[] },
  limit = 8,
): T[] {
  const needle = fold(typed);
  if (needle === '') return [];
  const scored: { choice: T; score: number; index: number }[] = [];
  choices.forEach((choice, index) => {
    const { exact, names } = words(choice);
    const folded = names.map(fold);
    let score = 0;
    if (exact.some((word) => fold(word) === needle) || folded.includes(needle)) score = 3;
    else if (folded.some((name) => name.startsWith(needle))) score = 2;
    else if ([...folded, ...exact.map(fold)].some((word) => word.includes(needle))) score = 1;
    if (score > 0) scored.push({ choice, score, index });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.choice);
}

export function countryWords(country: CountryChoice) {
  return { exact: [country.code, country.iso3], names: [country.name, ...country.aliases] };
}

export function materialWords(material: MaterialChoice) {
  return {
    exact: material.symbol ? [material.symbol, material.id] : [material.id],
    names: [material.name, ...material.aliases],
  };
}
