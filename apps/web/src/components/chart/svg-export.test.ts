import { afterEach, describe, expect, it } from 'vitest';
import { serializeSvg, svgSize } from './svg-export';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.querySelectorAll('style[data-test]').forEach((node) => node.remove());
});

function mount(markup: string, css = ''): SVGSVGElement {
  if (css) {
    const style = document.createElement('style');
    style.dataset.test = '';
    style.textContent = css;
    document.head.append(style);
  }
  document.body.innerHTML = markup;
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

describe('chart SVG export', () => {
  it('inlines the styles the page stylesheet gives, so the file looks the same on its own', () => {
    const svg = mount(
      '<svg width="200" height="100" class="chart" tabindex="0"><rect class="bar" width="10" height="10"/><text class="label">Lithium</text></svg>',
      '.bar { fill: rgb(0, 114, 178); stroke: rgb(255, 255, 255); } .label { font-size: 13px; }',
    );
    const text = serializeSvg(svg, { title: 'Countries covered per material' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 200 100');
    expect(root.getAttribute('tabindex')).toBeNull();
    expect(root.querySelector('title')?.textContent).toBe('Countries covered per material');
    // The first drawn element is the opaque background, so a PNG is not transparent.
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    const bar = root.querySelectorAll('rect')[1];
    expect(bar?.getAttribute('style')).toContain('fill:rgb(0, 114, 178)');
    expect(bar?.getAttribute('class')).toBeNull();
    expect(root.querySelector('text')?.getAttribute('style')).toContain('font-size:13px');
    expect(root.querySelector('text')?.textContent).toBe('Lithium');
    // The page's copy is untouched.
    expect(svg.getAttribute('tabindex')).toBe('0');
  });

  it('reads the size from attributes, else from the viewBox', () => {
    expect(svgSize(mount('<svg width="320" height="160"></svg>'))).toEqual({
      width: 320,
      height: 160,
    });
    expect(svgSize(mount('<svg viewBox="0 0 640 320"></svg>'))).toEqual({
      width: 640,
      height: 320,
    });
  });
});
