/**
 * Analytics: totals for a chosen period (GET /analytics) and per-day charts drawn by uPlot from
 * GET /analytics/timeseries: conversations and escalations, escalation rate, QA average, feedback.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { api } from '../api.ts';
import type { Analytics as Totals, DayBucket } from '../types.ts';
import { ErrorText, messageOf } from '../ui.tsx';

const PERIODS = [7, 30, 90, 365];

interface Series {
  label: string;
  values: (number | null)[];
  color: string;
  bars?: boolean;
}

export function Analytics() {
  const [days, setDays] = useState(30);
  const [buckets, setBuckets] = useState<DayBucket[] | null>(null);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([api<{ buckets: DayBucket[] }>('GET', `/analytics/timeseries?days=${days}`), api<Totals>('GET', `/analytics?days=${days}`)])
      .then(([series, sum]) => {
        setBuckets(series.buckets);
        setTotals(sum);
        setError(null);
      })
      .catch((err) => setError(messageOf(err)));
  }, [days]);

  const x = buckets?.map((b) => Date.parse(`${b.date}T00:00:00Z`) / 1000) ?? [];
  const pick = (f: (b: DayBucket) => number | null) => buckets?.map(f) ?? [];
  return (
    <section aria-labelledby="analytics-title">
      <h1 id="analytics-title">Analytics</h1>
      <div class="row">
        <label for="period">Period</label>
        <select id="period" value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
          {PERIODS.map((d) => <option value={d}>Last {d} days</option>)}
        </select>
      </div>
      <ErrorText error={error} />
      {totals && (
        <dl class="totals">
          <div><dt>Conversations</dt><dd>{totals.conversations}</dd></div>
          <div><dt>Escalation rate</dt><dd>{Math.round(totals.escalationShare * 100)}%</dd></div>
          <div><dt>QA average</dt><dd>{totals.qaAverage === null ? '—' : totals.qaAverage.toFixed(2)}</dd></div>
          <div><dt>Feedback</dt><dd>▲ {totals.feedback.up} · ▼ {totals.feedback.down}</dd></div>
        </dl>
      )}
      {buckets && (
        <div class="charts">
          <Chart title="Conversations per day" x={x} series={[
            { label: 'Conversations', values: pick((b) => b.conversations), color: '#2563eb', bars: true },
            { label: 'Escalations', values: pick((b) => b.escalations), color: '#dc2626', bars: true },
          ]} />
          <Chart title="Escalation rate (%)" x={x} series={[{ label: 'Escalation rate', values: pick((b) => (b.conversations ? b.escalationRate * 100 : null)), color: '#d97706' }]} />
          <Chart title="QA average (1–5)" x={x} range={[0, 5]} series={[{ label: 'QA average', values: pick((b) => b.qaAverage), color: '#059669' }]} />
          <Chart title="Feedback" x={x} series={[
            { label: 'Thumbs up', values: pick((b) => b.feedbackUp), color: '#059669', bars: true },
            { label: 'Thumbs down', values: pick((b) => b.feedbackDown), color: '#dc2626', bars: true },
          ]} />
        </div>
      )}
    </section>
  );
}

/** One uPlot chart, redrawn when its data changes and resized with its container. */
function Chart({ title, x, series, range }: { title: string; x: number[]; series: Series[]; range?: [number, number] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current!;
    const width = () => Math.max(260, element.clientWidth);
    const plot = new uPlot(
      {
        width: width(),
        height: 220,
        // Half a day of room on each side, so the first and last days' bars are whole.
        scales: { x: { time: true, range: (_u, min, max) => [min - 43_200, max + 43_200] }, y: range ? { range } : { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{ stroke: '#374151' }, { stroke: '#374151', size: 44 }],
        series: [
          {},
          ...series.map((s, i) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            fill: s.bars ? `${s.color}33` : undefined,
            spanGaps: !s.bars,
            points: { show: !s.bars },
            // Two bar series stand side by side in each day (left and right of its tick).
            paths: s.bars ? uPlot.paths.bars!(series.length > 1 ? { size: [0.35, 24], align: i === 0 ? -1 : 1 } : { size: [0.6, 40] }) : undefined,
          })),
        ],
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      element,
    );
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: 220 }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [x.join(), JSON.stringify(series.map((s) => s.values))]);
  return (
    <figure class="chart card">
      <figcaption>{title}</figcaption>
      <div ref={box} class="plot" data-points={series.map((s) => s.values.filter((v) => v !== null).length).join(',')} />
    </figure>
  );
}
