// What the gallery and the builder both do to the HTML they show as snippets.

export const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// A narrow screen wraps the snippet, and a browser may break a line after any
// hyphen: "heading-" at the end of one line and "level" on the next reads as
// two names. Tag and attribute names (outside quotes) are kept whole; quoted
// values may still wrap. The text itself is unchanged.
export function unbreakableNames(text) {
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
