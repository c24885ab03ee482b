/**
 * Planning the printed pledge: which font sizes the texts get and which signatures go on
 * which page. The numbers are millimetres on A4 and must match src/styles/print-sheet.css.
 */
import { fitText, linesHeightMm, linesNeeded, type Fit, type FontSize } from './text-fit';
import { paginate, toColumns } from './paginate';
import { splitNames } from './split-names';
import type { PledgeSettings } from '../schemas/pledge-settings';

/** Printable area of an A4 page with the @page margins (13 mm top/bottom, 12 mm sides). */
export const sheetMm = { width: 186, height: 270 } as const;

/** Class sheet geometry (mm). */
export const classSheetMm = {
  footer: 8,
  runningHeader: 14,
  tableHead: 9,
  row: 10,
  /** Space kept free between the blocks. */
  gaps: 6,
  school: 7,
  meta: 7,
  intro: 7,
  closing: 7,
  /** Border and padding of the pledge box (1 + 6 mm) and its inner side padding (2 × 4 mm). */
  boxChrome: 8,
  boxSides: 8,
  itemIndent: 10,
  itemGap: 1,
  /** Column groups side by side in the signature table. */
  columns: 2,
  /** Inner width of a name cell (34 mm column less padding). */
  nameWidth: 31,
  nameHeight: 8,
} as const;

/** Card geometry (mm): 2 × 3 cards per page. */
export const cardMm = {
  columns: 2,
  rows: 3,
  width: sheetMm.width / 2,
  height: sheetMm.height / 3,
  padding: 5,
  header: 6,
  intro: 5,
  signature: 9,
  date: 6,
  gaps: 4,
  itemIndent: 6,
  itemGap: 0.5,
} as const;

const titleSizes: readonly FontSize[] = [22, 18, 15, 13, 12];
const lineSizes: readonly FontSize[] = [12, 11, 10, 9, 8, 7, 6];
const itemSizes: readonly FontSize[] = [15, 13, 12, 11, 10, 9, 8, 7, 6];
const nameSizes: readonly FontSize[] = [12, 11, 10, 9, 8, 7, 6];

/** A text with the font size it prints at. */
export interface FittedText {
  text: string;
  size: FontSize;
  /** False when the text is too long even at the smallest size (it is clipped, and flagged). */
  fits: boolean;
}

/** One signature line: its number (blank lines to fill a page have none) and the name. */
export interface SignatureSlot {
  number: number;
  name: FittedText | null;
}

/** Everything the class sheet needs to render. */
export interface ClassSheetPlan {
  school: FittedText;
  title: FittedText;
  items: FittedText[];
  /** Signature table rows per page; each row has `columns` slots (null: an empty line). */
  pages: (SignatureSlot | null)[][][];
  /** Texts that do not fit even at the smallest size. */
  tooLong: string[];
}

const fitted = (text: string, fit: Fit): FittedText => ({ text, size: fit.size, fits: fit.fits });

/** The largest item size at which all items fit in `heightMm`. */
function fitItems(items: readonly string[], widthMm: number, heightMm: number, gapMm: number) {
  for (const size of itemSizes) {
    const total = items.reduce(
      (sum, item) => sum + linesHeightMm(linesNeeded(item, size, widthMm), size) + gapMm,
      0,
    );
    if (total <= heightMm) return { size, heightMm: total, fits: true };
  }
  const size = itemSizes[itemSizes.length - 1] ?? 6;
  const total = items.reduce(
    (sum, item) => sum + linesHeightMm(linesNeeded(item, size, widthMm), size) + gapMm,
    0,
  );
  return { size, heightMm: total, fits: false };
}

/** Pledge items to print: trimmed, empty ones left out. */
export function printedItems(items: readonly string[]): string[] {
  return items.map((i) => i.trim()).filter((i) => i !== '');
}

/** Who signs, as a list of names ('' for a blank line). */
export function signerNames(settings: PledgeSettings): string[] {
  return settings.signers === 'names'
    ? splitNames(settings.namesText).names
    : Array.from({ length: settings.blankCount }, () => '');
}

function fitName(name: string): FittedText | null {
  if (name === '') return null;
  const fit = fitText(
    name,
    { widthMm: classSheetMm.nameWidth, heightMm: classSheetMm.nameHeight, maxLines: 2 },
    nameSizes,
  );
  return fitted(name, fit);
}

