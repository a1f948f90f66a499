// What leaves the app (issues 19 and 21): the Confidential switch of the export dialog, actuals in
// JSON exports, templates and backups.
export const privacyEn = {
  'privacy.legend': 'Privacy',
  'privacy.confidential': 'Confidential: leave out figures and actuals',
  'privacy.confidentialNote':
    'Every format: PNG, SVG, PDF, PowerPoint, JSON, Mermaid, draw.io. No rates, leads, revenue, leak badges, scenarios or actuals; labels, owners, durations and notes stay. Remembered in this browser.',
  'privacy.figuresOff': 'Confidential is on: no figures are included.',
  'privacy.leaveOutActuals': 'Leave out actuals (imported deal data)',
  'privacy.actualsNote': 'Kept: the process with its rates, leads and scenarios. Left out: the measured deal counts and the stage mapping of “{name}”.',
  'privacy.actualsIncluded': 'The file will hold the measured deal counts and the stage mapping of “{name}”.',
  'privacy.templateNote': 'This flowchart has actuals: they are never saved in a template. The template keeps the process, its rates and scenarios.',
  'privacy.cardExported': '“{title}” was exported without its actuals. To include them, open it and use Export → JSON.',
} as const;

export const privacyZh: Record<keyof typeof privacyEn, string> = {
  'privacy.legend': '隐私',
  'privacy.confidential': '保密：不含预测数据与实际数据',
  'privacy.confidentialNote':
    '适用于所有格式：PNG、SVG、PDF、PowerPoint、JSON、Mermaid、draw.io。不含转化率、线索数、收入、无去向流失标记、情景和实际数据；标签、负责人、时长和备注照常保留。此浏览器会记住该设置。',
  'privacy.figuresOff': '已开启保密：不包含任何预测数据。',
  'privacy.leaveOutActuals': '不含实际数据（导入的商机数据）',
  'privacy.actualsNote': '保留：流程及其转化率、线索数和情景。不含：来自“{name}”的实测商机数和阶段对应关系。',
  'privacy.actualsIncluded': '文件将包含来自“{name}”的实测商机数和阶段对应关系。',
  'privacy.templateNote': '此流程图含有实际数据：实际数据不会保存到模板中。模板保留流程、转化率和情景。',
  'privacy.cardExported': '“{title}”已导出，不含实际数据。如需包含，请打开它并使用“导出 → JSON”。',
} as const;
