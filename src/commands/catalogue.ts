import type { Alignment, Axis } from '../model/arrange';
import type { EditorContext } from './context';
import { alignNodes, distributeNodes, editSettings, nudgeNodes } from '../model/operations';
import { command, type Command } from './command';
import { copyAsPng } from './exportCommands';
import { runAutoLayout } from './autoLayout';
import { copySelection, cutSelection, deleteSelectionNodes, duplicateSelection, pasteFromClipboard } from './clipboardCommands';

const hasSelection = (context: EditorContext) =>
  context.selection().nodeIds.length > 0 || context.selection().edgeIds.length > 0;
const hasSelectedNodes = (context: EditorContext) => context.selection().nodeIds.length > 0;
const always = () => true;

type Direction = 'Up' | 'Down' | 'Left' | 'Right';

function nudge(direction: Direction, key: string, dx: number, dy: number): [Command<`nudge${Direction}`>, Command<`nudge${Direction}Far`>] {
  const run = (step: number) => (context: EditorContext) => {
    const grid = context.document().settings.gridSize;
    context.perform(nudgeNodes(context.selection().nodeIds, { x: dx * grid * step, y: dy * grid * step }));
  };
  return [
    command({
      id: `nudge${direction}` as const,
      labelKey: `command.nudge${direction}` as const,
      group: 'arrange',
      shortcuts: [{ key }],
      edits: true,
      enabled: hasSelectedNodes,
      run: run(1),
    }),
    command({
      id: `nudge${direction}Far` as const,
      labelKey: `command.nudge${direction}Far` as const,
      group: 'arrange',
      shortcuts: [{ key, shift: true }],
      edits: true,
      enabled: hasSelectedNodes,
      run: run(10),
    }),
  ];
}

const twoOrMoreNodes = (context: EditorContext) => context.selection().nodeIds.length >= 2;
const threeOrMoreNodes = (context: EditorContext) => context.selection().nodeIds.length >= 3;

type AlignId = 'alignLeft' | 'alignCenter' | 'alignRight' | 'alignTop' | 'alignMiddle' | 'alignBottom';
type DistributeId = 'distributeHorizontally' | 'distributeVertically';

function align(id: AlignId, alignment: Alignment, key: string): Command<AlignId> {
  return command({
    id,
    labelKey: `command.${id}` as const,
    group: 'arrange',
    shortcuts: [{ key, alt: true, shift: true }],
    edits: true,
    enabled: twoOrMoreNodes,
    run: (context) => {
      context.perform(alignNodes(context.selection().nodeIds, alignment));
    },
  });
}

function distribute(id: DistributeId, axis: Axis, key: string): Command<DistributeId> {
  return command({
    id,
    labelKey: `command.${id}` as const,
    group: 'arrange',
    shortcuts: [{ key, alt: true, shift: true }],
    edits: true,
    enabled: threeOrMoreNodes,
    run: (context) => {
      context.perform(distributeNodes(context.selection().nodeIds, axis));
    },
  });
}

