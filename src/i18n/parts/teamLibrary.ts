// Team workspace (issue 23), beyond sharing itself: a shared flowchart's history on the team
// server, leaving one from the library, and shared flowcharts in backups.
export const teamLibraryEn = {
  'teamHistory.intro': 'Versions kept on the team server, for everyone with a link. Restoring one is a change everyone sees; Undo takes it back.',
  'teamHistory.empty': 'No versions kept yet. The team server keeps one when a flowchart is shared, and one every five minutes while it is edited.',
  'teamHistory.reason.shared': 'When it was shared',
  'teamHistory.unreachable': 'The team server did not answer: its versions cannot be shown now.',
  'teamHistory.refused': 'The team server refused to show its versions (error {status}).',
  'teamHistory.unreadable': 'The team server answered something this version of Salesflow cannot read.',

  'teamLibrary.leaveConfirm': 'Leave the shared flowchart “{title}”? This browser stops syncing it and moves its copy to the trash. The flowchart stays on the team server for everyone else, and its link opens it again.',
  'teamLibrary.leaveUnsynced': 'Changes made here that the team server has not stored yet will be lost.',
  'teamLibrary.leave': 'Leave',
  'teamLibrary.alsoStop': 'Also stop sharing it: its links stop working for everyone',
  'teamLibrary.left': 'You left “{title}”. It stays on the team server for the others.',
  'teamLibrary.leftStopped': 'Sharing of “{title}” stopped, and your copy moved to the trash.',

  'teamLibrary.backupShared.one': 'It also holds the link of {count} shared flowchart, and any owner key this browser keeps: whoever has the file can open it.',
  'teamLibrary.backupShared.other': 'It also holds the links of {count} shared flowcharts, and any owner keys this browser keeps: whoever has the file can open them.',
  'teamLibrary.restoredShared.one': '{count} shared flowchart joined again: it syncs with the team server when opened.',
  'teamLibrary.restoredShared.other': '{count} shared flowcharts joined again: they sync with the team server when opened.',
};

export const teamLibraryZh: Record<keyof typeof teamLibraryEn, string> = {
  'teamHistory.intro': '团队服务器上保存的版本，持有链接的人都能看到。恢复某个版本是一次所有人都能看到的更改；撤销可将其撤回。',
  'teamHistory.empty': '还没有保存的版本。流程图共享时团队服务器会保存一个版本，编辑期间每五分钟再保存一个。',
  'teamHistory.reason.shared': '共享时',
  'teamHistory.unreachable': '团队服务器没有响应，暂时无法显示其保存的版本。',
  'teamHistory.refused': '团队服务器拒绝显示其保存的版本（错误 {status}）。',
  'teamHistory.unreadable': '团队服务器返回的内容无法被此版本的 Salesflow 读取。',

  'teamLibrary.leaveConfirm': '退出共享的流程图“{title}”？本浏览器将停止同步它，并把它的副本移到回收站。流程图仍保留在团队服务器上供其他人使用，通过其链接可以再次打开。',
  'teamLibrary.leaveUnsynced': '在此处所做、尚未保存到团队服务器的更改将会丢失。',
  'teamLibrary.leave': '退出',
  'teamLibrary.alsoStop': '同时停止共享：其链接对所有人失效',
  'teamLibrary.left': '你已退出“{title}”。它仍保留在团队服务器上供其他人使用。',
  'teamLibrary.leftStopped': '已停止共享“{title}”，你的副本已移到回收站。',

  'teamLibrary.backupShared.one': '备份中还包含 {count} 个共享流程图的链接，以及本浏览器保存的所有者密钥：持有此文件的人可以打开它。',
  'teamLibrary.backupShared.other': '备份中还包含 {count} 个共享流程图的链接，以及本浏览器保存的所有者密钥：持有此文件的人可以打开它们。',
  'teamLibrary.restoredShared.one': '已重新加入 {count} 个共享流程图：打开时会与团队服务器同步。',
  'teamLibrary.restoredShared.other': '已重新加入 {count} 个共享流程图：打开时会与团队服务器同步。',
};
