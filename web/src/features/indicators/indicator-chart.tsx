/**
 * A chart drawn by Chart.js (MIT, tree-shaken to the line and bar parts, in the staff chunk only). The canvas
 * is hidden from assistive technology; its text alternative is the summary given here, and every chart has
 * the same figures in a data table under it.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export type Series = { label: string; values: (number | null)[]; kind: 'line' | 'bar'; dashed?: boolean; color: string };

export function IndicatorChart({ labels, series, summary }: { labels: string[]; series: Series[]; summary: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: series[0]?.kind ?? 'line',
      data: {
        labels,
        datasets: series.map((s) => ({
          type: s.kind,
          label: s.label,
          data: s.values,
          borderColor: s.color,
          backgroundColor: s.color,
          borderDash: s.dashed ? [6, 4] : [],
          spanGaps: true,
        })),
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <figure className="indicator-chart">
      <div className="indicator-chart__canvas">
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