/** Height (mm) of the pledge block on the first page, an upper bound of what prints. */
function pledgeBlock(settings: PledgeSettings) {
  const m = classSheetMm;
  const school = fitText(
    settings.school || '学校',
    { widthMm: sheetMm.width, heightMm: m.school, maxLines: 1 },
    lineSizes,
  );
  const title = fitText(
    settings.title || '倡议书',
    { widthMm: sheetMm.width, heightMm: 22, maxLines: 2 },
    titleSizes,
  );
  const items = printedItems(settings.items);
  // Items may take up to half the page; beyond that they shrink.
  const itemWidth = sheetMm.width - m.boxSides - m.itemIndent;
  const itemFit = fitItems(items, itemWidth, sheetMm.height / 2, m.itemGap);
  const heightMm =
    m.school +
    title.heightMm +
    m.meta +
    m.intro +
    itemFit.heightMm +
    m.closing +
    m.boxChrome +
    m.gaps;
  return { school, title, items, itemFit, heightMm };
}

/**
 * Plan the class sheet: pledge on page 1, the signature table below it and on further
 * pages (each with a running header), every page filled with lines.
 */
export function planClassSheet(settings: PledgeSettings): ClassSheetPlan {
  const m = classSheetMm;
  const block = pledgeBlock(settings);
  const tableSpace = (top: number) => sheetMm.height - m.footer - top - m.tableHead;
  const firstRows = Math.max(0, Math.floor(tableSpace(block.heightMm) / m.row));
  const otherRows = Math.floor(tableSpace(m.runningHeader) / m.row);
  const slots: SignatureSlot[] = signerNames(settings).map((name, i) => ({
    number: i + 1,
    name: fitName(name),
  }));
  const pages = paginate(slots, firstRows * m.columns, otherRows * m.columns).map((entries, i) =>
    toColumns(entries, i === 0 ? firstRows : otherRows, m.columns),
  );
  const items = block.items.map((text) => ({
    text,
    size: block.itemFit.size,
    fits: block.itemFit.fits,
  }));
  const plan = {
    school: fitted(settings.school, block.school),
    title: fitted(settings.title, block.title),
    items,
    pages,
    tooLong: [] as string[],
  };
  plan.tooLong = tooLongTexts([
    plan.school,
    plan.title,
    ...items,
    ...slots.flatMap((s) => (s.name ? [s.name] : [])),
  ]);
  return plan;
}

function tooLongTexts(texts: readonly FittedText[]): string[] {
  return [...new Set(texts.filter((t) => !t.fits && t.text !== '').map((t) => t.text))];
}

/** Everything the cards need to render. */
export interface CardsPlan {
  header: FittedText;
  title: FittedText;
  items: FittedText[];
  /** Cards per page; each card has a name or null (a blank line to write on). */
  pages: (FittedText | null)[][];
  tooLong: string[];
}

/** Plan the individual cards: 6 per page, the last page filled with blank cards. */
export function planCards(settings: PledgeSettings): CardsPlan {
  const c = cardMm;
  const inner = c.width - 2 * c.padding;
  const header = fitText(
    [settings.school, settings.className].filter(Boolean).join(' · ') || '学校 · 班级',
    { widthMm: inner, heightMm: c.header, maxLines: 2 },
    [10, 9, 8, 7, 6],
  );
  const title = fitText(
    settings.title || '倡议书',
    { widthMm: inner, heightMm: 13, maxLines: 2 },
    [15, 13, 12, 11, 10, 9],
  );
  const rest =
    c.height - 2 * c.padding - c.header - title.heightMm - c.intro - c.signature - c.date - c.gaps;
  const items = printedItems(settings.items);
  const itemFit = fitItems(items, inner - c.itemIndent, rest, c.itemGap);
  const perPage = c.columns * c.rows;
  const names = signerNames(settings).map((n) =>
    n === ''
      ? null
      : fitted(n, fitText(n, { widthMm: inner - 18, heightMm: 8, maxLines: 2 }, nameSizes)),
  );
  const pages = paginate(names, perPage, perPage).map((page) =>
    Array.from({ length: perPage }, (_, i) => page[i] ?? null),
  );
  const fittedItems = items.map((text) => ({ text, size: itemFit.size, fits: itemFit.fits }));
  const headerText = [settings.school, settings.className].filter(Boolean).join(' · ');
  const plan = {
    header: fitted(headerText, header),
    title: fitted(settings.title, title),
    items: fittedItems,
    pages,
    tooLong: [] as string[],
  };
  plan.tooLong = tooLongTexts([
    plan.header,
    plan.title,
    ...fittedItems,
    ...names.flatMap((n) => (n ? [n] : [])),
  ]);
  return plan;
}
