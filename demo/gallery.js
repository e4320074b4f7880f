// Writes, under each example of the gallery, the HTML that renders it.
//
// This is a classic script at the end of <body>: it runs before the deferred
// module that defines the widgets, so it reads the markup exactly as written,
// before the elements upgrade and reflect default attributes (variant="full",
// theme="auto") that the page never set.
(() => {
  const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr']);

  const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

  // Like outerHTML, except that a boolean attribute is written as its bare
  // name (`show-original`), the way an editor types it.
  function serialize(node) {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    const attrs = [...node.attributes]
      .map((attr) => (attr.value === '' ? ` ${attr.name}` : ` ${attr.name}="${escapeAttr(attr.value)}"`))
      .join('');
    if (VOID.has(tag)) return `<${tag}${attrs}>`;
    const children = [...node.childNodes].map(serialize).join('');
    return `<${tag}${attrs}>${children}</${tag}>`;
  }

  function snippetOf(demo) {
    return [...demo.children].map(serialize).join('\n');
  }

  // A narrow screen wraps the snippet, and a browser may break a line after
  // any hyphen: "heading-" at the end of one line and "level" on the next
  // reads as two names. Tag and attribute names (short, outside quotes) are
  // kept whole; quoted values may still wrap. The text itself is unchanged.
  function unbreakableNames(text) {
    const nodes = [];
    text.split(/("[^"]*")/).forEach((part, i) => {
      if (i % 2 === 1) {
        nodes.push(document.createTextNode(part));
        return;
      }
      let last = 0;
      for (const match of part.matchAll(/<?\/?[a-z][a-z0-9]*(?:-[a-z0-9]+)+>?/g)) {
        nodes.push(document.createTextNode(part.slice(last, match.index)));
        const name = document.createElement('span');
        name.className = 'nobr';
        name.textContent = match[0];
        nodes.push(name);
        last = match.index + match[0].length;
      }
      nodes.push(document.createTextNode(part.slice(last)));
    });
    return nodes;
  }

  function copyButton(text) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Select the code and copy it';
      }
      setTimeout(() => (status.textContent = ''), 2500);
    });
    return [button, status];
  }

  document.querySelectorAll('.demo').forEach((demo, i) => {
    const text = snippetOf(demo);
    const figure = document.createElement('figure');
    figure.className = 'snippet';
    const caption = document.createElement('figcaption');
    const label = document.createElement('span');
    label.id = `snippet-${i + 1}`;
    label.textContent = 'HTML';
    caption.append(label, ...copyButton(text));
    const pre = document.createElement('pre');
    // Long lines scroll sideways; a keyboard user must be able to reach them.
    pre.tabIndex = 0;
    pre.setAttribute('aria-labelledby', label.id);
    const code = document.createElement('code');
    code.className = 'language-html';
    code.append(...unbreakableNames(text));
    pre.append(code);
    figure.append(caption, pre);
    demo.after(figure);
  });
})();
