// One definition for npm start, npm run host and anything else run from a checkout.
export { APP_DATA_FOLDER, appDataDir, coreDataDir } from '../main/host/app-data-dir.ts';
