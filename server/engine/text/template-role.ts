// The Reliable ML design-doc template (ru and its en translation, common in course
// docs) ends each instruction with the role that fills it, in a code span:
// "Определение целевой переменной, согласованное с бизнесом `Data Scientist`",
// "Estimated costs of running the system per month `Data Scientist`". A unit that
// still ends with that tag is the template's prompt left in place, not the
// writer's answer: its examples ("Пример - WAPE <= 50%") settle nothing.

/** The roles the template names. Title case as the template writes them. */
const ROLES = '(?:Data Scientist|Product Owner|AB Group|ML Engineer|Data Engineer|MLOps)';
const ROLE_TAIL = new RegExp(`${ROLES}(?:\\s*(?:&|,|and|и|with|с)\\s*${ROLES})*[\\s.)]*$`, 'u');

/**
 * Words after which a role is someone the writer speaks of, not the template's tag:
 * "agreed with the Product Owner", "согласовано с Product Owner", "owned by Data Scientist".
 */
const SPOKEN_OF = new Set(['the', 'a', 'an', 'by', 'with', 'to', 'from', 'for', 'our', 'your', 'their', 'and', 'or', 'each', 'every', 'one',
  'с', 'со', 'от', 'для', 'и', 'или', 'у', 'к', 'ко', 'наш', 'наша', 'наши', 'каждый']);

/** A section number opens a heading ("2.3. Этапы решения задачи `Data Scientist`"), never a prompt. */
const NUMBERED = /^\s*\d+(?:\.\d+)*\.?\s/u;

export function endsWithTemplateRole(text: string): boolean {
  const tail = ROLE_TAIL.exec(text);
  if (!tail || NUMBERED.test(text)) return false;
  const before = text.slice(0, tail.index).trimEnd();
  const words = before.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // A heading-sized label ("Методология `Data Scientist`") is a section's name, not an instruction.
  if (words.length < 3) return false;
  const last = words[words.length - 1].toLowerCase().replace(/[^\p{L}]/gu, '');
  return !SPOKEN_OF.has(last);
}
