// The usage lines of `kutip add`, apart from its code: `kutip --help` shows them without loading it.
export const addUsage = `  kutip add <URL | page.html | text.txt> [--id ID] [--articles-dir DIR] [--lang en|id] [--json]
      Reads an article from a link, a saved web page or a text file and writes
      <id>.txt and <id>.json into the articles folder; prints what it understood.`;
