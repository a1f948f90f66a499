// Strings of the installed, offline app: the offer to load a new version.
export const offlineEn = {
  'update.available': 'A new version is available — Reload to update',
  'update.reload': 'Reload',
} as const;

export const offlineZh: Record<keyof typeof offlineEn, string> = {
  'update.available': '有新版本可用 — 重新加载即可更新',
  'update.reload': '重新加载',
};
