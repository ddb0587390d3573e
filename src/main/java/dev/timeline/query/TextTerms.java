package dev.timeline.query;

import dev.timeline.model.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --text} looks for: whole words, and phrases written in double quotes. {@code embassy tehran} is two
 * terms, both of which must occur; {@code "foreign minister"} one term, the two words next to each other. Terms are
 * {@link Names#normalize normalised} (case, accents and punctuation ignored), so a term matches a text when it
 * stands in the normalised text between word boundaries: {@code MP} matches "an MP" and "the MP's home", never
 * "Olympic" or "MPs".
 */
public final class TextTerms {

    private TextTerms() {
    }

    /**
     * The terms of one typed value: each quoted phrase, and each word outside quotes.
     *
     * @param typed the value as typed, not null
     * @return the normalised terms, in order; empty when it holds no letter or digit
     * @throws IllegalArgumentException when a double quote is not closed, naming where it opens
     */
    public static List<String> parse(String typed) {
        List<String> terms = new ArrayList<>();
        int open = -1;
        int from = 0;
        for (int i = 0; i <= typed.length(); i++) {
            boolean end = i == typed.length();
            char c = end ? 0 : typed.charAt(i);
            if (!end && c != '"') {
                continue;
            }
            String part = Names.normalize(typed.substring(from, i));
            if (open >= 0) {
                if (end) {
                    throw new IllegalArgumentException("the double quote at character " + (open + 1)
                            + " is not closed; expected a phrase in double quotes, like '\"foreign minister\"'");
                }
                if (!part.isEmpty()) {
                    terms.add(part);
                }
                open = -1;
            } else {
                for (String word : part.split(" ")) {
                    if (!word.isEmpty()) {
                        terms.add(word);
                    }
                }
                open = i;
            }
            from = i + 1;
        }
        return terms;
    }

    /** True when {@code term} (normalised) stands as whole words in {@code normalisedText}. */
    static boolean matches(String normalisedText, String term) {
        int at = normalisedText.indexOf(term);
        while (at >= 0) {
            int after = at + term.length();
            if ((at == 0 || normalisedText.charAt(at - 1) == ' ')
                    && (after == normalisedText.length() || normalisedText.charAt(after) == ' ')) {
                return true;
            }
            at = normalisedText.indexOf(term, at + 1);
        }
        return false;
    }
}
