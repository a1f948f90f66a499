// Strings of the ways back from a failure (a crash, an address that leads nowhere), in both languages.
export const recoveryEn = {
  'crash.title': 'Something went wrong',
  'crash.app': 'Salesflow ran into an unexpected problem. Your stored document has not been changed.',
  'crash.canvas': 'The canvas ran into an unexpected problem. Your stored document has not been changed.',
  'crash.download': 'Download a copy',
  'crash.reload': 'Reload',
  'crash.copyDetails': 'Copy details',
  'crash.detailsCopied': 'The details are on the clipboard.',
  'crash.detailsUnavailable': 'The clipboard is not available. Select the details below and copy them.',
  'crash.details': 'Details',
  'route.invalid': 'That address does not lead to a document. Here is the library.',
  'route.missing': 'That document no longer exists. Here is the library.',
  'history.restoreRefused': 'The current version could not be kept first, so nothing was restored.',
} as const;

export const recoveryZh: Record<keyof typeof recoveryEn, string> = {
  'crash.title': '出错了',
  'crash.app': 'Salesflow 遇到了意外问题。已保存的文档没有改变。',
  'crash.canvas': '画布遇到了意外问题。已保存的文档没有改变。',
  'crash.download': '下载副本',
  'crash.reload': '重新加载',
  'crash.copyDetails': '复制详细信息',
  'crash.detailsCopied': '详细信息已复制到剪贴板。',
  'crash.detailsUnavailable': '剪贴板不可用。请选中下面的详细信息并复制。',
  'crash.details': '详细信息',
  'route.invalid': '该地址没有指向任何文档。已返回文档库。',
  'route.missing': '该文档已不存在。已返回文档库。',
  'history.restoreRefused': '无法先保留当前版本，因此没有进行恢复。',
};
