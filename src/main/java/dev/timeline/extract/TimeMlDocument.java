package dev.timeline.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML document ({@code .tml}, as TimeBank and TempEval-3 distribute them): the text of its TEXT element, its
 * document creation time (the DCT element's TIMEX3), and the gold TIMEX3 annotations inside the text.
 *
 * @param text the TEXT element's character content, markup removed
 * @param dct  the DCT TIMEX3's value, or null when the file has none
 * @param gold the TIMEX3 elements inside TEXT, with code-point spans into {@code text}
 */
public record TimeMlDocument(String text, String dct, List<Gold> gold) {

    /**
     * One gold annotation.
     *
     * @param creationTime true for the document's own date written in the text (it is not scored)
     */
    public record Gold(int start, int end, String text, String type, String value, boolean creationTime) {
    }

    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /** True when {@code head} (a file's first characters) looks like TimeML. */
    public static boolean looksLike(String head) {
        return head.contains("<TimeML") || head.contains("<TIMEX3") && head.contains("<TEXT>");
    }

    public static TimeMlDocument parse(String xml) throws IOException {
        return parse(new StringReader(xml));
    }

    /**
     * Reads a TimeML document.
     *
     * @throws IOException when it is not well-formed XML or has no TEXT element (the message says where)
     */
    public static TimeMlDocument parse(Reader in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        String dct = null;
        boolean inText = false;
        boolean inDct = false;
        boolean sawText = false;
        int codePoints = 0;
        int openStart = -1;
        int openChar = -1;
        Map<String, String> open = null;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = true;
                        sawText = true;
                    } else if (name.equals("DCT")) {
                        inDct = true;
                    } else if (name.equals("TIMEX3")) {
                        Map<String, String> attrs = new HashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (inDct || (dct == null && "CREATION_TIME".equals(attrs.get("functionInDocument"))
                                && !inText)) {
                            dct = attrs.get("value");
                        }
                        if (inText) {
                            open = attrs;
                            openStart = codePoints;
                            openChar = text.length();
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("DCT")) {
                        inDct = false;
                    } else if (name.equals("TIMEX3") && open != null) {
                        if (codePoints > openStart) {
                            gold.add(new Gold(openStart, codePoints, text.substring(openChar),
                                    open.getOrDefault("type", ""), open.getOrDefault("value", ""),
                                    "CREATION_TIME".equals(open.get("functionInDocument"))));
                        }
                        open = null;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    String chunk = r.getText();
                    text.append(chunk);
                    codePoints += chunk.codePointCount(0, chunk.length());
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new IOException("not well-formed TimeML" + where + ": " + firstLine(e.getMessage()), e);
        }
        if (!sawText) {
            throw new IOException("TimeML without a TEXT element");
        }
        return new TimeMlDocument(text.toString(), dct, gold);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.lastIndexOf('\n');
        return nl >= 0 ? m.substring(nl + 1).strip() : m;
    }
}
