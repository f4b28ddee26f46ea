/**
 * Chart images for reports: the chart's own SVG with its computed styles written inline (so the
 * file looks the same outside the page's stylesheet), and a PNG rasterised from that SVG.
 */

const svgNamespace = 'http://www.w3.org/2000/svg';

/** Presentation properties a chart's look depends on; layout properties do not apply to SVG. */
const inlinedProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/** Values every SVG renderer assumes anyway: writing them would only bloat the file. */
const initialValues: Partial<Record<(typeof inlinedProperties)[number], string[]>> = {
  'fill-opacity': ['1'],
  'stroke-opacity': ['1'],
  opacity: ['1'],
  'stroke-dasharray': ['none'],
  'font-style': ['normal'],
  'paint-order': ['normal'],
};

function styleText(element: Element, view: Window): string {
  const computed = view.getComputedStyle(element);
  const declarations: string[] = [];
  for (const property of inlinedProperties) {
    const value = computed.getPropertyValue(property).trim();
    if (value === '' || initialValues[property]?.includes(value)) continue;
    declarations.push(`${property}:${value}`);
  }
  return declarations.join(';');
}

export type SvgSize = { width: number; height: number };

/** The drawing's size in CSS pixels: its width/height attributes, else its viewBox, else its box. */
export function svgSize(svg: SVGSVGElement): SvgSize {
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length === 4 && (viewBox[2] ?? 0) > 0 && (viewBox[3] ?? 0) > 0)
    return { width: viewBox[2] ?? 0, height: viewBox[3] ?? 0 };
  const box = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) };
}

/**
 * A standalone SVG document of `source`: styles inlined element by element, an opaque background,
 * the chart's title as `<title>`, explicit size, and nothing interactive (no tabindex, no events).
 */
export function serializeSvg(
  source: SVGSVGElement,
  { title, background = '#ffffff' }: { title: string; background?: string },
): string {
  const view = source.ownerDocument.defaultView ?? window;
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...Array.from(source.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const style = styleText(original, view);
    if (style) copy.setAttribute('style', style);
    else copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('class');
  });

  const { width, height } = svgSize(source);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('role');
  clone.removeAttribute('aria-hidden');
  clone.removeAttribute('hidden');

  const doc = clone.ownerDocument;
  const rect = doc.createElementNS(svgNamespace, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  const titleElement = doc.createElementNS(svgNamespace, 'title');
  titleElement.textContent = title;
  clone.insertBefore(rect, clone.firstChild);
  clone.insertBefore(titleElement, clone.firstChild);

  let text = new XMLSerializer().serializeToString(clone);
  // Serializers add the namespace for SVG-namespaced nodes; set as an attribute it would repeat.
  if (!/^<svg[^>]*\sxmlns="/.test(text))
    text = text.replace(/^<svg/, `<svg xmlns="${svgNamespace}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** Rasterises an SVG document at `scale` × its size (2 = sharp on high-density screens and print). */
export function svgToPngBlob(svgText: string, size: SvgSize, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(size.width * scale);
      canvas.height = Math.round(size.height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('Canvas is not available'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, size.width, size.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('The chart could not be converted to PNG'));
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart image could not be loaded'));
    };
    image.src = url;
  });
}

/** Saves a blob under `fileName` through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
