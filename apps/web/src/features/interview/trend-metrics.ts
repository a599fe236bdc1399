export type TrendMetric = 'wordCount' | 'talkingPointsCovered' | 'redFlags' | 'fillersPer100Words';

export const TREND_METRICS: { value: TrendMetric; label: string }[] = [
  { value: 'talkingPointsCovered', label: 'Talking points' },
  { value: 'redFlags', label: 'Red flags' },
  { value: 'wordCount', label: 'Words' },
  { value: 'fillersPer100Words', label: 'Fillers' },
];
