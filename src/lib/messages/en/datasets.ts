import type { datasetsMessages as vi } from '../vi/datasets.ts'
import { translationOf } from '../catalog.ts'

export const datasetsMessages = translationOf<typeof vi>()({
  datasetsButton: 'Datasets',
  datasetsLabel: 'Open another dataset: a bundled one, or one from your files',
  datasetsTitle: 'Datasets',
  datasetsBundled: 'Bundled',
  datasetsOpened: 'Opened in this browser',
  datasetsNoneOpened: 'No dataset opened from a file yet.',
  datasetsCurrent: 'showing',
  openDataset: 'Open',
  removeDataset: 'Remove from this browser',
  chooseFiles: 'Choose files…',
  dropHint:
    'Drop a dataset file (.json, following the published JSON Schema) here, with its report text (.txt) if you have it so the quotes are checked; or',
  noJsonFile: 'None of the chosen files is a .json file.',
  noSourceText: 'Opened without its report text: the quotes are not checked.',
  openedNotKeptFull:
    'The browser will not store any more: {titles} is open in this tab only; after a reload, open the file again.',
  openedNotKept:
    'The browser lets this page store nothing (private mode, or storage turned off): {titles} is open in this tab only; after a reload, open the file again.',
  storageUsed: 'The browser keeps {used} for this page; about {left} more can be stored.',
  storagePersisted: 'The browser has promised not to clear what this page stores.',
  storageNotPersisted:
    'The browser may clear what this page stores when the device runs short of space: download the .json files to keep them.',
  datasetOpened: 'Opened "{title}".',
  sourceUnavailable: 'No report text came with this dataset.',
  createFromText: "Make from a report's text",
  continueDraft: 'Continue the unfinished draft',
  removeConfirm: 'Remove "{title}" from this browser?',
  removeYes: 'Remove',
  replaceQuestion:
    'This browser already keeps {titles} under the same id. Replace it with the file just opened?',
  replaceYes: 'Replace',
  removeNo: 'Keep it',
  openedSeveral: 'Opened {opened}.',
  leftOut: 'Not opened {file}: {reason}',
  createHint:
    'Have a report but no dataset file? Paste its text or open it (.txt, .docx, .html) and review the figures found.',
  oneFileDownload: 'Download the dashboard page (.html)',
  oneFileWriting: 'Writing the page…',
  oneFileDone:
    'Downloaded {file} ({size}): one file that opens in a browser with no network, with the dashboard, the deck, the report text and the exports. Send it to a colleague or copy it to a USB stick.',
  oneFileLocal:
    'This page was opened from a file: only the app served from a server can write a one-file page of another dataset.',
  oneFileOffline:
    'Could not fetch the page template or the dataset: is the network down? The first time needs the network, later ones do not.',
  oneFileMissing:
    'The server has no one-file page template (one-file.html): this installation was not fully built.',
  oneFileRender: 'Could not draw the page of this dataset.',
})
