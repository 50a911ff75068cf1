/**
 * The house style of a story error: one line per problem, `file:line:col message`, in file
 * order, then a count and where the docs explain each message. Shared by the story checker
 * (src/lib/stories/remark-story.ts) and the frontmatter and syntax checks (story-errors.ts).
 */
export interface StoryProblem {
  line: number;
  column: number;
  message: string;
}

/** One line per problem, in file order: `file:line:col  message`. */
export function formatProblems(file: string, problems: readonly StoryProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const lines = sorted.map((p) => `${file}:${p.line}:${p.column} ${p.message}`);
  const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
  return `${lines.join("\n")}\n(${count} in ${file}; see docs/editors.md, "Error messages".)`;
}
