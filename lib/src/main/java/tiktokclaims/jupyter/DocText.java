package tiktokclaims.jupyter;

import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ValueTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Javadoc as plain text for {@link HelpIndex}: inline tags ({@code {@code}}, {@code {@link}}, {@code {@literal}},
 * {@code {@value}}) as their text, HTML tags dropped, entities decoded, and the first sentence found by the javadoc
 * tool's own rule (it ends at a period, question or exclamation mark followed by white space, or at the first HTML
 * block such as {@code <p>}), with two corrections: the break is looked for in the text as shown, so an inline tag
 * never ends a sentence (javac's {@code DocTrees.getFirstSentence} breaks before any tag that follows "e.g. "), and
 * the abbreviations "e.g.", "i.e.", "vs.", "cf." (and a few more) never end one, nor "etc." before a lower-case
 * word. (javadoc's {@code -breakiterator}, an English sentence {@code BreakIterator}, is no better: it still ends a
 * sentence at "e.g. Mean" and "vs. Python", and runs on over a sentence that starts with a lower-case name such as
 * "apply(Table) turns".)
 */
final class DocText {

    /** HTML elements that end the first sentence (javadoc: a paragraph, a heading, a list, a table, a block). */
    private static final Set<String> BLOCKS = Set.of("p", "pre", "ul", "ol", "dl", "li", "table", "div", "blockquote",
            "hr", "h1", "h2", "h3", "h4", "h5", "h6");

    /** A sentence's end mark (and closing brackets or quotes) followed by white space and more text. */
    private static final Pattern BREAK = Pattern.compile("[.?!][)\\]\"'\u2019]*(?=\\s+\\S)");

    /** Lower-case abbreviations that end with a period but never a sentence (checked before a candidate break). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?<![\\p{L}.])(e\\.g|i\\.e|vs|cf|viz|approx|resp|incl|esp|et al)\\.\\s*$");

    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
            "apos", "'", "nbsp", " ", "middot", "·", "times", "×", "mdash", "—", "ndash", "–");

    private DocText() {
    }

    /** The first sentence of a doc comment's body, as plain text with whitespace collapsed (empty for no text). */
    static String firstSentence(List<? extends DocTree> body) {
        for (DocTree t : body) {
            if (t.getKind() == DocTree.Kind.SUMMARY) {
                return text(((SummaryTree) t).getSummary());
            }
        }
        // Segments as shown, and the text the sentence rule reads: an inline tag stands there as one letter (of the
        // case its text starts with, for the "etc." rule), so a period inside {@code a. b} never ends the sentence.
        List<String> shown = new ArrayList<>();
        List<String> read = new ArrayList<>();
        StringBuilder probe = new StringBuilder();
        for (DocTree t : body) {
            if (isBlock(t)) {
                if (!probe.toString().isBlank()) {
                    break;
                }
                continue;
            }
            String s = raw(List.of(t));
            String stand = t instanceof TextTree || t instanceof EntityTree ? s
                    : isBreakElement(t) ? " " : s.isEmpty() ? "" : Character.isUpperCase(s.charAt(0)) ? "X" : "x";
            shown.add(isBreakElement(t) ? " " : s);
            read.add(stand);
            probe.append(stand);
        }
        int end = sentenceEnd(probe.toString());
        StringBuilder b = new StringBuilder();
        for (int i = 0, at = 0; i < shown.size() && at < end; at += read.get(i).length(), i++) {
            boolean textual = read.get(i).equals(shown.get(i));
            b.append(textual ? shown.get(i).substring(0, Math.min(shown.get(i).length(), end - at)) : shown.get(i));
        }
        return collapse(b.toString());
    }

    /** Where the first sentence of plain text ends: the first sentence break not right after an abbreviation. */
    static int sentenceEnd(String text) {
        Matcher m = BREAK.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.end());
            String after = text.substring(m.end()).strip();
            boolean etc = before.endsWith("etc.") && Character.isLowerCase(after.charAt(0));
            if (!etc && !ABBREVIATION.matcher(before).find()) {
                return m.end();
            }
        }
        return text.length();
    }

    /** A Javadoc fragment as plain text: inline code and links as their text, HTML dropped, whitespace collapsed. */
    static String text(List<? extends DocTree> trees) {
        return collapse(raw(trees));
    }

    private static String raw(List<? extends DocTree> trees) {
        StringBuilder b = new StringBuilder();
        for (DocTree t : trees) {
            if (t instanceof TextTree) { // also an ErroneousTree: malformed Javadoc shown as written
                b.append(((TextTree) t).getBody());
            } else if (t instanceof LiteralTree) {
                b.append(((LiteralTree) t).getBody().getBody());
            } else if (t instanceof LinkTree) {
                LinkTree link = (LinkTree) t;
                b.append(link.getLabel().isEmpty() ? reference(link.getReference().getSignature()) : text(link.getLabel()));
            } else if (t instanceof ValueTree) {
                ValueTree value = (ValueTree) t;
                b.append(value.getReference() == null ? "" : reference(value.getReference().getSignature()));
            } else if (t instanceof IndexTree) {
                b.append(text(List.of(((IndexTree) t).getSearchTerm())));
            } else if (t instanceof EntityTree) {
                b.append(entity(((EntityTree) t).getName().toString()));
            } else if (t instanceof SummaryTree) {
                b.append(text(((SummaryTree) t).getSummary()));
            } else if (t instanceof StartElementTree || t instanceof EndElementTree) {
                b.append(isBreakElement(t) || isBlock(t) ? " " : "");
            }
            // {@inheritDoc}, {@docRoot} and unknown inline tags show nothing: Help looks the sentence up in the
            // supertypes when a member's own is empty.
        }
        return b.toString();
    }

    /** {@code Table#summarize(String, AggregateFunction...)} as {@code Table.summarize(String, AggregateFunction...)}. */
    private static String reference(String signature) {
        return signature.replaceFirst("^#", "").replace('#', '.');
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return new String(Character.toChars(code));
            } catch (IllegalArgumentException e) {
                return "&" + name + ";";
            }
        }
        return ENTITIES.getOrDefault(name, "&" + name + ";");
    }

    private static boolean isBlock(DocTree t) {
        String name = t instanceof StartElementTree ? ((StartElementTree) t).getName().toString()
                : t instanceof EndElementTree ? ((EndElementTree) t).getName().toString() : null;
        return name != null && BLOCKS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isBreakElement(DocTree t) {
        return t instanceof StartElementTree && ((StartElementTree) t).getName().toString().equalsIgnoreCase("br");
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
