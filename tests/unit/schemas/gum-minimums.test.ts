import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SurveySchema } from '../../../src/schemas/gum-survey';
import { MeasurementSchema } from '../../../src/schemas/gum-measurement';
import { numberMinimums } from '../../../src/schemas/gum-common';
import { measurement, survey } from '../gum-fixtures';

/** A forged file once carried an area of 1e-320 m², which passed "> 0" and made densities Infinity. */
describe('measured quantities have a sensible minimum', () => {
  it.each([1e-320, Number.MIN_VALUE, 0.001, 0.009, 0, -1])('area %d m² is refused', (a) => {
    expect(
      SurveySchema.safeParse({
        ...survey,
        areaSquareMetres: a,
        lengthMetres: null,
        widthMetres: null,
      }).success,
    ).toBe(false);
  });
  it.each([1e-300, 0.01, 0.09])('diameter %d cm is refused', (d) => {
    expect(MeasurementSchema.safeParse({ ...measurement, diameterCm: d }).success).toBe(false);
  });
  it('property: every accepted survey has a finite density', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 100_000 }), (a, count) => {
        const r = SurveySchema.safeParse({
          ...survey,
          count,
          areaSquareMetres: a,
          lengthMetres: null,
          widthMetres: null,
        });
        if (r.success) {
          const area = r.data.areaSquareMetres ?? NaN;
          expect(area).toBeGreaterThanOrEqual(numberMinimums.areaSquareMetres);
          expect(Number.isFinite(count / area)).toBe(true);
        }
      }),
    );
  });
});
