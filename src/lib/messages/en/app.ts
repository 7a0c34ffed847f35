import type { appMessages as vi } from '../vi/app.ts'
import { translationOf } from '../catalog.ts'

export const appMessages = translationOf<typeof vi>()({
  appName: 'Bảng chỉ số',
  loading: 'Loading the dataset…',
  retry: 'Retry',
  errorTitle: 'The dataset could not be loaded',
  errorNetwork: 'Could not connect to load {url}. Check the network and retry.',
  errorHttp: 'The server answered {status} for {url}.',
  errorNotJson: '{url} is not valid JSON.',
  errorNotJsonAt: '{url} is not valid JSON: a syntax mistake at line {line}, column {column}.',
  errorEmpty: '{url} is empty: it holds no figures.',
  errorUnknownDataset:
    'There is no dataset "{id}" among the bundled ones or in this browser. A dataset opened from a file is kept only in the browser that opened it: open the file again with "Datasets".',
  errorHtml:
    '{url} is a web page (HTML), not a JSON dataset: the address may be wrong, or the server is returning an error page.',
  errorTimeout: 'The server did not answer within {seconds} seconds for {url}. Check the network and retry.',
  openBundled: 'Open the bundled dataset ({name})',
  errorSchema: { one: '{url} has {count} invalid field:', other: '{url} has {count} invalid fields:' },
  errorUnknown: 'Unexpected error: {detail}',
  switchLanguage: 'Tiếng Việt',
  switchLanguageLabel: 'Chuyển sang tiếng Việt',
  nav: 'Sections',
  skipToContent: 'Skip to the main content',
  menu: 'Menu',
})
