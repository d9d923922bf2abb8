// exportChart.ts turns a drawn chart (an <svg> whose title, legend, caption and source line are inside it)
// into a standalone SVG file or a PNG at slide size, and copies a PNG to the clipboard.

export interface SlideSize {
  id: string;
  label: string;
  widthPx: number;
  heightPx: number;
}

export const SLIDE_SIZES: readonly SlideSize[] = [
  { id: '16x9-720', label: '16:9, 1280 × 720', widthPx: 1280, heightPx: 720 },
  { id: '16x9-1080', label: '16:9, 1920 × 1080', widthPx: 1920, heightPx: 1080 },
  { id: '4x3-768', label: '4:3, 1024 × 768', widthPx: 1024, heightPx: 768 },
];
export const SCALES = [1, 2, 4] as const;
export type Background = 'white' | 'transparent';

export interface ExportOptions {
  widthPx: number;
  heightPx: number;
  background: Background;
}

/** Presentation properties copied from the live page onto the clone, so the file looks the same anywhere. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/**
 * A standalone SVG document of `svg`, fitted into `widthPx × heightPx` (the chart keeps its proportions and is
 * centred; the rest is background). Styles from stylesheets are inlined; elements marked
 * `data-export="skip"` (focus rings, hover readouts) are left out.
 */
export function chartToSvgText(svg: SVGSVGElement, o: ExportOptions): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  for (const el of Array.from(clone.querySelectorAll('[data-export="skip"]'))) el.remove();
  const box = svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0 ? svg.viewBox.baseVal : { x: 0, y: 0, width: svg.clientWidth, height: svg.clientHeight };
  const ns = 'http://www.w3.org/2000/svg';
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('width', String(o.widthPx));
  out.setAttribute('height', String(o.heightPx));
  out.setAttribute('viewBox', `0 0 ${o.widthPx} ${o.heightPx}`);
  const title = svg.querySelector('title');
  if (title) out.appendChild(title.cloneNode(true));
  if (o.background === 'white') {
    const bg = document.createElementNS(ns, 'rect');
    bg.setAttribute('width', '100%');
    bg.setAttribute('height', '100%');
    bg.setAttribute('fill', '#ffffff');
    out.appendChild(bg);
  }
  // Nest the chart in a fitted viewport: proportions kept, centred in the slide.
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(o.widthPx));
  clone.setAttribute('height', String(o.heightPx));
  clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  clone.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  clone.removeAttribute('style');
  if (o.background === 'transparent') clone.style.background = 'none';
  out.appendChild(clone);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out);
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const color = computed.getPropertyValue('color');
  const decl: string[] = [];
  for (const prop of STYLE_PROPS) {
    let value = computed.getPropertyValue(prop);
    if (!value) continue;
    if (value === 'currentcolor' || value === 'currentColor') value = color;
    decl.push(`${prop}:${value}`);
  }
  if (source instanceof SVGElement) (target as SVGElement).setAttribute('style', decl.join(';'));
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

/** Rasterises standalone SVG text to a PNG of exactly (widthPx × scale) × (heightPx × scale) pixels. */
export async function svgTextToPng(svgText: string, o: ExportOptions, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    });
    img.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(o.widthPx * scale);
    canvas.height = Math.round(o.heightPx * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw to a canvas.');
    if (o.background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Starts a download of `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies a PNG to the clipboard (for pasting into PowerPoint, Keynote or Google Slides). */
export async function copyPngToClipboard(png: Blob | Promise<Blob>): Promise<void> {
  if (!navigator.clipboard || typeof ClipboardItem === 'undefined') {
    throw new Error('This browser does not let pages copy images; download the PNG instead.');
  }
  // Safari needs the ClipboardItem created synchronously in the click handler, with a promise inside.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

// The file name of a download lives in its own file (exportFileName.ts); re-exported for the menus that import it here.
export { exportFileName } from './exportFileName';
