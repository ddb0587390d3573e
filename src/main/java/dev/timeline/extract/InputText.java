package dev.timeline.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The text of an input: plain UTF-8 text, a saved HTML page (its readable text, scripts, styles and navigation
 * dropped, via jsoup) or a TimeML document (its TEXT element; its DCT is the publication date).
 *
 * @param text  the text to extract from
 * @param kind  what the input was
 * @param dct   the TimeML document creation time, or null
 * @param timeMl the parsed TimeML document, or null
 */
public record InputText(String text, Kind kind, String dct, TimeMlDocument timeMl) {

    /** The kinds of input read. */
    public enum Kind {
        TEXT, HTML, TIMEML
    }

    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html|<head|<body|<meta|<title"
            + "|<!--)");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "was", "with", "as", "by", "it", "at", "from", "has", "have", "are", "be", "its", "an", "his", "said");

    /**
     * Reads {@code bytes} as one of the inputs.
     *
     * @param name the file name (its extension {@code .tml}, {@code .html} or {@code .htm} decides the kind; else
     *             the content does)
     * @throws InputException when the bytes are empty, binary, not UTF-8, not well-formed TimeML, or not English
     */
    public static InputText read(byte[] bytes, String name) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("the input is empty: expected an article as UTF-8 text, HTML or TimeML");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new InputException("the input is binary (a NUL byte at offset " + i
                        + "): expected an article as UTF-8 text, HTML or TimeML");
            }
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("the input is not UTF-8 text: expected an article as UTF-8 text, HTML or TimeML");
        }
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String head = raw.substring(0, Math.min(raw.length(), 2000));
        InputText input;
        if (lower.endsWith(".tml") || !lower.endsWith(".html") && !lower.endsWith(".htm")
                && head.stripLeading().startsWith("<") && TimeMlDocument.looksLike(head)) {
            try {
                TimeMlDocument doc = TimeMlDocument.parse(raw);
                input = new InputText(doc.text(), Kind.TIMEML, doc.dct(), doc);
            } catch (IOException e) {
                throw new InputException(e.getMessage(), e);
            }
        } else if (lower.endsWith(".html") || lower.endsWith(".htm") || HTML.matcher(head).find()) {
            input = new InputText(html(raw), Kind.HTML, null, null);
        } else {
            input = new InputText(raw.replace("\r\n", "\n").replace('\r', '\n'), Kind.TEXT, null, null);
        }
        checkEnglish(input.text());
        return input;
    }

    /** The readable text of an HTML page: the article (or main, or body) without scripts, styles and navigation. */
    static String html(String page) {
        Document doc = Jsoup.parse(page);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, "
                + "[role=navigation], .nav, .navigation, .menu, .sidebar, .comments, .share").remove();
        org.jsoup.nodes.Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder out = new StringBuilder();
        String title = doc.title();
        if (!title.isBlank() && (root == null || !root.text().startsWith(title))) {
            out.append(title.strip()).append("\n\n");
        }
        if (root != null) {
            for (org.jsoup.nodes.Element block : root.select("h1, h2, h3, h4, p, li, blockquote, time, pre")) {
                if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                    continue; // its text is in the enclosing block
                }
                String t = block.text().strip();
                if (!t.isEmpty()) {
                    out.append(t).append("\n\n");
                }
            }
            if (out.length() == 0 || out.length() < root.text().length() / 4) {
                out.setLength(0);
                out.append(root.wholeText().replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip());
            }
        }
        return out.toString().strip();
    }

    /**
     * Refuses text that is not English: mostly letters outside the Latin script, or (given enough words) almost
     * none of the commonest English words. Short texts pass: there is too little to tell.
     */
    static void checkEnglish(String text) throws InputException {
        int latin = 0;
        int other = 0;
        int limit = Math.min(text.length(), 20000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (other > latin) {
            throw new InputException("the text is not in English (most letters are not Latin script): the "
                    + "extractor's rules read English news");
        }
        String[] words = text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int count = 0;
        int common = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                count++;
                common += ENGLISH.contains(w) ? 1 : 0;
            }
        }
        if (count >= 40 && common * 100 < count * 4) {
            throw new InputException("the text does not look like English (" + common + " of " + count
                    + " words are common English words): the extractor's rules read English news");
        }
    }
}
