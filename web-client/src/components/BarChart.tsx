/** A dependency-free horizontal bar chart (SVG); enough for "points per rule" and similar console views. */
export function BarChart({ title, data }: { title: string; data: { label: string; value: number }[] }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const row = 22;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={title} viewBox={`0 0 320 ${data.length * row}`} width="100%" height={data.length * row}>
        {data.map((d, i) => (
          <g key={d.label} transform={`translate(0 ${i * row})`}>
            <text x="0" y="15" fontSize="11">{d.label.slice(0, 22)}</text>
            <rect x="140" y="4" height="14" width={(d.value / max) * 150} fill="currentColor" opacity="0.6" />
            <text x={146 + (d.value / max) * 150} y="15" fontSize="11">{d.value}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
