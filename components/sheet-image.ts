/**
 * A one-page sheet (the unpaid payslip, the year in review) drawn on a canvas and saved as a PNG: drawn here with
 * the system's fonts, nothing fetched (the extension pages' CSP allows no other source anyway). Every string drawn
 * is also put in the canvas as its fallback content, so the image's text is in the DOM it came from (screen readers,
 * tests).
 */
export interface SheetTable {
  columns: string[];
  /** Which columns are numbers (right-aligned). */
  numeric: boolean[];
  /** Column widths as fractions of the table's width. */
  widths: number[];
  groups: { heading?: string; color?: string; rows: string[][]; subtotal?: string[] }[];
  foot: { cells: string[]; strong?: boolean }[];
}

export interface SheetSpec {
  brand: string;
  title: string;
  subtitle: string;
  /** The line read at a glance: a label and a big value ("Net pay" "€0.00"). */
  headline: { label: string; value: string; above?: string };
  glance: string;
  meta: [string, string][];
  bars?: { title: string; items: { label: string; value: number; text: string }[] };
  tables: { title?: string; table: SheetTable }[];
  notes: string[];
  /** Accent colour of the big value. */
  accent?: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
const INK = '#1d1b18';
const MUTED = '#5f5a52';
const LINE = '#d9d3c7';
const PAPER = '#fffdf8';
const BAND = '#f1ece2';
const ACCENT = '#b3361b';

/** Logical width; the bitmap is drawn at twice that, so the PNG is 1,600 px wide. */
export const SHEET_WIDTH = 800;
export const SHEET_SCALE = 2;
const PAD = 40;

type Ctx = CanvasRenderingContext2D;

/** Splits text into lines no wider than `width`. */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Truncates a single cell with an ellipsis rather than letting it run into the next column. */
function fit(ctx: Ctx, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > width) s = s.slice(0, -1);
  return `${s}…`;
}

/**
 * Lays the sheet out and, when `draw`, paints it; returns the height used and every string drawn. Run once to
 * measure, once to paint.
 */
