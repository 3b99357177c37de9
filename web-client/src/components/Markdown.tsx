import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Renders Markdown for previews; sanitised because it is the author's own unsaved text shown as HTML. */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}

export function renderMarkdown(source: string): string {
  return DOMPurify.sanitize(marked.parse(source, { async: false, gfm: true }));
}

/** Server-rendered HTML (post and comment bodies); sanitised again on the client as defence in depth. */
export function Html({ html }: { html: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}
