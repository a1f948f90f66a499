import { alignNodes, distributeNodes, type Alignment, type Axis } from '../model/arrange';
import type { EditorContext } from './context';
import type { Command } from './command';
import { nudgeNodes } from './nudge';
import { copyAsPng } from './exportCommands';
import { runAutoLayout } from './autoLayout';
import { copySelection, cutSelection, deleteSelectionNodes, duplicateSelection, pasteFromClipboard } from './clipboardCommands';

const hasSelection = (context: EditorContext) =>
  context.selection().nodeIds.length > 0 || context.selection().edgeIds.length > 0;
const hasSelectedNodes = (context: EditorContext) => context.selection().nodeIds.length > 0;
const always = () => true;

function nudge(id: string, key: string, dx: number, dy: number): Command[] {
  const run = (step: number) => (context: EditorContext) => {
    const grid = context.document().settings.gridSize;
    const nodeIds = context.selection().nodeIds;
    context.apply((document) => nudgeNodes(document, nodeIds, { x: dx * grid * step, y: dy * grid * step }));
  };
  return [
    {
      id: `nudge${id}`,
      labelKey: `command.nudge${id}`,
      group: 'arrange',
      shortcuts: [{ key }],
      enabled: hasSelectedNodes,
      run: run(1),
    },
    {
      id: `nudge${id}Far`,
      labelKey: `command.nudge${id}Far`,
      group: 'arrange',
      shortcuts: [{ key, shift: true }],
      enabled: hasSelectedNodes,
      run: run(10),
    },
  ];
}

const twoOrMoreNodes = (context: EditorContext) => context.selection().nodeIds.length >= 2;
const threeOrMoreNodes = (context: EditorContext) => context.selection().nodeIds.length >= 3;

function align(id: string, alignment: Alignment, key: string): Command {
  return {
    id,
    labelKey: `command.${id}`,
    group: 'arrange',
    shortcuts: [{ key, alt: true, shift: true }],
    enabled: twoOrMoreNodes,
    run: (context) => {
      const nodeIds = context.selection().nodeIds;
      context.apply((document) => alignNodes(document, nodeIds, alignment));
    },
  };
}

function distribute(id: string, axis: Axis, key: string): Command {
  return {
    id,
    labelKey: `command.${id}`,
    group: 'arrange',
    shortcuts: [{ key, alt: true, shift: true }],
    enabled: threeOrMoreNodes,
    run: (context) => {
      const nodeIds = context.selection().nodeIds;
      context.apply((document) => distributeNodes(document, nodeIds, axis));
    },
  };
}

