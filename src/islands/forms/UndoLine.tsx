import { useSecondsLeft } from '../SaveStatus';

/** The line under the save state after a deletion: what went, the seconds left and 撤销删除. */
export function UndoLine({
  label,
  expiresAt,
  onUndo,
}: {
  /** What was deleted, e.g. "一条清点记录"; null when nothing can be undone. */
  label: string | null;
  expiresAt: number | null;
  onUndo: () => void;
}) {
  const secondsLeft = useSecondsLeft(expiresAt);
  return (
    <div class="eck-undo" role="status">
      {label !== null && (
        <>
          <span>
            已删除{label}。{/* The countdown is not re-announced every second. */}
            <span aria-hidden="true">（{secondsLeft} 秒内可以撤销）</span>
          </span>
          <button type="button" class="eck-button" onClick={onUndo}>
            撤销删除
          </button>
        </>
      )}
    </div>
  );
}
