// Progress over time: one trainee's scores, oldest first, as an inline SVG line (no library).
import { el } from "./ui.js";
import { num, tr } from "./training-text.js";

const SVG = "http://www.w3.org/2000/svg";
const svg = (tag, attrs = {}, ...children) => {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  node.append(...children);
  return node;
};

/** points: [{attempt, at, score}] oldest first; max: the top of the scale. */
export function progressChart(points, max = 100, { width = 640, height = 220 } = {}) {
  const pad = { left: 36, right: 12, top: 12, bottom: 28 };
  const w = width - pad.left - pad.right, h = height - pad.top - pad.bottom;
  const x = (i) => pad.left + (points.length === 1 ? w / 2 : (i * w) / (points.length - 1));
  const y = (score) => pad.top + h - (Math.max(0, Math.min(max, score)) / max) * h;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "progress-chart", role: "img",
    "aria-label": tr("progress_aria", { n: points.length, last: num(points.at(-1)?.score) }) });
  for (const tick of [0, 25, 50, 75, 100].map((p) => (p * max) / 100)) {
    chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), class: "grid" }),
      svg("text", { x: pad.left - 6, y: y(tick) + 4, "text-anchor": "end", class: "axis" }, num(tick)));
  }
  const scored = points.map((p, i) => ({ ...p, i })).filter((p) => p.score != null);
  chart.append(svg("polyline", { class: "line", fill: "none", points: scored.map((p) => `${x(p.i)},${y(p.score)}`).join(" ") }));
  for (const p of scored) {
    const label = `${new Date(p.at).toLocaleDateString()} · ${num(p.score)}`;
    const dot = svg("a", { href: `#attempt/${p.attempt}` },
      svg("circle", { cx: x(p.i), cy: y(p.score), r: 5, class: "dot", "data-score": p.score }, svg("title", {}, label)),
      svg("text", { x: x(p.i), y: y(p.score) - 9, "text-anchor": "middle", class: "value" }, num(p.score)));
    chart.append(dot, svg("text", { x: x(p.i), y: height - 8, "text-anchor": "middle", class: "axis" }, `#${p.i + 1}`));
  }
  return el("figure", { className: "chart" }, chart);
}
