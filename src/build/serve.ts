/**
 * `npm start` (after the build) and the end-to-end tests serve the built site with this:
 * `node src/build/serve.ts [--dir dist] [--host localhost] [--port 4321]`. `ATLAS_PORT` and
 * `ATLAS_DIST` set the port and folder when the flags are not given. Text is sent gzipped, as
 * static hosts send it, so what the tests weigh is what readers download. See `static-server.ts`.
 */
import { parseArgs } from 'node:util';
import { serve } from './static-server.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: process.env['ATLAS_DIST'] ?? 'dist' },
		host: { type: 'string', default: 'localhost' },
		port: { type: 'string', default: process.env['ATLAS_PORT'] ?? '4321' },
	},
});

const site = await serve({
	root: values.dir,
	host: values.host,
	port: Number(values.port),
	gzip: true,
});
console.log(`Serving ${values.dir}/ with the headers in ${values.dir}/_headers at ${site.origin}/`);
