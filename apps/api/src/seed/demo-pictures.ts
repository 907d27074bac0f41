import sharp from 'sharp';
import { escapeHtml } from '@allmende/core';

/**
 * Product pictures drawn on this machine at seed time (SVG rendered by sharp), so the demo shop
 * looks like a shop without downloading anything: a packshot per kind of goods, coloured by the
 * listing's name or by the colour its variant names.
 */
/** Drawn on a 960 × 720 canvas and rendered at 640 × 480: enough for cards and the product page, and quick. */
export const PICTURE_WIDTH = 640;
export const PICTURE_HEIGHT = 480;

const VARIANT_COLOURS: Record<string, string> = {
  natur: '#d6c7a6',
  'blau gestreift': '#3b5f8f',
  'rot kariert': '#b23a32',
  grau: '#8b9096',
  weiß: '#f1eee6',
  meergrün: '#5d9c8c',
  sand: '#d8c09a',
  mitternachtsblau: '#23335c',
  gesprenkelt: '#e6dcc8',
  rost: '#a5532d',
};

/** A steady colour for a name, so the same product always looks the same. */
function hueOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 3600;
  return hash / 10;
}

const hsl = (h: number, s: number, l: number) => `hsl(${h.toFixed(0)} ${s}% ${l}%)`;

/** Which picture a listing gets: its name and, where the variant is a colour or a shape, that variant. */
export function pictureKey(category: string, name: string, variant: string): string {
  // Glazes, pendant shapes and cloth patterns differ per variant; pack sizes and plain colours share a drawing.
  const varies =
    (category === 'ceramics' && VARIANT_COLOURS[variant] !== undefined) ||
    category === 'jewellery' ||
    /gestreift|kariert/.test(variant);
  return `${category}|${name}|${varies ? variant : ''}`;
}

