// The English strings are the reference: their keys type every other language.
import { libraryEn } from './parts/library';
import { exportEn } from './parts/export';
import { analysisEn } from './parts/analysis';
import { scenariosEn } from './parts/scenarios';
import { editorEn } from './parts/editor';
import { inspectorEn } from './parts/inspector';
import { templatesEn } from './parts/templates';
import { recoveryEn } from './parts/recovery';
import { repairsEn } from './parts/repairs';
import { safetyEn } from './parts/safety';
import { drawingEn } from './parts/drawing';
import { presentEn } from './parts/present';
import { handoutEn } from './parts/handout';
import { interopEn } from './parts/interop';
import { interopImportEn, processTableEn } from './parts/interopImport';
import { actualsEn } from './parts/actuals';
import { slidesEn } from './parts/slides';
import { privacyEn } from './parts/privacy';
import { offlineEn } from './parts/offline';
import { teamEn } from './parts/team';
import { teamLibraryEn } from './parts/teamLibrary';

export const en = {
  ...editorEn,
  ...libraryEn,
  ...exportEn,
  ...inspectorEn,
  ...analysisEn,
  ...scenariosEn,
  ...templatesEn,
  ...recoveryEn,
  ...repairsEn,
  ...safetyEn,
  ...drawingEn,
  ...presentEn,
  ...handoutEn,
  ...interopEn,
  ...interopImportEn,
  ...processTableEn,
  ...actualsEn,
  ...slidesEn,
  ...privacyEn,
  ...offlineEn,
  ...teamEn,
  ...teamLibraryEn,
  'app.name': 'Salesflow',
  'app.tagline': 'Draw, analyse and export your sales process',

  'language.label': 'Language',
  'language.en': 'English',
  'language.zh-CN': '中文',
  'theme.toLight': 'Light theme',
  'theme.toDark': 'Dark theme',

  'toolbar.label': 'Editor toolbar',
  'toolbar.backToLibrary': 'Back to library',
  'toolbar.title': 'Document title',
  'toolbar.problems': 'Problems ({count})',
  'toolbar.heatView': 'Heat view',

  'canvas.label': 'Flowchart canvas',
  'canvas.zoomIn': 'Zoom in',
  'canvas.zoomOut': 'Zoom out',
  'canvas.controls': 'Zoom controls',
  'canvas.minimap': 'Overview map',
  'canvas.handle': 'Connection point',
  'canvas.roleNode': 'node',
  'canvas.roleEdge': 'connection',
  'canvas.edgeName': 'Connection from {from} to {to}',
  'canvas.nodeDescription': 'Press Enter or Space to select a node. Press Delete to remove it and Escape to cancel.',
  'canvas.nodeDescriptionKeyboard':
    'Press Enter or Space to select a node. Use the arrow keys to move it. Press Delete to remove it and Escape to cancel.',
  'canvas.nodeMoved': 'Moved the selected node {direction}. New position: x {x}, y {y}',
  'canvas.edgeDescription': 'Press Enter or Space to select a connection. Then press Delete to remove it or Escape to cancel.',
  'canvas.emptyHint': 'Drag a shape from the palette, or start from a template.',

  'kind.start': 'Start',
  'kind.end': 'End',
  'kind.stage': 'Stage',
  'kind.decision': 'Decision',
  'kind.document': 'Document',
  'kind.data': 'Data',
  'kind.delay': 'Delay',
  'kind.subprocess': 'Subprocess',
  'kind.note': 'Note',

  'outcome.won': 'Won',
  'outcome.lost': 'Lost',
  'outcome.other': 'Other',

  'error.not-json': 'This file is not valid JSON. It may be truncated or not a Salesflow file.',
  'error.not-salesflow': 'This is not a Salesflow file.',
  'error.too-new':
    'This file was written by a newer version of Salesflow (format {version}; this app reads up to {supported}). Update the app to open it.',
  'error.migration-failed': 'This file could not be upgraded from format {fromVersion}.',
  'error.invalid': 'The file is damaged at {path}: {reason}',
  'reason.required': 'a required value is missing.',
  'reason.type': 'the value has the wrong type.',
  'reason.not-finite': 'the number is not finite.',
  'reason.out-of-range': 'the value is out of range.',
  'reason.too-long': 'the text is too long.',
  'reason.duplicate-id': 'the id is used twice.',
  'reason.missing-node': 'it points to a node that does not exist.',
  'reason.self-loop': 'a connection goes from a node to itself.',
  'reason.missing-lane': 'it names a swimlane that does not exist.',
  'reason.missing-attachment': 'the note is attached to a node that does not exist.',
  'reason.link-scheme': 'links may only use http, https or mailto.',
  'reason.too-many-nodes': 'the document has more than {limit} nodes.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
