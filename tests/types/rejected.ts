// Must NOT type-check: types.test.mjs asserts that tsc rejects this file, with the error on the
// line below, which proves the type test can fail (and that ChartId is not just `string`).
import { render } from '../../target/site/pkg/apac_ai_charts.js';

export function drawAPie(canvas: HTMLCanvasElement): void {
  render(canvas, 'pie');
}
