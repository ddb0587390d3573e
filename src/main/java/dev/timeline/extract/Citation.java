package dev.timeline.extract;

import java.util.List;

/**
 * A parenthesised reference to a report, such as {@code (Eurasianet, October 20, 2022)} or {@code (, March 30)}.
 *
 * @param start   code-point offset of the opening bracket
 * @param end     code-point offset after the closing bracket
 * @param reports the reports it names, in order ({@code (Al Jazeera, April 6;, April 11)} names two)
 */
public record Citation(int start, int end, List<Report> reports) {

    public Citation {
        reports = List.copyOf(reports);
    }

    /**
     * One cited report.
     *
     * @param outlet    the outlet, or null when the copy lost it ("(, March 30)")
     * @param published its date as EDTF, at the precision given
     */
    public record Report(String outlet, String published) {
    }
}
