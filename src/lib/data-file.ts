/** Reading a data file of content/data/ through its schema, with one readable error. */
interface Parser<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Parse data with a schema or throw one readable error naming the file and every bad field. */
export function parseDataFile<T>(schema: Parser<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const lines = r.error.issues.map(
    (i) => `  ${i.path.map(String).join('.') || '(整个文件)'}: ${i.message}`,
  );
  throw new Error(`${file} 有错误：\n${lines.join('\n')}`);
}
