package dev.timeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds parenthesised citations: a bracket holding one or more {@code Outlet, Date} parts separated by {@code ;},
 * where the outlet may be missing and the date is a month and day, with or without a year. A bracket that holds
 * only a date ("(2013–2021)") is not a citation.
 */
final class Citations {

    private static final Pattern BRACKET = Pattern.compile("\\(([^()\\n]{1,160})\\)");
    private static final Pattern PART = Pattern.compile(
            "\\s*([^,;]{0,80}?)\\s*,\\s*((?:" + Lexicon.MONTH_NAMES + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
                    + "|\\d{1,2}\\s+(?:" + Lexicon.MONTH_NAMES + ")\\.?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}"
                    + "|(?:" + Lexicon.MONTH_NAMES + ")\\.?\\s+\\d{4})\\s*");

    private Citations() {
    }

    /**
     * The citations of {@code text}. Report dates are resolved against {@code anchor} as dates of the past: a
     * report cannot postdate the article that cites it.
     */
    static List<Citation> find(String text, Anchor anchor, TemporalTagger tagger) {
        List<Citation> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        Anchor past = anchor;
        int charPos = 0;
        int cpPos = 0;
        while (m.find()) {
            String inner = m.group(1);
            List<Citation.Report> reports = new ArrayList<>();
            boolean ok = true;
            for (String part : inner.split(";")) {
                Matcher p = PART.matcher(part);
                if (!p.matches()) {
                    ok = false;
                    break;
                }
                String outlet = p.group(1).isBlank() ? null : p.group(1).strip();
                String date = reportDate(p.group(2), past, tagger);
                if (date == null) {
                    ok = false;
                    break;
                }
                reports.add(new Citation.Report(outlet, date));
            }
            if (ok && !reports.isEmpty()) {
                cpPos += text.codePointCount(charPos, m.start()); // counted on from the last one: linear in the text
                charPos = m.start();
                int start = cpPos;
                out.add(new Citation(start, start + text.codePointCount(m.start(), m.end()), reports));
            }
        }
        return out;
    }

    private static String reportDate(String date, Anchor anchor, TemporalTagger tagger) {
        List<Timex> t = tagger.tag(date, anchor);
        if (t.size() != 1 || t.get(0).edtf() == null || t.get(0).type() != TimexType.DATE) {
            return null;
        }
        String edtf = t.get(0).edtf();
        // a month named without a year that would fall after publication is last year's
        if (anchor.hasMonth() && !date.matches(".*\\d{4}.*") && edtf.compareTo(anchor.toString()) > 0
                && !edtf.startsWith(anchor.toString())) {
            edtf = (Integer.parseInt(edtf.substring(0, 4)) - 1) + edtf.substring(4);
        }
        return edtf;
    }
}
