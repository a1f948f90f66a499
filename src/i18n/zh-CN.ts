import type { Messages } from './en';
import { libraryZh } from './parts/library';
import { exportZh } from './parts/export';
import { analysisZh } from './parts/analysis';
import { scenariosZh } from './parts/scenarios';
import { editorZh } from './parts/editor';
import { inspectorZh } from './parts/inspector';
import { templatesZh } from './parts/templates';
import { recoveryZh } from './parts/recovery';
import { repairsZh } from './parts/repairs';
import { safetyZh } from './parts/safety';
import { drawingZh } from './parts/drawing';
import { presentZh } from './parts/present';
import { handoutZh } from './parts/handout';
import { interopZh } from './parts/interop';
import { interopImportZh, processTableZh } from './parts/interopImport';
import { actualsZh } from './parts/actuals';
import { slidesZh } from './parts/slides';
import { privacyZh } from './parts/privacy';
import { offlineZh } from './parts/offline';
import { teamZh } from './parts/team';
import { teamLibraryZh } from './parts/teamLibrary';

export const zhCN: Messages = {
  ...editorZh,
  ...libraryZh,
  ...exportZh,
  ...inspectorZh,
  ...analysisZh,
  ...scenariosZh,
  ...templatesZh,
  ...recoveryZh,
  ...repairsZh,
  ...safetyZh,
  ...drawingZh,
  ...presentZh,
  ...handoutZh,
  ...interopZh,
  ...interopImportZh,
  ...processTableZh,
  ...actualsZh,
  ...slidesZh,
  ...privacyZh,
  ...offlineZh,
  ...teamZh,
  ...teamLibraryZh,
  'app.name': 'Salesflow 销售流程图',
  'app.tagline': '绘制、分析并导出你的销售流程',

  'language.label': '语言',
  'language.en': 'English',
  'language.zh-CN': '中文',
  'theme.toLight': '浅色主题',
  'theme.toDark': '深色主题',

  'toolbar.label': '编辑器工具栏',
  'toolbar.backToLibrary': '返回文档库',
  'toolbar.title': '文档标题',
  'toolbar.problems': '问题（{count}）',
  'toolbar.heatView': '热力视图',

  'canvas.label': '流程图画布',
  'canvas.zoomIn': '放大',
  'canvas.zoomOut': '缩小',
  'canvas.controls': '缩放控件',
  'canvas.minimap': '缩略导航图',
  'canvas.handle': '连接点',
  'canvas.roleNode': '节点',
  'canvas.roleEdge': '连线',
  'canvas.edgeName': '从“{from}”到“{to}”的连线',
  'canvas.nodeDescription': '按回车或空格选中节点，按 Delete 删除，按 Esc 取消。',
  'canvas.nodeDescriptionKeyboard': '按回车或空格选中节点，用方向键移动，按 Delete 删除，按 Esc 取消。',
  'canvas.nodeMoved': '已将所选节点向{direction}移动。新位置：x {x}，y {y}',
  'canvas.edgeDescription': '按回车或空格选中连线，然后按 Delete 删除或按 Esc 取消。',
  'canvas.emptyHint': '从左侧图形库拖入图形，或从模板开始。',

  'kind.start': '开始',
  'kind.end': '结束',
  'kind.stage': '阶段',
  'kind.decision': '判断',
  'kind.document': '文档',
  'kind.data': '数据',
  'kind.delay': '等待',
  'kind.subprocess': '子流程',
  'kind.note': '注释',

  'outcome.won': '赢单',
  'outcome.lost': '丢单',
  'outcome.other': '其他',

  'error.not-json': '该文件不是有效的 JSON，可能已损坏或不是 Salesflow 文件。',
  'error.not-salesflow': '这不是 Salesflow 文件。',
  'error.too-new': '该文件由更新版本的 Salesflow 创建（格式 {version}，本应用最高支持 {supported}）。请更新应用后再打开。',
  'error.migration-failed': '无法将该文件从格式 {fromVersion} 升级。',
  'error.invalid': '文件在 {path} 处有误：{reason}',
  'reason.required': '缺少必填值。',
  'reason.type': '值的类型不正确。',
  'reason.not-finite': '数字无效（不是有限数）。',
  'reason.out-of-range': '值超出允许范围。',
  'reason.too-long': '文本过长。',
  'reason.duplicate-id': 'ID 重复。',
  'reason.missing-node': '指向了不存在的节点。',
  'reason.self-loop': '连线从节点连回了它自己。',
  'reason.missing-lane': '指向了不存在的泳道。',
  'reason.missing-attachment': '注释所附的节点不存在。',
  'reason.link-scheme': '链接只能使用 http、https 或 mailto。',
  'reason.too-many-nodes': '文档的节点数超过了 {limit} 个。',
};
