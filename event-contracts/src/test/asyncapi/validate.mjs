// Validates AsyncAPI documents with the official parser (@asyncapi/parser, the one the AsyncAPI CLI's
// `validate` runs): the document's schema, its $refs and the parser's Spectral rules.
// Usage: node validate.mjs FILE...   Prints one line per diagnostic; exits 1 when any is an error or a warning.
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE...');
  process.exit(2);
}
const parser = new Parser();
let failed = false;
for (const file of files) {
  const { document, diagnostics } = await fromFile(parser, file).parse();
  const blocking = diagnostics.filter(d => d.severity <= DiagnosticSeverity.Warning);
  for (const d of diagnostics) {
    const where = d.path.length ? d.path.join('.') : '(document)';
    console.log(`${file}: ${DiagnosticSeverity[d.severity].toLowerCase()} ${d.code} at ${where}: ${d.message}`);
  }
  if (document === undefined || blocking.length > 0) {
    failed = true;
    console.log(`${file}: INVALID (${blocking.length} errors and warnings)`);
  } else {
    console.log(`${file}: valid AsyncAPI ${document.version()}`);
  }
}
process.exit(failed ? 1 : 0);
