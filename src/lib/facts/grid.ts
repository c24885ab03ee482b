/** The 2023 electricity emission factors of the registry, national first, for the 自己估算 table. */
export const gridFactorRows = [
  { region: '全国平均', fact: 'grid-2023' },
  { region: '华北', fact: 'grid-2023-north' },
  { region: '东北', fact: 'grid-2023-northeast' },
  { region: '华东', fact: 'grid-2023-east' },
  { region: '华中', fact: 'grid-2023-central' },
  { region: '西北', fact: 'grid-2023-northwest' },
  { region: '南方', fact: 'grid-2023-south' },
  { region: '西南', fact: 'grid-2023-southwest' },
] as const;

export const gridFactorIds: string[] = gridFactorRows.map((r) => r.fact);
