// Slides (issue 21): the PowerPoint export's format name, what it holds and its slides' own words,
// and the slide-ready size and step scope of image exports.
export const slidesEn = {
  'export.format.pptx': 'PowerPoint (.pptx)',
  'export.pptx.note':
    'One slide for the whole flowchart, then one per walkthrough step with the step’s caption as speaker notes. Shapes, text and connectors stay editable in PowerPoint; PowerPoint redraws a connector’s bends when you move a shape.',
  'export.pptx.empty': 'Nothing to export: the flowchart is empty.',
  'export.pptx.stepTitle': 'Step {number} of {count}: {label}',
  'export.pptx.overviewNotes': 'The steps of this walkthrough:',
  'export.pptx.fact': '{label}: {value}',
  'export.size': 'Size',
  'export.size.fit': 'Fit the diagram',
  'export.size.slide': '16:9 slide',
  'export.scope.step': 'One walkthrough step',
  'export.step': 'Step',
};

export const slidesZh: Record<keyof typeof slidesEn, string> = {
  'export.format.pptx': 'PowerPoint (.pptx)',
  'export.pptx.note':
    '第一张幻灯片是完整流程图，之后每个演示步骤一张，步骤说明写在演讲者备注中。图形、文字和连接线在 PowerPoint 中都可以编辑；移动图形后，PowerPoint 会重新绘制连接线的折点。',
  'export.pptx.empty': '没有可导出的内容：流程图是空的。',
  'export.pptx.stepTitle': '第 {number} 步，共 {count} 步：{label}',
  'export.pptx.overviewNotes': '本次演示的步骤：',
  'export.pptx.fact': '{label}：{value}',
  'export.size': '尺寸',
  'export.size.fit': '贴合流程图',
  'export.size.slide': '16:9 幻灯片',
  'export.scope.step': '单个演示步骤',
  'export.step': '步骤',
};
