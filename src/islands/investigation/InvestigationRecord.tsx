/**
 * The record page of an investigation, driven by its definition: the group's name, a form and
 * list per record kind, the save state, and the export file. The first render (also on the
 * server) shows only the status line; the records appear once storage has been read.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type {
  GroupDetailsDef,
  InvestigationDefinition,
} from '../../schemas/investigation/definition';
import type { InvestigationGroup } from '../../schemas/investigation/records';
import {
  investigationRecordStore,
  type InvestigationRecordStore,
} from '../../stores/investigation/record';
import { investigationRecordKey } from '../../lib/storage/storage-keys';
import {
  buildInvestigationExport,
  investigationFileName,
} from '../../lib/investigation/export-file';
import { checkField } from '../../lib/investigation/check-form';
import { localDay } from '../../lib/import-times';
import { textLimits } from '../../schemas/gum-common';
import { SaveStatus } from '../SaveStatus';
import { tabletFailureText, tabletLoadingText } from '../forms/tablet-texts';
import { downloadBlockedMessage, downloadText } from '../download-text';
import { SharePanel } from '../share/SharePanel';
import { investigationShareTarget, sharedTextLabels } from './share-target';
import { TextField } from '../forms/fields';
import { RecordForm } from './RecordForm';
import { UndoLine } from '../forms/UndoLine';
import type { GroupDetailsCheck, GroupDetailsForm } from './GroupDetailsForm';

const groupNameField = {
  id: 'name',
  type: 'text',
  label: '小组名称',
  maxLength: textLimits.groupName,
} as const;

function GroupForm({
  store,
  group,
  ask,
}: {
  store: InvestigationRecordStore;
  group: InvestigationGroup | null;
  ask: GroupDetailsDef | undefined;
}) {
  const name = group?.name ?? '';
  const [value, setValue] = useState(name);
  // The stored name changed under the form (the durable copy loaded after the first render,
  // another tab): show it, unless the pupil has typed a different one.
  const [shown, setShown] = useState(name);
  if (name !== shown) {
    setShown(name);
    if (value === shown) setValue(name);
  }
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  // The details' fields load only where the definition asks for them. Until they are there the
  // form has no button: fields appearing above it would move it under the pupil's finger.
  const [Details, setDetails] = useState<typeof GroupDetailsForm | 'failed' | null>(null);
  const check = useRef<GroupDetailsCheck>();
  useEffect(() => {
    if (ask)
      import('./GroupDetailsForm').then(
        (m) => setDetails(() => m.GroupDetailsForm),
        () => setDetails('failed'),
      );
  }, [ask]);
  return (
    <section class="eck-record-section" aria-labelledby="eck-group-title">
      <h2 id="eck-group-title">我们小组</h2>
      <form
        class="eck-record-form"
        noValidate
        // Busy while the details' fields load: the form is not complete yet.
        aria-busy={ask && !Details ? 'true' : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          const r = checkField(groupNameField, value, { today: '', choices: () => [] });
          const d = check.current?.();
          setError(r.ok ? undefined : r.error);
          if (!r.ok || d === null) return;
          const done = store.saveGroup(String(r.value), d);
          setMessage(done.ok ? '已保存小组名称。' : done.error);
        }}
      >
        <TextField
          id="eck-group-name"
          label="小组名称"
          hint="例如：第3组"
          required
          maxLength={textLimits.groupName}
          value={value}
          onChange={setValue}
          error={error}
        />
        {ask && typeof Details === 'function' && <Details ask={ask} group={group} check={check} />}
        {Details === 'failed' && (
          <p class="eck-field-error" role="alert">
            年级和组员昵称没能打开（请在有网络时刷新页面），现在可以只保存小组名称。
          </p>
        )}
        {(!ask || Details) && (
          <div class="eck-form-buttons">
            <button type="submit" class="eck-button eck-button--primary">
              {name ? '保存小组名称' : '开始记录'}
            </button>
          </div>
        )}
        <p class="eck-form-message" role="status">
          {message}
        </p>
      </form>
    </section>
  );
}

export default function InvestigationRecord({
  definition: def,
  store: given,
  migratedText,
}: {
  definition: InvestigationDefinition;
  store?: InvestigationRecordStore;
  /** What the save line says once older data has been migrated (a store given older formats). */
  migratedText?: (dropped: number) => string;
}) {
  const store = useMemo(() => given ?? investigationRecordStore(def), [given, def]);
  const [ready, setReady] = useState(false);
  const data = useStore(store.$data);
  const save = useStore(store.$save);
  const notice = useStore(store.$notice);
  const undo = useStore(store.$undo);
  const [exportMessage, setExportMessage] = useState('');
  useEffect(() => {
    store.load();
    setReady(true);
    return store.listen(window);
  }, [store]);
  const today = localDay(Date.now());
  const target = useMemo(() => investigationShareTarget(def), [def]);
  const blocked = downloadBlockedMessage();
  const last = data.lastExportedAt;

  const exportFile = () => {
    if (!data.group) return;
    const now = new Date();
    const file = buildInvestigationExport(def, data.group, data.records, now.toISOString());
    const name = investigationFileName(def, data.group.name, localDay(now.getTime()));
    try {
      downloadText(name, `${JSON.stringify(file, null, 2)}\n`);
      store.markExported(now.toISOString());
      setExportMessage(`已导出“${name}”，请交给老师。`);
    } catch (e) {
      setExportMessage(e instanceof Error ? e.message : '没能导出文件。');
    }
  };

  const loaded = ready && save.kind !== 'loading';
  return (
    // Busy until what is stored has been read (the forms come then).
    <div class="eck-record" aria-busy={loaded ? undefined : 'true'}>
      <SaveStatus
        save={save}
        notice={notice}
        loadingText={tabletLoadingText}
        failureText={tabletFailureText}
        exportLabel="导出文件"
        onExport={exportFile}
        exportDisabled={!data.group}
        onRetry={() => store.retrySave()}
        onRelease={() => store.releaseDamaged()}
        onDismiss={() => store.dismissNotice()}
        recoveredText={(n) =>
          `本机保存的记录有一部分坏了（${n.dropped} 处读不出来）。能读的记录都已经载入。` +
          (n.backupKey
            ? `原来的数据另存了一份（${n.backupKey}）。`
            : '原来的数据没能另存，请点“下载原来的数据”保存一份交给老师。')
        }
        rawFileName={`${investigationRecordKey(def.id)}-原来的数据.txt`}
        migratedText={migratedText}
      >
        <UndoLine
          label={undo?.label ?? null}
          expiresAt={undo?.expiresAt ?? null}
          onUndo={() => store.undoDelete()}
        />
      </SaveStatus>
      {loaded && (
        <>
          <GroupForm store={store} group={data.group} ask={def.group} />
          {data.group && (
            <>
              {def.kinds.map(
                (k) =>
                  // A kind filled in as another's `children` has no form of its own.
                  !def.kinds.some((p) => p.children?.kind === k.id) && (
                    <RecordForm
                      key={k.id}
                      def={def}
                      kind={k}
                      store={store}
                      data={data}
                      today={today}
                    />
                  ),
              )}
              <section class="eck-record-section" aria-labelledby="eck-export-title">
                <h2 id="eck-export-title">导出小组数据</h2>
                <p>每次调查结束前，点“导出文件”，把文件交给老师（用 U 盘、班级群或电子邮件）。</p>
                <p>
                  {last
                    ? `上次导出：${new Date(last).toLocaleString('zh-CN')}` +
                      // A record or the group changed after it (a deletion is not seen).
                      ([data.group, ...Object.values(data.records).flat()].some(
                        (r) => r && r.updatedAt > last,
                      )
                        ? '（之后又有新的记录）'
                        : '')
                    : '还没有导出过。'}
                </p>
                {blocked && (
                  <p class="eck-alert">{blocked}下面的“用链接或二维码发给老师”在这里也能用。</p>
                )}
                <div class="eck-form-buttons">
                  <button type="button" class="eck-button eck-button--primary" onClick={exportFile}>
                    导出文件
                  </button>
                </div>
                <p class="eck-form-message" role="status">
                  {exportMessage}
                </p>
              </section>
              <SharePanel
                data={data}
                toFile={(at) =>
                  data.group && buildInvestigationExport(def, data.group, data.records, at)
                }
                target={target}
                contains={sharedTextLabels(def)}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
