import { EntityManager } from 'typeorm';
import { Category, Product } from '@allmende/catalog';

/** The category tree: parents with their children (slug, English, German). */
const CATEGORY_TREE: [string, string, string, [string, string, string][]][] = [
  [
    'food',
    'Food & drink',
    'Lebensmittel & Getränke',
    [
      ['coffee', 'Coffee', 'Kaffee'],
      ['tea', 'Tea', 'Tee'],
      ['chocolate', 'Chocolate & cocoa', 'Schokolade & Kakao'],
      ['spices', 'Spices', 'Gewürze'],
    ],
  ],
  [
    'textiles',
    'Textiles',
    'Textilien',
    [
      ['clothing', 'Clothing', 'Kleidung'],
      ['home-textiles', 'Home textiles', 'Heimtextilien'],
    ],
  ],
  [
    'crafts',
    'Crafts',
    'Kunsthandwerk',
    [
      ['ceramics', 'Ceramics', 'Keramik'],
      ['jewellery', 'Jewellery', 'Schmuck'],
    ],
  ],
  ['cosmetics', 'Natural cosmetics', 'Naturkosmetik', []],
];

interface ProductLine {
  category: string;
  names: string[];
  variants: string[];
  description: string;
  priceRange: [number, number];
  vatRateBp: number;
  unit?: { quantity: number; unit: 'KG' | 'G' | 'L' | 'ML' | 'M' | 'PIECE' };
  fair?: string;
  ecological?: string;
  smallAndPrecious?: boolean;
}

/** What each demo organisation sells, by its demo owner's email. */
const RANGES: Record<string, { region: string; country: string; lines: ProductLine[] }> = {
  'chiapas@allmende.example': {
    region: 'Chiapas highlands',
    country: 'MX',
    lines: [
      {
        category: 'coffee',
        names: [
          'Highland Coffee',
          'Espresso Roast',
          'Café de Olla Blend',
          'Decaf Mountain Water Coffee',
          'Single-Origin Fair Coffee',
        ],
        variants: [
          'whole beans 250 g',
          'ground 250 g',
          'whole beans 1 kg',
          'ground 500 g',
          'whole beans 500 g',
          'filter grind 250 g',
          'espresso grind 250 g',
        ],
        description:
          'Shade-grown arabica from smallholder families, washed and sun-dried at the co-op, roasted in small batches.',
        priceRange: [699, 2999],
        vatRateBp: 700,
        unit: { quantity: 0.25, unit: 'KG' },
        fair: 'Fairtrade',
        ecological: 'EU organic',
      },
    ],
  },
  'darjeeling@allmende.example': {
    region: 'Darjeeling',
    country: 'IN',
    lines: [
      {
        category: 'tea',
        names: [
          'First Flush Darjeeling',
          'Second Flush Muscatel',
          'Green Darjeeling',
          'White Tea Silver Tips',
          'Autumn Flush Black Tea',
          'Chai Spice Blend',
        ],
        variants: [
          'loose leaf 100 g',
          'loose leaf 250 g',
          'tea bags 20 × 2 g',
          'tin 50 g',
          'loose leaf 500 g',
          'gift box 3 × 50 g',
        ],
        description: 'Hand-plucked leaves from small tea growers, withered and rolled in the co-op factory.',
        priceRange: [450, 3450],
        vatRateBp: 700,
        unit: { quantity: 100, unit: 'G' },
        fair: 'Fairtrade',
        ecological: 'Naturland',
      },
    ],
  },
  'kakao@allmende.example': {
    region: 'Manabí',
    country: 'EC',
    lines: [
      {
        category: 'chocolate',
        names: [
          'Dark Chocolate 70 %',
          'Milk Chocolate with Cocoa Nibs',
          'Raw Cacao Nibs',
          'Drinking Chocolate',
          'Cocoa Powder',
          'Dark Chocolate with Sea Salt',
        ],
        variants: ['bar 100 g', 'bar 50 g', 'pouch 250 g', 'tin 200 g', 'pack of 5 bars', 'gift box'],
        description: 'Nacional fine-flavour cacao, fermented and dried by the co-op, made into chocolate in Ecuador.',
        priceRange: [299, 2499],
        vatRateBp: 700,
        unit: { quantity: 100, unit: 'G' },
        fair: 'WFTO',
        ecological: 'EU organic',
      },
      {
        category: 'spices',
        names: ['Vanilla Pods', 'Cinnamon Sticks', 'Achiote Paste'],
        variants: ['2 pods', '50 g', '100 g'],
        description: 'Grown between the cacao trees, cured by hand.',
        priceRange: [399, 1299],
        vatRateBp: 700,
        unit: { quantity: 50, unit: 'G' },
        fair: 'WFTO',
        smallAndPrecious: true,
      },
    ],
  },
  'shea@allmende.example': {
    region: 'Northern Region',
    country: 'GH',
    lines: [
      {
        category: 'cosmetics',
        names: ['Raw Shea Butter', 'Whipped Shea Body Butter', 'Shea Soap with Lemongrass', 'Shea Lip Balm', 'Black Soap'],
        variants: ['jar 100 ml', 'jar 250 ml', 'bar 120 g', 'tube 10 ml', 'refill 500 ml', 'travel size 30 ml'],
        description: 'Nuts gathered and butter pressed by the women of the co-operative, unrefined.',
        priceRange: [350, 2800],
        vatRateBp: 1900,
        unit: { quantity: 100, unit: 'ML' },
        fair: 'WFTO',
        ecological: 'Ecocert',
        smallAndPrecious: true,
      },
    ],
  },
  'weberei@allmende.example': {
    region: 'Oberlausitz',
    country: 'DE',
    lines: [
      {
        category: 'home-textiles',
        names: ['Linen Tea Towel', 'Half-Linen Tablecloth', 'Jacquard Blanket', 'Cotton Bath Towel'],
        variants: ['natural', 'blue stripes', 'red check', 'grey', 'white'],
        description: 'Woven on restored looms from GOTS-certified organic cotton and European linen.',
        priceRange: [1490, 12900],
        vatRateBp: 1900,
        unit: { quantity: 1, unit: 'PIECE' },
        ecological: 'GOTS',
      },
      {
        category: 'clothing',
        names: ['Linen Shirt', 'Organic Cotton Scarf', 'Wool Socks'],
        variants: ['S', 'M', 'L', 'XL', 'one size'],
        description: 'Cut and sewn in our workshop from our own cloth.',
        priceRange: [1990, 8900],
        vatRateBp: 1900,
        ecological: 'GOTS',
      },
    ],
  },
  'keramik@allmende.example': {
    region: 'Saxony-Anhalt',
    country: 'DE',
    lines: [
      {
        category: 'ceramics',
        names: ['Stoneware Mug', 'Breakfast Bowl', 'Teapot', 'Serving Plate', 'Espresso Cup'],
        variants: ['sea green', 'sand', 'midnight blue', 'white', 'speckled', 'rust'],
        description: 'Thrown by hand on the wheel and glazed with lead-free glazes, each one a little different.',
        priceRange: [1800, 7900],
        vatRateBp: 1900,
        smallAndPrecious: true,
      },
      {
        category: 'jewellery',
        names: ['Ceramic Pendant', 'Porcelain Earrings'],
        variants: ['round', 'leaf', 'drop'],
        description: 'Small porcelain pieces on recycled silver.',
        priceRange: [2400, 5900],
        vatRateBp: 1900,
        smallAndPrecious: true,
      },
    ],
  },
};

