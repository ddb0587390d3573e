package dev.timeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores extracted expressions against gold TIMEX3 the way TempEval-3 does: a strict match has the same span, a
 * relaxed match overlaps; precision, recall and F1 for both; type and value accuracy over the relaxed matches;
 * type and value F1, where a system expression counts only if it overlaps a gold one and has the same attribute.
 * The gold expression of the document's own date is not scored, nor is a system expression overlapping it.
 *
 * <p>Counts add up over documents ({@link #add}), so one instance scores a corpus.
 */
public final class TimexScore {

    private int system;
    private int gold;
    private int strict;
    private int relaxed;
    private int typeCorrect;
    private int valueCorrect;
    private final List<String> misses = new ArrayList<>();

    /** Adds one document's expressions; pairs are one to one, each system expression taking the first free gold one. */
    public void add(String docName, List<Timex> found, List<TimeMlDocument.Gold> goldAll) {
        List<TimeMlDocument.Gold> golds = new ArrayList<>();
        List<TimeMlDocument.Gold> dcts = new ArrayList<>();
        for (TimeMlDocument.Gold g : goldAll) {
            (g.creationTime() ? dcts : golds).add(g);
        }
        boolean[] used = new boolean[golds.size()];
        gold += golds.size();
        for (Timex t : found) {
            if (dcts.stream().anyMatch(d -> t.overlaps(d.start(), d.end()))) {
                continue;
            }
            system++;
            int best = -1;
            for (int i = 0; i < golds.size(); i++) {
                TimeMlDocument.Gold g = golds.get(i);
                if (!used[i] && t.overlaps(g.start(), g.end())) {
                    if (best < 0 || g.start() == t.start() && g.end() == t.end()) {
                        best = i;
                    }
                }
            }
            if (best < 0) {
                misses.add(docName + "\tFP\t" + t.text() + "\t" + t.type() + "\t" + t.value());
                continue;
            }
            used[best] = true;
            TimeMlDocument.Gold g = golds.get(best);
            relaxed++;
            if (g.start() == t.start() && g.end() == t.end()) {
                strict++;
            } else {
                misses.add(docName + "\tSPAN\t" + t.text() + "\tgold " + g.text());
            }
            if (g.type().equals(t.type().name())) {
                typeCorrect++;
            }
            if (g.value().equals(t.value())) {
                valueCorrect++;
            } else {
                misses.add(docName + "\tVALUE\t" + t.text() + "|" + g.text() + "\t" + t.value() + "\tgold " + g.value());
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (!used[i]) {
                TimeMlDocument.Gold g = golds.get(i);
                misses.add(docName + "\tFN\t" + g.text() + "\t" + g.type() + "\t" + g.value());
            }
        }
    }

    public double strictF1() {
        return f1(strict, strict);
    }

    public double relaxedF1() {
        return f1(relaxed, relaxed);
    }

    public double typeF1() {
        return f1(typeCorrect, typeCorrect);
    }

    public double valueF1() {
        return f1(valueCorrect, valueCorrect);
    }

    /** Value accuracy over relaxed matches, in percent. */
    public double valueAccuracy() {
        return pct(valueCorrect, relaxed);
    }

    public double typeAccuracy() {
        return pct(typeCorrect, relaxed);
    }

    /** One line for each false positive, false negative and wrong value (for developing rules). */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** The header of {@link #row}. */
    public static String header() {
        return String.format(Locale.ROOT, "%-10s %5s %5s | %6s %6s %6s | %6s %6s %6s | %6s %6s | %6s %6s",
                "corpus", "gold", "sys", "strP", "strR", "strF1", "relP", "relR", "relF1", "typAcc", "valAcc",
                "typF1", "valF1");
    }

    /** The scores as one table row, in percent. */
    public String row(String corpus) {
        return String.format(Locale.ROOT, "%-10s %5d %5d | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %6.2f %6.2f | %6.2f %6.2f",
                corpus, gold, system, pct(strict, system), pct(strict, gold), strictF1(), pct(relaxed, system),
                pct(relaxed, gold), relaxedF1(), typeAccuracy(), valueAccuracy(), typeF1(), valueF1());
    }

    private double f1(int correctP, int correctR) {
        double p = system == 0 ? 0 : (double) correctP / system;
        double r = gold == 0 ? 0 : (double) correctR / gold;
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
