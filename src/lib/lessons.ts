/** Sort lessons for listing: by `order`, then by title. Pure so it can be unit-tested. */
export function sortLessons<T extends { data: { order: number; title: string } }>(
  lessons: readonly T[],
): T[] {
  return [...lessons].sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}
