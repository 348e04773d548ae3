// `npm run client:generate`: writes api/client/openapi.json and api/client/schema.gen.ts from
// the API's own document. Run it after changing a route's schema; the client test fails
// while the committed files differ from what the API serves.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLIENT_DIR, DOCUMENT_FILE, TYPES_FILE, documentText, liveDocument, typesText } from './openapi-source.js';

const doc = await liveDocument();
await writeFile(join(CLIENT_DIR, DOCUMENT_FILE), documentText(doc));
await writeFile(join(CLIENT_DIR, TYPES_FILE), await typesText(doc));
console.log(`wrote ${DOCUMENT_FILE} and ${TYPES_FILE} in ${CLIENT_DIR}`);
