// Messages that keep work from being lost: leaving with unsaved changes, and library actions
// that failed and must say so, in both languages.
export const safetyEn = {
  'leave.unsaved':
    'Your latest changes are not saved: the browser refused to store them. They are kept in this tab and in an emergency copy in this browser. Stay to retry or download a copy, or leave anyway.',
  'leave.anyway': 'Leave anyway',
  'leave.stay': 'Stay',
  'library.deleteFailed': '“{title}” could not be moved to the trash: {reason}. Nothing was changed.',
  'library.undoDeleteFailed': '“{title}” could not be brought back from the trash: {reason}. It is still in the Trash.',
  'library.backupFailed': 'The backup could not be made: {reason}. Nothing was downloaded.',
  'library.restoredFromTrash': 'Taken out of the trash, as they were there: {count}.',
  'library.restoreRepaired': '“{title}” was damaged and was restored repaired. {repairs}',
  'library.restoreRefused': '“{title}” was not restored: {reason}',
  'library.restoreRefusedAt': 'Flowchart {position} in the backup was not restored: {reason}',
  'library.restoreTooNew':
    'This backup was written by a newer version of Salesflow (backup format {version}; this app reads up to {supported}). Nothing was restored.',
  'library.restoreStorage': 'The backup could not be restored: {reason}. Nothing was changed.',
  'library.renameRefused': '“{title}” is open for editing in another tab, which did not answer. Rename it in that tab, or close that tab and try again.',
  'library.renameFailed': '“{title}” could not be renamed: {reason}. Nothing was changed.',
} as const;

export const safetyZh: Record<keyof typeof safetyEn, string> = {
  'leave.unsaved': '最近的修改尚未保存：浏览器拒绝存储。修改仍保留在此标签页和本浏览器的应急副本中。留下可重试或下载副本，也可以仍然离开。',
  'leave.anyway': '仍然离开',
  'leave.stay': '留下',
  'library.deleteFailed': '无法将“{title}”移到回收站：{reason}。未做任何更改。',
  'library.undoDeleteFailed': '无法从回收站恢复“{title}”：{reason}。它仍在回收站中。',
  'library.backupFailed': '无法生成备份：{reason}。未下载任何文件。',
  'library.restoredFromTrash': '已从回收站取回（保持原样）：{count} 个。',
  'library.restoreRepaired': '“{title}”已损坏，已修复后恢复。{repairs}',
  'library.restoreRefused': '“{title}”未恢复：{reason}',
  'library.restoreRefusedAt': '备份中的第 {position} 个流程图未恢复：{reason}',
  'library.restoreTooNew': '此备份由更新版本的 Salesflow 创建（备份格式 {version}，本应用最高支持 {supported}）。未恢复任何内容。',
  'library.restoreStorage': '无法恢复备份：{reason}。未做任何更改。',
  'library.renameRefused': '“{title}”正在另一个标签页中编辑，且该标签页没有响应。请在那个标签页中重命名，或关闭它后重试。',
  'library.renameFailed': '无法重命名“{title}”：{reason}。未做任何更改。',
};
