import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type FileCheckOptions } from './check-file.js';
import type { Candidate } from './collect.js';

/** A worker thread that checks its share of the files and sends the results back. */
const { files, options } = workerData as { files: Candidate[]; options: FileCheckOptions };
parentPort!.postMessage(files.map((file) => checkFile(file, options)));
