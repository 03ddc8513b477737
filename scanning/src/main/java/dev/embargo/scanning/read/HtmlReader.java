package dev.embargo.scanning.read;

import dev.embargo.scanning.ScanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML: the text a reader sees, one line per block element, scripts, styles and other invisible parts
 * dropped. The page title comes first, as it often names the subject of an article.
 */
final class HtmlReader {
    private static final Set<String> INVISIBLE =
            Set.of("script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas");

    Document read(String source, byte[] content) throws ScanException {
        DecodedText decoded = DecodedText.of(content);
        List<String> warnings = new ArrayList<>(decoded.warning().stream().toList());
        try {
            org.jsoup.nodes.Document html = Jsoup.parse(decoded.text());
            VisibleText visible = new VisibleText();
            String title = html.title();
            if (!title.isBlank()) {
                visible.append(title);
                visible.lineBreak();
            }
            NodeTraversor.traverse(visible, html.body());
            String text = visible.text();
            if (text.isBlank()) {
                warnings.add("the page has no visible text");
            }
            return new Document(source, DocumentKind.HTML, text, List.of(), warnings);
        } catch (RuntimeException e) {
            throw new ScanException(source, "HTML", "an HTML page jsoup can parse", e);
        }
    }

    /** Collapses white space as a browser does and breaks lines at block boundaries. */
    private static final class VisibleText implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int skipDepth = -1;
        private int preDepth = -1;

        @Override
        public void head(Node node, int depth) {
            if (skipDepth >= 0) {
                return;
            }
            if (node instanceof Element e) {
                String name = e.normalName();
                if (INVISIBLE.contains(name)) {
                    skipDepth = depth;
                } else if (name.equals("br")) {
                    trimTrailingSpace();
                    out.append('\n');
                } else if (e.isBlock()) {
                    lineBreak();
                }
                if (name.equals("pre") && preDepth < 0) {
                    preDepth = depth;
                }
            } else if (node instanceof TextNode t) {
                if (preDepth >= 0) {
                    out.append(t.getWholeText());
                } else {
                    append(t.getWholeText());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth >= 0) {
                if (depth == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (node instanceof Element e) {
                if (depth == preDepth) {
                    preDepth = -1;
                }
                if (e.isBlock()) {
                    lineBreak();
                }
            }
        }

        void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }

        void lineBreak() {
            trimTrailingSpace();
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void trimTrailingSpace() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        String text() {
            trimTrailingSpace();
            return out.toString().strip();
        }
    }
}
