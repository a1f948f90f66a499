// Reading the team's deal data (CSV or XLSX) for Actuals, in both languages.
export const actualsEn = {
  'actuals.read.not-a-table': 'This file is not a table. Choose a CSV or XLSX export of your deals, with a header row and at least two columns.',
  'actuals.read.empty': 'This file has no rows of deals under its header.',
  'actuals.read.too-large': 'This file is {size} MB; Salesflow reads deal files of up to {limit} MB. Export a shorter period or fewer columns.',
  'actuals.read.too-many-rows': 'This file has more than {limit} rows. Export a shorter period.',
  'actuals.read.unreadable-encoding':
    'The text of this file could not be read: it is neither UTF-8, UTF-16 nor GB18030. Save it from your spreadsheet as “CSV UTF-8” and import it again.',
  'actuals.read.big5':
    'This file looks like Traditional Chinese Big5 text, which Salesflow does not read. Save it from your spreadsheet as “CSV UTF-8” and import it again.',
  'actuals.read.xlsx-unreadable': 'This Excel file could not be opened. Open it in your spreadsheet, save it again as .xlsx (or as CSV UTF-8), and retry.',
  'actuals.read.cancelled': 'Reading the file was cancelled. Nothing was changed.',
  'actuals.read.worker-failed': 'Reading the file failed in the browser. Nothing was changed; reload the page and try again.',
} as const;

export const actualsZh: Record<keyof typeof actualsEn, string> = {
  'actuals.read.not-a-table': '此文件不是表格。请选择商机数据的 CSV 或 XLSX 导出文件，需有标题行且至少两列。',
  'actuals.read.empty': '此文件的标题行下没有任何商机数据。',
  'actuals.read.too-large': '此文件大小为 {size} MB，Salesflow 最多读取 {limit} MB 的商机文件。请导出更短的时间段或更少的列。',
  'actuals.read.too-many-rows': '此文件超过 {limit} 行。请导出更短的时间段。',
  'actuals.read.unreadable-encoding': '无法读取此文件的文字：它既不是 UTF-8、UTF-16，也不是 GB18030。请在表格软件中另存为“CSV UTF-8”后重新导入。',
  'actuals.read.big5': '此文件似乎是繁体中文 Big5 编码，Salesflow 无法读取。请在表格软件中另存为“CSV UTF-8”后重新导入。',
  'actuals.read.xlsx-unreadable': '无法打开此 Excel 文件。请在表格软件中打开并重新另存为 .xlsx（或 CSV UTF-8）后重试。',
  'actuals.read.cancelled': '已取消读取文件。未做任何更改。',
  'actuals.read.worker-failed': '浏览器读取文件失败。未做任何更改；请刷新页面后重试。',
};
