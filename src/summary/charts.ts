// Inline SVG charts: no script, no font or image from the network; every label goes through
// escapeHtml. Each chart is a role="img" with a <title> and a <desc> (its figures in words), and the
// HTML puts a table of the same figures beside it.
import { escapeHtml } from './escape';

/** The size and margins of the charts, in SVG units (the chart scales to the page's width). */
const WIDTH = 640;
const BAR_CHART_HEIGHT = 300;
const MARGIN = { top: 16, right: 16, bottom: 56, left: 64 };
/** Horizontal bar charts: the height of one row, and room for the labels on the left. */
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 200;
/** Longest label (in characters) drawn beside a horizontal bar; the table beside has the full text. */
const MAX_LABEL_CHARS = 26;
/** Roughly how many ticks an axis gets. */
const TICKS = 5;

export interface Bar {
  label: string;
  value: number;
  /** The value as written at the end of the bar and in the description ("42%", "12"). */
  text: string;
}

export interface ChartText {
  /** Unique in the page: the ids of the title and description are made from it. */
  id: string;
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
}

/**
 * Tick values from 0 to a round maximum at or above `max` (steps of 1, 2 or 5 times a power of ten;
 * whole steps when `whole`, as for counts).
 */
export function ticks(max: number, { wanted = TICKS, whole = true }: { wanted?: number; whole?: boolean } = {}): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / wanted;
  const power = 10 ** Math.floor(Math.log10(raw));
  const found = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const step = whole ? Math.max(1, Math.round(found)) : found;
  const out: number[] = [];
  for (let i = 0; out[out.length - 1] === undefined || out[out.length - 1]! < max - 1e-9; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

const clip = (label: string): string => (label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label);
const n = (v: number): string => String(Math.round(v * 10) / 10);

function open(text: ChartText, width: number, height: number): string {
  const id = escapeHtml(text.id);
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`
    + `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.desc)}</desc>`;
}

/** Vertical bars (a histogram): one bar per category on the x axis, counts on the y axis. */
export function columnChart(bars: readonly Bar[], text: ChartText, formatTick: (v: number) => string = String): string {
  const height = BAR_CHART_HEIGHT;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const scale = ticks(Math.max(0, ...bars.map((b) => b.value)));
  const top = scale[scale.length - 1] ?? 1;
  const y = (v: number): number => MARGIN.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, bars.length);
  const parts = [open(text, WIDTH, height)];
  for (const t of scale) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${n(y(t))}" y2="${n(y(t))}"/>`
      + `<text class="tick" x="${MARGIN.left - 6}" y="${n(y(t) + 4)}" text-anchor="end">${escapeHtml(formatTick(t))}</text>`);
  }
  bars.forEach((b, i) => {
    const x = MARGIN.left + i * slot;
    const h = (b.value / top) * plotH;
    parts.push(`<g class="bar"><rect x="${n(x + slot * 0.1)}" y="${n(y(b.value))}" width="${n(slot * 0.8)}" height="${n(h)}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect>`
      + (b.value > 0 ? `<text class="value" x="${n(x + slot / 2)}" y="${n(y(b.value) - 4)}" text-anchor="middle">${escapeHtml(b.text)}</text>` : '')
      + `<text class="tick" x="${n(x + slot / 2)}" y="${height - MARGIN.bottom + 16}" text-anchor="middle">${escapeHtml(b.label)}</text></g>`);
  });
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${n(y(0))}" y2="${n(y(0))}"/>`
    + `<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${n(y(0))}"/>`
    + `<text class="axis-label" x="${MARGIN.left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeHtml(text.xLabel)}</text>`
    + `<text class="axis-label" transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(text.yLabel)}</text>`
    + '</svg>');
  return parts.join('');
}

/** Horizontal bars: one row per label, values on the x axis from 0 to `max` (1 for shares). */
export function barChart(bars: readonly Bar[], text: ChartText, options: { max?: number; whole?: boolean; formatTick?: (v: number) => string } = {}): string {
  const formatTick = options.formatTick ?? String;
  const left = LABEL_WIDTH;
  const plotW = WIDTH - left - MARGIN.right - 40;
  const plotH = Math.max(1, bars.length) * ROW_HEIGHT;
  const height = MARGIN.top + plotH + MARGIN.bottom;
  const scale = ticks(options.max ?? Math.max(0, ...bars.map((b) => b.value)), { wanted: 5, whole: options.whole ?? true });
  const top = scale[scale.length - 1] ?? 1;
  const x = (v: number): number => left + (v / top) * plotW;
  const parts = [open(text, WIDTH, height)];
  for (const t of scale) {
    parts.push(`<line class="grid" x1="${n(x(t))}" x2="${n(x(t))}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`
      + `<text class="tick" x="${n(x(t))}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${escapeHtml(formatTick(t))}</text>`);
  }
  bars.forEach((b, i) => {
    const y = MARGIN.top + i * ROW_HEIGHT;
    const w = (b.value / top) * plotW;
    parts.push(`<g class="bar"><text class="tick" x="${left - 6}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end">${escapeHtml(clip(b.label))}</text>`
      + `<rect x="${left}" y="${y + 3}" width="${n(Math.max(w, 0))}" height="${ROW_HEIGHT - 6}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect>`
      + `<text class="value" x="${n(x(b.value) + 4)}" y="${y + ROW_HEIGHT / 2 + 4}">${escapeHtml(b.text)}</text></g>`);
  });
  parts.push(`<line class="axis" x1="${left}" x2="${left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`
    + `<line class="axis" x1="${left}" x2="${left + plotW}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}"/>`
    + `<text class="axis-label" x="${left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeHtml(text.xLabel)}</text>`
    + `<text class="axis-label" x="${left - 6}" y="${MARGIN.top - 4}" text-anchor="end">${escapeHtml(text.yLabel)}</text>`
    + '</svg>');
  return parts.join('');
}
