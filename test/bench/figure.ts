/** One line of the benchmark table. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}