export async function renderDemoPicture(key: string): Promise<Buffer> {
  const [category, name, variant] = key.split('|');
  const svg = pictureSvg(category, name, variant);
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function pictureSvg(category: string, name: string, variant: string): string {
  const hue = hueOf(name);
  const colour = VARIANT_COLOURS[variant] ?? hsl(hue, 45, 45);
  const label = escapeHtml(name.length > 26 ? `${name.slice(0, 25)}…` : name);
  const object = (DRAW[category] ?? DRAW.spices)({ hue, colour, label, variant });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" viewBox="0 0 960 720">
  <defs>
    <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${hsl(hue, 25, 94)}"/><stop offset="1" stop-color="${hsl(hue, 20, 84)}"/>
    </linearGradient>
    <linearGradient id="table" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#c9a77e"/><stop offset="1" stop-color="#9c7650"/>
    </linearGradient>
    <radialGradient id="shadow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#000" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="shine" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="0.3" stop-color="#fff" stop-opacity="0.35"/>
      <stop offset="0.45" stop-color="#fff" stop-opacity="0"/>
    </linearGradient>
  </defs>
  <rect width="960" height="720" fill="url(#wall)"/>
  <rect y="520" width="960" height="200" fill="url(#table)"/>
  <rect y="520" width="960" height="6" fill="#000" opacity="0.08"/>
  <ellipse cx="480" cy="590" rx="270" ry="34" fill="url(#shadow)"/>
  ${object}
</svg>`;
}

interface Look {
  hue: number;
  colour: string;
  label: string;
  variant: string;
}

const labelText = (label: string, y: number, size = 30, fill = '#2b2b2b') =>
  `<text x="480" y="${y}" font-family="DejaVu Serif, serif" font-size="${size}" text-anchor="middle" fill="${fill}">${label}</text>`;

const beans = (count: number, y: number) =>
  Array.from({ length: count }, (_, i) => {
    const x = 250 + ((i * 97) % 460);
    const dy = (i * 37) % 40;
    return `<g transform="translate(${x} ${y + dy}) rotate(${(i * 53) % 180})"><ellipse rx="17" ry="12" fill="#4a2c1a"/><path d="M-14 0 Q0 -5 14 0" stroke="#2a160b" stroke-width="3" fill="none"/></g>`;
  }).join('');

const DRAW: Record<string, (look: Look) => string> = {
  coffee: ({ colour, label }) => `
    <path d="M340 180 L620 180 L650 580 L310 580 Z" fill="#b88a5a"/>
    <path d="M340 180 L620 180 L628 230 L332 230 Z" fill="#a47649"/>
    <rect x="335" y="150" width="290" height="40" rx="4" fill="#8e6339"/>
    <rect x="370" y="300" width="220" height="190" rx="6" fill="#f4ecdc"/>
    <rect x="370" y="300" width="220" height="40" rx="6" fill="${colour}"/>
    ${labelText('COFFEE', 330, 22, '#fff')}
    ${labelText(label, 420, 20)}
    <path d="M340 180 L310 580" stroke="#000" stroke-opacity="0.08" stroke-width="10"/>
    ${beans(9, 560)}`,
  tea: ({ colour, label }) => `
    <rect x="360" y="220" width="240" height="350" fill="${colour}"/>
    <rect x="360" y="220" width="240" height="350" fill="url(#shine)"/>
    <ellipse cx="480" cy="570" rx="120" ry="22" fill="${colour}"/>
    <rect x="352" y="190" width="256" height="50" fill="#c9c4b8"/>
    <ellipse cx="480" cy="190" rx="128" ry="24" fill="#dcd7cc"/>
    <rect x="380" y="320" width="200" height="150" rx="6" fill="#f6f1e4"/>
    ${labelText('TEA', 355, 22, '#555')}
    ${labelText(label, 410, 14)}
    <path d="M620 560 q40 -60 90 -20 q-40 40 -90 20z" fill="#5b7d3a"/><path d="M660 575 q50 -30 80 10 q-50 20 -80 -10z" fill="#6e9446"/>`,
  chocolate: ({ colour, label }) => `
    <g transform="rotate(-8 480 420)">
      <rect x="280" y="300" width="400" height="220" rx="8" fill="#5a3520"/>
      ${Array.from({ length: 8 }, (_, i) => `<rect x="${292 + (i % 4) * 98}" y="${312 + Math.floor(i / 4) * 102}" width="86" height="92" rx="4" fill="#6b4128" stroke="#3d2213" stroke-width="3"/>`).join('')}
      <rect x="430" y="292" width="262" height="236" rx="8" fill="${colour}"/>
      <rect x="430" y="292" width="262" height="236" rx="8" fill="url(#shine)"/>
      <rect x="450" y="360" width="222" height="100" fill="#f6f1e4"/>
      <text x="561" y="420" font-family="DejaVu Serif, serif" font-size="18" text-anchor="middle" fill="#2b2b2b">${label}</text>
    </g>`,
  spices: ({ colour, label }) => `
    <rect x="385" y="240" width="190" height="330" rx="26" fill="#e9f0f2" fill-opacity="0.55" stroke="#b7c4c8" stroke-width="4"/>
    <rect x="395" y="330" width="170" height="230" rx="18" fill="${colour}"/>
    <rect x="395" y="240" width="60" height="320" fill="url(#shine)"/>
    <rect x="395" y="200" width="170" height="50" rx="8" fill="#a97e52"/>
    <rect x="405" y="400" width="150" height="90" rx="4" fill="#f6f1e4"/>
    ${labelText(label, 452, 14)}
    <circle cx="650" cy="575" r="26" fill="${colour}"/><circle cx="300" cy="580" r="18" fill="${colour}" opacity="0.8"/>`,
  cosmetics: ({ colour, label }) => `
    <rect x="370" y="360" width="220" height="210" rx="20" fill="#f2ede2"/>
    <rect x="370" y="360" width="70" height="210" fill="url(#shine)"/>
    <rect x="360" y="310" width="240" height="70" rx="14" fill="${colour}"/>
    <rect x="390" y="430" width="180" height="90" rx="6" fill="#fff"/>
    ${labelText(label, 482, 15)}
    <path d="M640 575 q30 -80 60 0z" fill="#7aa05a"/><circle cx="300" cy="565" r="22" fill="#f5e3b3"/>`,
  'home-textiles': ({ colour, variant }) => {
    const pattern =
      variant === 'blau gestreift'
        ? Array.from(
            { length: 6 },
            (_, i) => `<rect x="${270 + i * 75}" y="330" width="18" height="240" fill="#f1eee6" opacity="0.9"/>`,
          ).join('')
        : variant === 'rot kariert'
          ? Array.from(
              { length: 6 },
              (_, i) =>
                `<rect x="${270 + i * 75}" y="330" width="22" height="240" fill="#fff" opacity="0.35"/><rect x="250" y="${340 + i * 40}" width="460" height="14" fill="#fff" opacity="0.35"/>`,
            ).join('')
          : '';
    return `
    <rect x="250" y="450" width="460" height="120" rx="14" fill="${colour}" stroke="#000" stroke-opacity="0.12" stroke-width="3"/>
    <rect x="260" y="390" width="440" height="70" rx="14" fill="${colour}" stroke="#000" stroke-opacity="0.12" stroke-width="3"/>
    <rect x="270" y="330" width="420" height="70" rx="14" fill="${colour}" stroke="#000" stroke-opacity="0.12" stroke-width="3"/>
    ${pattern}
    <rect x="270" y="330" width="420" height="240" fill="url(#shine)" opacity="0.5"/>
    <rect x="560" y="300" width="80" height="40" rx="4" fill="#f6f1e4" transform="rotate(8 600 320)"/>`;
  },
  clothing: ({ colour }) => `
    <path d="M330 280 L420 240 Q480 270 540 240 L630 280 L660 380 L600 395 L600 570 L360 570 L360 395 L300 380 Z" fill="${colour}" stroke="#000" stroke-opacity="0.15" stroke-width="3"/>
    <path d="M420 240 Q480 300 540 240" fill="none" stroke="#000" stroke-opacity="0.2" stroke-width="4"/>
    <line x1="480" y1="280" x2="480" y2="570" stroke="#000" stroke-opacity="0.12" stroke-width="3"/>
    ${[320, 380, 440, 500].map((y) => `<circle cx="480" cy="${y}" r="6" fill="#efe9dc"/>`).join('')}
    <path d="M330 280 L420 240 L480 570 L360 570 L360 395 L300 380 Z" fill="url(#shine)" opacity="0.5"/>`,
  ceramics: ({ colour, variant }) => {
    const speckles =
      variant === 'gesprenkelt'
        ? Array.from(
            { length: 40 },
            (_, i) =>
              `<circle cx="${380 + ((i * 53) % 200)}" cy="${320 + ((i * 71) % 230)}" r="3" fill="#4d3b2a" opacity="0.6"/>`,
          ).join('')
        : '';
    return `
    <path d="M370 300 L590 300 L575 560 Q480 590 385 560 Z" fill="${colour}"/>
    <ellipse cx="480" cy="300" rx="110" ry="22" fill="${colour}" stroke="#000" stroke-opacity="0.15" stroke-width="3"/>
    <ellipse cx="480" cy="303" rx="96" ry="16" fill="#000" opacity="0.18"/>
    <path d="M588 350 q90 10 70 100 q-15 60 -80 60" fill="none" stroke="${colour}" stroke-width="26" stroke-linecap="round"/>
    ${speckles}
    <path d="M385 300 L420 300 L430 575 L395 560 Z" fill="url(#shine)"/>
    <path d="M385 520 Q480 560 575 520 L575 560 Q480 590 385 560 Z" fill="#c9b79c"/>`;
  },
  jewellery: ({ hue, variant }) => {
    const stone =
      variant === 'Blatt'
        ? '<path d="M480 360 q70 60 0 170 q-70 -110 0 -170z" fill="#f4f2ee" stroke="#b9b2a6" stroke-width="4"/><path d="M480 380 L480 520" stroke="#b9b2a6" stroke-width="3"/>'
        : variant === 'Tropfen'
          ? '<path d="M480 350 q80 110 0 180 q-80 -70 0 -180z" fill="#f4f2ee" stroke="#b9b2a6" stroke-width="4"/>'
          : '<circle cx="480" cy="440" r="70" fill="#f4f2ee" stroke="#b9b2a6" stroke-width="4"/>';
    return `
    <rect x="180" y="120" width="600" height="420" rx="12" fill="${hsl(hue, 30, 30)}"/>
    <path d="M300 130 Q480 420 660 130" fill="none" stroke="#cfd3d6" stroke-width="5"/>
    <circle cx="480" cy="345" r="10" fill="none" stroke="#cfd3d6" stroke-width="5"/>
    ${stone}
    <ellipse cx="455" cy="410" rx="18" ry="8" fill="#fff" opacity="0.7"/>`;
  },
};
