/**
 * The curated bilingual synonyms of the search: a word of a group typed in a search also
 * finds the listings with any other word of its group (both stemmers apply to each). Most
 * groups are named after the category they belong to; the rest are goods shoppers ask for by
 * name. Keep them small and certain: a synonym that is only related (tea and coffee) makes
 * results worse, not better. A change applies to the next search; nothing is re-indexed.
 */
export const SEARCH_SYNONYMS: Record<string, readonly string[]> = {
  coffee: ['coffee', 'kaffee', 'espresso'],
  tea: ['tea', 'tee', 'chai'],
  chocolate: ['chocolate', 'schokolade', 'kakao', 'cocoa'],
  spices: ['spices', 'spice', 'gewürze', 'gewürz'],
  pepper: ['pepper', 'pfeffer'],
  cinnamon: ['cinnamon', 'zimt'],
  vanilla: ['vanilla', 'vanille'],
  honey: ['honey', 'honig'],
  rice: ['rice', 'reis'],
  sugar: ['sugar', 'zucker'],
  cosmetics: ['cosmetics', 'kosmetik', 'naturkosmetik'],
  soap: ['soap', 'seife'],
  textiles: ['textiles', 'textilien'],
  clothing: ['clothing', 'kleidung'],
  wool: ['wool', 'wolle'],
  cotton: ['cotton', 'baumwolle'],
  socks: ['socks', 'socken'],
  scarf: ['scarf', 'schal'],
  shirt: ['shirt', 'hemd'],
  blanket: ['blanket', 'decke'],
  crafts: ['crafts', 'handicrafts', 'kunsthandwerk'],
  ceramics: ['ceramics', 'pottery', 'keramik', 'töpferware'],
  jewellery: ['jewellery', 'jewelry', 'schmuck'],
  basket: ['basket', 'korb'],
  candle: ['candle', 'kerze'],
  bowl: ['bowl', 'schale'],
  organic: ['organic', 'bio', 'öko'],
  handmade: ['handmade', 'handgemacht'],
};

const GROUPS_OF = new Map<string, string[]>();
for (const words of Object.values(SEARCH_SYNONYMS)) {
  for (const word of words) GROUPS_OF.set(word, [...new Set([...(GROUPS_OF.get(word) ?? []), ...words])]);
}

/** The other words of every group that holds `word` (lowercase). */
export function synonymsOf(word: string): string[] {
  return (GROUPS_OF.get(word) ?? []).filter((other) => other !== word);
}