export const COMMANDS = [
  command({
    id: 'undo',
    labelKey: 'command.undo',
    group: 'edit',
    edits: true,
    shortcuts: [{ key: 'z', mod: true }],
    enabled: (context) => context.canUndo(),
    run: (context) => context.undo(),
  }),
  command({
    id: 'redo',
    labelKey: 'command.redo',
    group: 'edit',
    edits: true,
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    enabled: (context) => context.canRedo(),
    run: (context) => context.redo(),
  }),
  command({
    id: 'copy',
    labelKey: 'command.copy',
    group: 'edit',
    edits: false,
    shortcuts: [{ key: 'c', mod: true }],
    enabled: hasSelectedNodes,
    run: copySelection,
  }),
  command({
    id: 'cut',
    labelKey: 'command.cut',
    group: 'edit',
    edits: true,
    shortcuts: [{ key: 'x', mod: true }],
    enabled: hasSelectedNodes,
    run: cutSelection,
  }),
  command({
    id: 'paste',
    labelKey: 'command.paste',
    group: 'edit',
    edits: true,
    shortcuts: [{ key: 'v', mod: true }],
    enabled: always,
    run: pasteFromClipboard,
  }),
  command({
    id: 'duplicate',
    labelKey: 'command.duplicate',
    group: 'edit',
    edits: true,
    shortcuts: [{ key: 'd', mod: true }],
    enabled: hasSelectedNodes,
    run: duplicateSelection,
  }),
  command({
    id: 'delete',
    labelKey: 'command.delete',
    group: 'edit',
    edits: true,
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    enabled: hasSelection,
    run: deleteSelectionNodes,
  }),
  command({
    id: 'editLabel',
    labelKey: 'command.editLabel',
    group: 'edit',
    edits: true,
    shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
    enabled: (context) => context.selection().nodeIds.length === 1,
    run: (context) => {
      const [nodeId] = context.selection().nodeIds;
      if (nodeId !== undefined) context.editLabel(nodeId);
    },
  }),
  command({
    id: 'connectTo',
    labelKey: 'command.connectTo',
    group: 'edit',
    edits: true,
    shortcuts: [{ key: 'c' }],
    enabled: hasSelectedNodes,
    run: (context) => context.openPanel('connectTo'),
  }),
  command({
    id: 'selectAll',
    labelKey: 'command.selectAll',
    group: 'selection',
    edits: false,
    shortcuts: [{ key: 'a', mod: true }],
    enabled: (context) => context.document().nodes.length > 0,
    run: (context) => {
      const document = context.document();
      context.select({ nodeIds: document.nodes.map((node) => node.id), edgeIds: document.edges.map((edge) => edge.id) });
    },
  }),
  command({
    id: 'clearSelection',
    labelKey: 'command.clearSelection',
    group: 'selection',
    edits: false,
    shortcuts: [{ key: 'Escape' }],
    enabled: hasSelection,
    run: (context) => context.select({ nodeIds: [], edgeIds: [] }),
  }),
  command({
    id: 'find',
    labelKey: 'command.find',
    group: 'selection',
    edits: false,
    shortcuts: [{ key: 'f', mod: true }],
    enabled: always,
    run: (context) => context.openPanel('find'),
  }),
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
  command({
    id: 'toggleSnap',
    labelKey: 'command.toggleSnap',
    group: 'view',
    edits: true,
    shortcuts: [{ key: 'g', alt: true }],
    enabled: always,
    run: (context) => {
      context.perform(editSettings({ snapToGrid: !context.document().settings.snapToGrid }));
    },
  }),
  command({
    id: 'fitView',
    labelKey: 'command.fitView',
    group: 'view',
    edits: false,
    shortcuts: [{ key: '1', shift: true }],
    enabled: always,
    run: (context) => context.viewport()?.fitView(),
  }),
  command({
    id: 'fitSelection',
    labelKey: 'command.fitSelection',
    group: 'view',
    edits: false,
    shortcuts: [{ key: '2', shift: true }],
    enabled: always,
    run: (context) => context.viewport()?.fitSelection(),
  }),
  command({
    id: 'actualSize',
    labelKey: 'command.actualSize',
    group: 'view',
    edits: false,
    shortcuts: [{ key: '0', shift: true }],
    enabled: always,
    run: (context) => context.viewport()?.actualSize(),
  }),
  command({
    id: 'zoomIn',
    labelKey: 'command.zoomIn',
    group: 'view',
    edits: false,
    shortcuts: [{ key: '+' }, { key: '=' }],
    enabled: always,
    run: (context) => context.viewport()?.zoomIn(),
  }),
  command({
    id: 'zoomOut',
    labelKey: 'command.zoomOut',
    group: 'view',
    edits: false,
    shortcuts: [{ key: '-' }],
    enabled: always,
    run: (context) => context.viewport()?.zoomOut(),
  }),
  command({
    id: 'present',
    labelKey: 'command.present',
    group: 'view',
    edits: false,
    // PowerPoint's and Keynote's key for "present from the start", which trainers already know.
    shortcuts: [{ key: 'F5' }],
    enabled: (context) => context.document().nodes.length > 0,
    run: (context) => context.openPanel('present'),
  }),
  command({
    id: 'export',
    labelKey: 'command.export',
    group: 'file',
    edits: false,
    shortcuts: [{ key: 'e', mod: true, shift: true }],
    enabled: always,
    run: (context) => context.openPanel('export'),
  }),
  command({
    id: 'copyPng',
    labelKey: 'command.copyPng',
    group: 'file',
    edits: false,
    shortcuts: [{ key: 'c', mod: true, shift: true }],
    enabled: (context) => context.document().nodes.length > 0,
    run: copyAsPng,
  }),
  command({
    id: 'import',
    labelKey: 'command.import',
    group: 'file',
    edits: true,
    shortcuts: [{ key: 'o', mod: true }],
    enabled: always,
    run: (context) => context.openPanel('import'),
  }),
  command({
    id: 'autoLayout',
    labelKey: 'command.autoLayout',
    group: 'arrange',
    edits: true,
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
  }),
  command({
    id: 'history',
    labelKey: 'command.history',
    group: 'file',
    edits: false,
    shortcuts: [{ key: 'h', mod: true, shift: true }],
    enabled: always,
    run: (context) => context.openPanel('history'),
  }),
  command({
    id: 'shortcuts',
    labelKey: 'command.shortcuts',
    group: 'help',
    edits: false,
    shortcuts: [{ key: '?' }],
    enabled: always,
    run: (context) => context.openPanel('shortcuts'),
  }),
] as const;

export type CommandId = (typeof COMMANDS)[number]['id'];

export const COMMANDS_BY_ID: ReadonlyMap<CommandId, Command<CommandId>> = new Map(COMMANDS.map((entry) => [entry.id, entry]));
