/**
 * Columns every record has in a CSV file: the group's name, the record's id and its last change.
 * Apart from definition.ts so the CSV code does not load the definition schema's Zod.
 */
export const csvRecordColumns = { group: '小组', id: '记录编号', updatedAt: '最后修改' } as const;
