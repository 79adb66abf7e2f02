export interface Metric {
  value: number;
  unit: string;
  target: number;
  /** Where the figure comes from when it is not measured in this run (e.g. a cached build). */
  note?: string;
}

export type Metrics = Record<string, Metric>;
