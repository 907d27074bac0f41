import { demoListings } from './demo-catalog';

/** The pack content a shopper reads in a title, in grams, millilitres or pieces; null where it names none. */
function contentInTitle(title: string): { amount: number; unit: 'g' | 'ml' | 'piece' } | null {
  const words = title.slice(title.lastIndexOf(',') + 1);
  const toBase = (value: string, unit: string) => {
    const number = Number(value.replace(',', '.'));
    switch (unit) {
      case 'kg':
        return { amount: number * 1000, unit: 'g' as const };
      case 'l':
        return { amount: number * 1000, unit: 'ml' as const };
      case 'g':
        return { amount: number, unit: 'g' as const };
      default:
        return { amount: number, unit: 'ml' as const };
    }
  };
  const packs = /(\d+)\s*(?:bars\s*)?×\s*(\d+(?:[.,]\d+)?)\s*(kg|g|ml|l)\b/.exec(words);
  if (packs) {
    const each = toBase(packs[2], packs[3]);
    return { amount: Number(packs[1]) * each.amount, unit: each.unit };
  }
  const single = /(\d+(?:[.,]\d+)?)\s*(kg|g|ml|l)\b/.exec(words);
  if (single) return toBase(single[1], single[2]);
  const pieces = /(\d+)\s*pods\b/.exec(words);
  return pieces ? { amount: Number(pieces[1]), unit: 'piece' } : null;
}

const STORED: Record<string, readonly [string, number]> = {
  KG: ['g', 1000],
  G: ['g', 1],
  L: ['ml', 1000],
  ML: ['ml', 1],
  PIECE: ['piece', 1],
};

describe('the demo catalog', () => {
  const sellers = new Map(
    ['chiapas', 'darjeeling', 'kakao', 'shea', 'weberei', 'keramik'].map((name) => [`${name}@allmende.example`, name]),
  );
  const categories = new Map(
    ['coffee', 'tea', 'chocolate', 'spices', 'cosmetics', 'home-textiles', 'clothing', 'ceramics', 'jewellery'].map((slug) => [
      slug,
      slug,
    ]),
  );
  const listings = demoListings(sellers, categories);

  it('states in every title the same pack content its unit price is computed from', () => {
    const disagreements = listings.flatMap((listing) => {
      const inTitle = contentInTitle(listing.title!);
      const stored = listing.unit
        ? { amount: Number(listing.unitQuantity) * STORED[listing.unit][1], unit: STORED[listing.unit][0] }
        : null;
      return JSON.stringify(inTitle) === JSON.stringify(stored) ? [] : [`${listing.title}: ${JSON.stringify(stored)}`];
    });
    expect(disagreements).toEqual([]);
  });

  it('gives the unit prices a shopper works out from the title', () => {
    const perKg = (title: string) => {
      const listing = listings.find((candidate) => candidate.title === title)!;
      return Math.round(listing.priceAmount! / (contentInTitle(title)!.amount / 1000));
    };
    // A 1 kg pack costs what it costs per kg; a 250 g pack four times its price per kg.
    const kilo = listings.find((listing) => listing.title === 'Highland Coffee, whole beans 1 kg')!;
    expect(perKg('Highland Coffee, whole beans 1 kg')).toBe(kilo.priceAmount);
    const quarter = listings.find((listing) => listing.title === 'Highland Coffee, whole beans 250 g')!;
    expect(perKg('Highland Coffee, whole beans 250 g')).toBe(quarter.priceAmount! * 4);
    // Bought by the kilo, coffee is cheaper per kg than in 250 g packs, as in any shop.
    expect(kilo.priceAmount!).toBeLessThan(quarter.priceAmount! * 4);
  });

  it('charges 7 % VAT on food and 19 % on everything else, as German law sets them', () => {
    const food = new Set(['coffee', 'tea', 'chocolate', 'spices']);
    for (const listing of listings) {
      expect([listing.title, listing.vatRateBp]).toEqual([listing.title, food.has(listing.categoryId!) ? 700 : 1900]);
    }
  });

  it('lets German sellers write in German', () => {
    const german = listings.filter((listing) => ['weberei', 'keramik'].includes(listing.sellerId!));
    expect(german.length).toBeGreaterThan(0);
    for (const listing of german) {
      expect(listing.description).toMatch(/\b(und|aus|an|mit)\b/);
      expect(listing.title).not.toMatch(/\b(Linen|Stoneware|Mug|Socks|Shirt|Scarf|Towel)\b/);
    }
  });

  it('has prices that end in 9 cents and a unique SKU for every listing', () => {
    expect(listings.every((listing) => listing.priceAmount! % 10 === 9)).toBe(true);
    expect(new Set(listings.map((listing) => listing.sku)).size).toBe(listings.length);
  });
});
