// A horizontal bar as inline SVG, drawn by hand: a track and a fill, coloured by the page's
// theme through CSS classes. Hidden from screen readers: the same figures are in the table
// cell beside it, as text.

export function barSvg(fraction: number): string {
  const width = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0)) * 100;
  return (
    '<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">' +
    `<rect class="bar-fill" x="0" y="0" width="${width.toFixed(2)}" height="10"/>` +
    '<rect class="bar-track" x="0" y="0" width="100" height="10" vector-effect="non-scaling-stroke"/>' +
    '</svg>'
  );
}
