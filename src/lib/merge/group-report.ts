/** What importing one group's file did, and the line the class view says about it. */

/** What one group's import did. Counts are records: surveys, measurements, predictions, checks and the setup. */
export interface GroupImportReport {
  groupId: string;
  /** The group's name after the import. */
  groupName: string;
  /** True when the group was not in the class data before. */
  newGroup: boolean;
  added: number;
  updated: number;
  /** Records already there in the same or a newer version. */
  ignored: number;
  /**
   * Records of this group in the class data that the import did not contain: deleted on the
   * tablet since an earlier import, or from another file. Merging never deletes them.
   */
  notInFile: number;
}

/** One line in Chinese about one group's import, e.g. "第3组（新小组）：新增 5 条，更新 1 条，已有 0 条". */
export function describeGroupReport(r: GroupImportReport): string {
  const tag = r.newGroup ? '（新小组）' : '';
  const extra = r.notInFile > 0 ? `；全班数据里另有 ${r.notInFile} 条这个文件里没有的记录` : '';
  return `${r.groupName}${tag}：新增 ${r.added} 条，更新 ${r.updated} 条，已有未变 ${r.ignored} 条${extra}`;
}
