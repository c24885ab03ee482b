/**
 * The gum experiment's records as the investigation engine reads them (the kinds of
 * content/investigations/gum-residue.json): one flat `values` object per record, an absent
 * optional number as null. The stored and exported gum shapes stay as they are, so files made
 * by earlier versions keep importing; this only reads them. Pure.
 */
import type { ClassData } from '../../../src/schemas/gum-class';
import type { Survey } from '../../../src/schemas/gum-survey';
import type { Measurement } from '../../../src/schemas/gum-measurement';
import type { Prediction } from '../../../src/schemas/gum-decomposition';
import type { Observation } from '../../../src/schemas/gum-decomposition';
import type {
  InvestigationClassData,
  StoredRecord,
} from '../../../src/schemas/investigation/records';

const meta = (r: { id: string; createdAt: string; updatedAt: string }) => ({
  id: r.id,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const surveyRecord = ({ id, createdAt, updatedAt, ...values }: Survey): StoredRecord => ({
  ...meta({ id, createdAt, updatedAt }),
  values,
});

export const measurementRecord = (m: Measurement): StoredRecord => ({
  ...meta(m),
  values: {
    surface: m.surface,
    difficulty: m.difficulty,
    diameterCm: m.diameterCm,
    widestCm: m.widestCm ?? null,
    squares: m.squares ?? null,
    note: m.note,
  },
});

export const predictionRecord = ({
  id,
  createdAt,
  updatedAt,
  ...values
}: Prediction): StoredRecord => ({ ...meta({ id, createdAt, updatedAt }), values });

/** An observation without its entries (the engine keeps them apart, as `entry` records). */
export const observationRecord = (o: Observation): StoredRecord => ({
  ...meta(o),
  values: { date: o.date, observer: o.observer, note: o.note },
});

/** A group's gum lists by engine kind (entries and the setup are not mapped: see the README). */
export function gumEngineRecords(g: {
  surveys: readonly Survey[];
  measurements: readonly Measurement[];
  decomposition: { predictions: readonly Prediction[]; observations: readonly Observation[] };
}): Record<string, StoredRecord[]> {
  return {
    survey: g.surveys.map(surveyRecord),
    measurement: g.measurements.map(measurementRecord),
    prediction: g.decomposition.predictions.map(predictionRecord),
    observation: g.decomposition.observations.map(observationRecord),
    entry: [],
  };
}

/** The class data as the engine's class data (summaries, CSV). */
export function gumEngineClassData(data: ClassData): InvestigationClassData {
  return {
    groups: data.groups.map((g) => ({
      group: {
        id: g.group.id,
        name: g.group.name,
        createdAt: g.group.createdAt,
        updatedAt: g.group.updatedAt,
      },
      exportedAt: g.exportedAt,
      records: gumEngineRecords(g),
    })),
  };
}