export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    labelKey: 'command.undo',
    group: 'edit',
    shortcuts: [{ key: 'z', mod: true }],
    enabled: (context) => context.canUndo(),
    run: (context) => context.undo(),
  },
  {
    id: 'redo',
    labelKey: 'command.redo',
    group: 'edit',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    enabled: (context) => context.canRedo(),
    run: (context) => context.redo(),
  },
  {
    id: 'copy',
    labelKey: 'command.copy',
    group: 'edit',
    shortcuts: [{ key: 'c', mod: true }],
    enabled: hasSelectedNodes,
    run: copySelection,
  },
  {
    id: 'cut',
    labelKey: 'command.cut',
    group: 'edit',
    shortcuts: [{ key: 'x', mod: true }],
    enabled: hasSelectedNodes,
    run: cutSelection,
  },
  {
    id: 'paste',
    labelKey: 'command.paste',
    group: 'edit',
    shortcuts: [{ key: 'v', mod: true }],
    enabled: always,
    run: pasteFromClipboard,
  },
  {
    id: 'duplicate',
    labelKey: 'command.duplicate',
    group: 'edit',
    shortcuts: [{ key: 'd', mod: true }],
    enabled: hasSelectedNodes,
    run: duplicateSelection,
  },
  {
    id: 'delete',
    labelKey: 'command.delete',
    group: 'edit',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    enabled: hasSelection,
    run: deleteSelectionNodes,
  },
  {
    id: 'editLabel',
    labelKey: 'command.editLabel',
    group: 'edit',
    shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
    enabled: (context) => context.selection().nodeIds.length === 1,
    run: (context) => {
      const [nodeId] = context.selection().nodeIds;
      if (nodeId !== undefined) context.editLabel(nodeId);
    },
  },
  {
    id: 'selectAll',
    labelKey: 'command.selectAll',
    group: 'selection',
    shortcuts: [{ key: 'a', mod: true }],
    enabled: (context) => context.document().nodes.length > 0,
    run: (context) => {
      const document = context.document();
      context.select({ nodeIds: document.nodes.map((node) => node.id), edgeIds: document.edges.map((edge) => edge.id) });
    },
  },
  {
    id: 'clearSelection',
    labelKey: 'command.clearSelection',
    group: 'selection',
    shortcuts: [{ key: 'Escape' }],
    enabled: hasSelection,
    run: (context) => context.select({ nodeIds: [], edgeIds: [] }),
  },
  {
    id: 'find',
    labelKey: 'command.find',
    group: 'selection',
    shortcuts: [{ key: 'f', mod: true }],
    enabled: always,
    run: (context) => context.openPanel('find'),
  },
  align('alignLeft', 'left', 'l'),
  align('alignCenter', 'center', 'c'),
  align('alignRight', 'right', 'r'),
  align('alignTop', 'top', 't'),
  align('alignMiddle', 'middle', 'm'),
  align('alignBottom', 'bottom', 'b'),
  distribute('distributeHorizontally', 'horizontal', 'h'),
  distribute('distributeVertically', 'vertical', 'v'),
  ...nudge('Up', 'ArrowUp', 0, -1),
  ...nudge('Down', 'ArrowDown', 0, 1),
  ...nudge('Left', 'ArrowLeft', -1, 0),
  ...nudge('Right', 'ArrowRight', 1, 0),
  {
    id: 'toggleSnap',
    labelKey: 'command.toggleSnap',
    group: 'view',
    shortcuts: [{ key: 'g', alt: true }],
    enabled: always,
    run: (context) =>
      context.apply((document) => ({ ...document, settings: { ...document.settings, snapToGrid: !document.settings.snapToGrid } })),
  },
  {
    id: 'fitView',
    labelKey: 'command.fitView',
    group: 'view',
    shortcuts: [{ key: '1', shift: true }],
    enabled: always,
    run: (context) => context.viewport()?.fitView(),
  },
  {
    id: 'zoomIn',
    labelKey: 'command.zoomIn',
    group: 'view',
    shortcuts: [{ key: '+' }, { key: '=' }],
    enabled: always,
    run: (context) => context.viewport()?.zoomIn(),
  },
  {
    id: 'zoomOut',
    labelKey: 'command.zoomOut',
    group: 'view',
    shortcuts: [{ key: '-' }],
    enabled: always,
    run: (context) => context.viewport()?.zoomOut(),
  },
  {
    id: 'export',
    labelKey: 'command.export',
    group: 'file',
    shortcuts: [{ key: 'e', mod: true, shift: true }],
    enabled: always,
    run: (context) => context.openPanel('export'),
  },
  {
    id: 'copyPng',
    labelKey: 'command.copyPng',
    group: 'file',
    shortcuts: [{ key: 'c', mod: true, shift: true }],
    enabled: (context) => context.document().nodes.length > 0,
    run: copyAsPng,
  },
  {
    id: 'import',
    labelKey: 'command.import',
    group: 'file',
    shortcuts: [{ key: 'o', mod: true }],
    enabled: always,
    run: (context) => context.openPanel('import'),
  },
  {
    id: 'autoLayout',
    labelKey: 'command.autoLayout',
    group: 'arrange',
    shortcuts: [{ key: 'l', mod: true, shift: true }],
    enabled: (context) => context.document().nodes.length > 0 && context.activity() === null,
    run: (context) => {
      const selected = context.selection().nodeIds;
      return runAutoLayout(context, {
        direction: context.document().settings.direction,
        spacing: 'normal',
        ...(selected.length >= 2 ? { scope: selected } : {}),
      });
    },
  },
  {
    id: 'history',
    labelKey: 'command.history',
    group: 'file',
    shortcuts: [{ key: 'h', mod: true, shift: true }],
    enabled: always,
    run: (context) => context.openPanel('history'),
  },
  {
    id: 'shortcuts',
    labelKey: 'command.shortcuts',
    group: 'help',
    shortcuts: [{ key: '?' }],
    enabled: always,
    run: (context) => context.openPanel('shortcuts'),
  },
];

export const COMMANDS_BY_ID: ReadonlyMap<string, Command> = new Map(COMMANDS.map((command) => [command.id, command]));
