/**
 * Checking the record page's measurement form (steps 3–4): the size of a residue as each grade
 * measures it. Apart from gum-forms.ts so it loads with the measurement section. Pure.
 */
import { numberLimits, numberMinimums, textLimits } from '../schemas/gum-common';
import { removalDifficulties, surfaces } from '../schemas/gum-vocab';
import type { NumberRule } from './parse-number';
import { Checker, type FormResult, type MeasurementInput } from './gum-forms';

/** Number rules of the size fields. */
export const measurementRules = {
  widest: {
    label: '最宽的地方',
    unit: '厘米',
    integer: true,
    minExclusive: true,
    max: numberLimits.diameterCm,
    required: false,
  },
  squares: {
    label: '方格数',
    unit: '格',
    integer: true,
    minExclusive: true,
    max: numberLimits.squares,
    required: false,
  },
  diameter: {
    label: '直径',
    unit: '厘米',
    min: numberMinimums.diameterCm,
    max: numberLimits.diameterCm,
    required: false,
  },
} as const satisfies Record<string, NumberRule>;

export interface MeasurementFields {
  surface: string;
  difficulty: string;
  /** Grade 6: diameter in cm. */
  diameter: string;
  /** Grades 1–2: the widest part in whole cm. */
  widest: string;
  /** Grades 3–5: 1 cm squares covered on grid paper. */
  squares: string;
  note: string;
}
export function checkMeasurementForm(
  f: MeasurementFields,
): FormResult<MeasurementInput, keyof MeasurementFields> {
  const c = new Checker<keyof MeasurementFields>();
  const surface = c.choice('surface', surfaces, f.surface, '请选择表面。');
  const difficulty = c.choice(
    'difficulty',
    removalDifficulties,
    f.difficulty,
    '请选择取下的难易程度。',
  );
  // Every size field is checked: the page shows a grade's own field and any other that holds a
  // value (a record made before the grade changed), so nothing typed is dropped unseen.
  const diameterCm = c.number('diameter', f.diameter, measurementRules.diameter);
  const widestCm = c.number('widest', f.widest, measurementRules.widest);
  const squares = c.number('squares', f.squares, measurementRules.squares);
  const note = c.text('note', f.note, { label: '备注', max: textLimits.note });
  return c.result({
    surface,
    difficulty,
    diameterCm,
    ...(widestCm === null ? {} : { widestCm }),
    ...(squares === null ? {} : { squares }),
    note,
  });
}
