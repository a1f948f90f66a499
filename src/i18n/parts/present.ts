// Walkthrough mode (issue 21): presenting the flowchart step by step.
export const presentEn = {
  'present.label': 'Presentation',
  'present.step': 'Step {number} of {count}',
  'present.previous': 'Previous step',
  'present.next': 'Next step',
  'present.exit': 'Leave the presentation',
  'present.keys': '← → or Page Up / Page Down to move, Esc to leave',
  'present.empty': 'Nothing to present yet: add a stage or a decision first.',
  'present.duration': 'Duration',
  'present.days.one': '{count} day',
  'present.days.other': '{count} days',
};

export const presentZh: Record<keyof typeof presentEn, string> = {
  'present.label': '演示',
  'present.step': '第 {number} 步，共 {count} 步',
  'present.previous': '上一步',
  'present.next': '下一步',
  'present.exit': '退出演示',
  'present.keys': '按 ← → 或 Page Up / Page Down 切换，Esc 退出',
  'present.empty': '还没有可演示的内容：请先添加阶段或判断。',
  'present.duration': '时长',
  'present.days.one': '{count} 天',
  'present.days.other': '{count} 天',
};
