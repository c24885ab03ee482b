/** Limits on what the class view reads from a file or a link. */

/** Largest file or decoded link accepted: 5 MB (a class of 40 groups needs well under 1 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The message for something over the size limit. */
export function tooLargeMessage(bytes: number): string {
  return `文件太大（${(bytes / 1024 / 1024).toFixed(1)} MB），最大只能导入 5 MB，可能不是小组导出的文件。`;
}
