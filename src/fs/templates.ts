import { readFile } from 'node:fs/promises';
import type { PlanLang } from '../new/answers.js';

/**
 * The templates `ip new` fills in (templates/plan.<lang>.md). This module
 * sits two folders below the package root in src/, dist/ and the bundle
 * (dist/bundle/) alike, so one relative path serves all three.
 */
const TEMPLATES_URL = new URL('../../templates/', import.meta.url);

export async function loadTemplate(lang: PlanLang): Promise<string> {
  return readFile(new URL(`plan.${lang}.md`, TEMPLATES_URL), 'utf8');
}