function layout(ctx: Ctx, spec: SheetSpec, draw: boolean): { height: number; texts: string[] } {
  const texts: string[] = [];
  const W = SHEET_WIDTH;
  const inner = W - 2 * PAD;
  let y = PAD;
  const text = (s: string, x: number, yy: number, font: string, color = INK, align: CanvasTextAlign = 'left') => {
    ctx.font = `${font} ${FONT}`;
    if (draw) {
      ctx.fillStyle = color;
      ctx.textAlign = align;
      ctx.fillText(s, x, yy);
    }
    texts.push(s);
  };
  const rule = (yy: number, color = LINE, width = 1) => {
    if (!draw) return;
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(PAD, yy);
    ctx.lineTo(W - PAD, yy);
    ctx.stroke();
  };
  const paragraph = (s: string, font: string, size: number, color = INK) => {
    ctx.font = `${font} ${FONT}`;
    for (const l of wrap(ctx, s, inner)) {
      y += size * 1.35;
      text(l, PAD, y, font, color);
    }
  };

  ctx.textBaseline = 'alphabetic';
  // Brand and title, with the big value on the right.
  text(spec.brand.toUpperCase(), PAD, y + 12, '600 12px', MUTED);
  y += 12;
  const big = spec.headline.value;
  text(spec.title, PAD, y + 34, '700 26px', INK);
  text(spec.subtitle, PAD, y + 58, '400 15px', MUTED);
  if (spec.headline.above) text(spec.headline.above, W - PAD, y - 2, '600 14px', INK, 'right');
  text(spec.headline.label, W - PAD, y + 18, '600 13px', MUTED, 'right');
  text(big, W - PAD, y + 52, '700 30px', spec.accent ?? ACCENT, 'right');
  y += 72;
  rule(y, INK, 2);
  y += 4;
  paragraph(spec.glance, '600 17px', 17);
  y += 10;

  // Meta: one "label  value" line each (a value may wrap).
  if (spec.meta.length) {
    y += 4;
    for (const [label, value] of spec.meta) {
      y += 20;
      text(label, PAD, y, '600 12px', MUTED);
      ctx.font = `400 13px ${FONT}`;
      wrap(ctx, value, inner - 130).forEach((l, i) => {
        if (i) y += 17;
        text(l, PAD + 130, y, '400 13px', INK);
      });
    }
    y += 12;
  }

  // Bars (the year's months).
  if (spec.bars && spec.bars.items.length) {
    y += 14;
    text(spec.bars.title, PAD, y + 4, '700 14px', INK);
    y += 14;
    const h = 90;
    const n = spec.bars.items.length;
    const slot = inner / n;
    const max = Math.max(1, ...spec.bars.items.map((b) => b.value));
    spec.bars.items.forEach((b, i) => {
      const x = PAD + i * slot;
      const bh = Math.max(b.value > 0 ? 2 : 0, (h * b.value) / max);
      if (draw) {
        ctx.fillStyle = ACCENT;
        ctx.fillRect(x + slot * 0.2, y + 16 + h - bh, slot * 0.6, bh);
      }
      text(b.text, x + slot / 2, y + 12 + h - bh, '400 10px', MUTED, 'center');
      text(b.label, x + slot / 2, y + h + 30, '400 11px', MUTED, 'center');
    });
    y += h + 38;
  }

  // Tables.
  for (const { title, table } of spec.tables) {
    y += 16;
    if (title) {
      text(title, PAD, y + 4, '700 14px', INK);
      y += 12;
    }
    const xs: number[] = [];
    let acc = PAD;
    for (const w of table.widths) {
      xs.push(acc);
      acc += w * inner;
    }
    const cell = (cells: string[], yy: number, font: string, color = INK) =>
      cells.forEach((c, i) => {
        if (!c) return;
        // A label may run over the empty cells after it ("Paid by the platforms" on a row with only an amount).
        let span = table.widths[i]!;
        for (let j = i + 1; !table.numeric[i] && j < cells.length && !cells[j]; j++) span += table.widths[j]!;
        const w = span * inner - 8;
        ctx.font = `${font} ${FONT}`;
        const s = fit(ctx, c, w);
        if (table.numeric[i]) text(s, xs[i]! + table.widths[i]! * inner - 4, yy, font, color, 'right');
        else text(s, xs[i]! + 4, yy, font, color);
      });
    y += 8;
    if (draw) {
      ctx.fillStyle = BAND;
      ctx.fillRect(PAD, y, inner, 26);
    }
    cell(table.columns, y + 17, '600 12px', INK);
    y += 26;
    for (const g of table.groups) {
      if (g.heading) {
        y += 28;
        text(g.heading, PAD + 4, y, '700 13px', g.color ?? INK);
        y += 4;
        rule(y);
      }
      for (const r of g.rows) {
        y += 20;
        cell(r, y, '400 13px');
      }
      if (g.subtotal) {
        y += 6;
        rule(y);
        y += 17;
        cell(g.subtotal, y, 'italic 400 12px', MUTED);
      }
    }
    y += 8;
    rule(y, INK, 1.5);
    for (const f of table.foot) {
      y += f.strong ? 30 : 22;
      if (f.strong && draw) {
        ctx.fillStyle = BAND;
        ctx.fillRect(PAD, y - 21, inner, 30);
      }
      cell(f.cells, y, f.strong ? '700 17px' : '600 13px', f.strong ? (spec.accent ?? ACCENT) : INK);
    }
    y += 10;
  }

  // Footnotes.
  if (spec.notes.length) {
    y += 8;
    rule(y);
    y += 4;
    for (const n of spec.notes) paragraph(n, '400 11px', 11, MUTED);
  }
  y += PAD;
  return { height: Math.ceil(y), texts };
}

/**
 * Draws the sheet on `canvas` (resized to fit) and puts the drawn text in it as fallback content. Returns false
 * where the browser gives no 2D context (test doubles).
 */
export function drawSheet(canvas: HTMLCanvasElement, spec: SheetSpec): boolean {
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  const { height } = layout(ctx, spec, false);
  canvas.width = SHEET_WIDTH * SHEET_SCALE;
  canvas.height = height * SHEET_SCALE;
  ctx.setTransform(SHEET_SCALE, 0, 0, SHEET_SCALE, 0, 0);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, SHEET_WIDTH, height);
  const { texts } = layout(ctx, spec, true);
  const fallback = canvas.ownerDocument.createElement('ul');
  for (const s of texts) {
    const li = canvas.ownerDocument.createElement('li');
    li.textContent = s;
    fallback.append(li);
  }
  canvas.replaceChildren(fallback);
  return true;
}

/** Saves a canvas as a PNG file through an `<a download>`: no downloads permission, nothing leaves the machine. */
export function savePng(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => {
      if (!blob) return fail(new Error('the image could not be made'));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      done();
    }, 'image/png'),
  );
}
