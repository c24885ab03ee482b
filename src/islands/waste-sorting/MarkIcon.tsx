import { wasteMarks } from '../../lib/waste-sorting/marks';
import { wasteCategoryColours, type WasteCategory } from '../../schemas/waste-sorting/vocab';

/** A category mark as inline SVG (decorative: the bin's text names the category). */
export default function MarkIcon({ category }: { category: WasteCategory }) {
  const m = wasteMarks[category];
  const colour = wasteCategoryColours[category];
  return (
    <svg class="eck-ws-mark" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <path d={m.outline} fill={colour} />
      <path d={m.fills} fill="#fff" />
      <path d={m.strokes} fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" />
      {m.cuts && (
        <path d={m.cuts} fill="none" stroke={colour} stroke-width="4" stroke-linecap="round" />
      )}
    </svg>
  );
}
