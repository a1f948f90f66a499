// Messages that keep work from being lost: leaving with unsaved changes, and library actions
// that failed and must say so, in both languages.
export const safetyEn = {
  'leave.unsaved':
    'Your latest changes are not saved: the browser refused to store them. They are kept in this tab and in an emergency copy in this browser. Stay to retry or download a copy, or leave anyway.',
  'leave.anyway': 'Leave anyway',
  'leave.stay': 'Stay',
} as const;

export const safetyZh: Record<keyof typeof safetyEn, string> = {
  'leave.unsaved': '最近的修改尚未保存：浏览器拒绝存储。修改仍保留在此标签页和本浏览器的应急副本中。留下可重试或下载副本，也可以仍然离开。',
  'leave.anyway': '仍然离开',
  'leave.stay': '留下',
};
