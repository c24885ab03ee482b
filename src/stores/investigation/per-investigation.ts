import type { InvestigationDefinition } from '../../schemas/investigation/definition';

/** One store per investigation for the page's life, made on first use. */
export function perInvestigation<S>(
  create: (def: InvestigationDefinition) => S,
): (def: InvestigationDefinition) => S {
  const made = new Map<string, S>();
  return (def) => {
    let s = made.get(def.id);
    if (s === undefined) {
      s = create(def);
      made.set(def.id, s);
    }
    return s;
  };
}
