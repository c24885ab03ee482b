import type { GumClassStore } from '../../stores/gum-class';
import type { ClassData } from '../../schemas/gum-class';
import { countRecords } from '../../lib/gum-merge';

const when = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** The groups in the class data, each removable (with undo). */
export function GroupTable({ store, data }: { store: GumClassStore; data: ClassData }) {
  if (data.groups.length === 0) return null;
  return (
    <section class="eck-record-section" aria-labelledby="eck-groups-title">
      <h2 id="eck-groups-title">已导入的小组（{data.groups.length} 个）</h2>
      <div class="eck-table-scroll">
        <table class="eck-class-table">
          <thead>
            <tr>
              <th scope="col">小组</th>
              <th scope="col">组员</th>
              <th scope="col">记录条数</th>
              <th scope="col">文件导出于</th>
              <th scope="col" class="eck-print-hidden">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((g) => (
              <tr key={g.group.id}>
                <th scope="row">{g.group.name}</th>
                <td>{g.group.nicknames.join('、')}</td>
                <td class="eck-num">{countRecords(g)}</td>
                <td>{when(g.exportedAt)}</td>
                <td class="eck-print-hidden">
                  <button
                    type="button"
                    class="eck-button eck-button--danger"
                    aria-label={`删除“${g.group.name}”的数据`}
                    onClick={() => store.remove(g.group.id)}
                  >
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