/** A tiny deterministic PRNG, so the demo catalog is the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Loads the category tree and a few hundred listings of the demo sellers, all on sale. */
export async function seedDemoCatalog(db: EntityManager, organisationOfOwner: Map<string, string>): Promise<number> {
  const categories = db.getRepository(Category);
  const slugIds = new Map<string, string>();
  for (const [position, [slug, nameEn, nameDe, children]] of CATEGORY_TREE.entries()) {
    const parent = await categories.save(categories.create({ slug, nameEn, nameDe, position, parentId: null }));
    slugIds.set(slug, parent.id);
    for (const [childPosition, [childSlug, childEn, childDe]] of children.entries()) {
      const child = await categories.save(
        categories.create({ slug: childSlug, nameEn: childEn, nameDe: childDe, position: childPosition, parentId: parent.id }),
      );
      slugIds.set(childSlug, child.id);
    }
  }

  const next = random(42);
  const products: Partial<Product>[] = [];
  for (const [owner, range] of Object.entries(RANGES)) {
    const sellerId = organisationOfOwner.get(owner)!;
    for (const line of range.lines) {
      for (const name of line.names) {
        for (const variant of line.variants) {
          const [low, high] = line.priceRange;
          const price = Math.round((low + next() * (high - low)) / 10) * 10 - 1;
          products.push({
            sellerId,
            sellerKind: 'ORGANISATION',
            sku: `${name}-${variant}`
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .slice(0, 64),
            title: `${name}, ${variant}`,
            description: line.description,
            categoryId: slugIds.get(line.category)!,
            priceAmount: price,
            currency: 'EUR',
            vatRateBp: line.vatRateBp,
            stock: 5 + Math.floor(next() * 60),
            condition: 'NEW',
            fair: Boolean(line.fair),
            fairSeal: line.fair ?? null,
            ecological: Boolean(line.ecological),
            ecologicalSeal: line.ecological ?? null,
            smallAndPrecious: line.smallAndPrecious ?? false,
            originRegion: range.region,
            originCountry: range.country,
            unitQuantity: line.unit?.quantity ?? null,
            unit: line.unit?.unit ?? null,
            state: 'ACTIVE',
            publishedAt: new Date(Date.UTC(2026, 9, 1) + Math.floor(next() * 50 * 86_400_000)),
          });
        }
      }
    }
  }
  await db.getRepository(Product).insert(products);
  return products.length;
}
