package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written CSV rows against what they replace, jackson-dataformat-csv's generator configured as CsvFormatter
 * configured it (a header, CRLF, {@code STRICT_CHECK_FOR_QUOTING}): the same characters for seeded random tables
 * whose cells mix plain text with commas, quotes, CR, LF, tabs, '#', non-ASCII, surrogate pairs and cells longer
 * than the buffer; and the formula check's number test against the regular expression it replaces. Rerun a failure
 * with {@code -Dtimeline.seed=<seed>}.
 */
class CsvRowsTest {

    private static final String ALPHABET = "ab Z09,\"\r\n\t#'=-+@.;éß\u202e\ud83d\ude00";

    @Test
    void writesWhatJacksonsGeneratorWrote() throws IOException {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("CsvRowsTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int table = 0; table < 400; table++) {
            int columns = 1 + random.nextInt(13);
            String[] header = new String[columns];
            for (int c = 0; c < columns; c++) {
                header[c] = "c" + c;
            }
            String[][] rows = new String[random.nextInt(table % 50 == 0 ? 3 : 40)][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = new String[columns];
                for (int c = 0; c < columns; c++) {
                    rows[r][c] = cell(random);
                }
            }
            assertThat(hand(header, rows)).as("seed %d, table %d", seed, table).isEqualTo(jackson(header, rows));
        }
    }

    @Test
    void plainNumbersAreWhatThePatternSays() {
        Pattern plain = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        Random random = new Random(seed);
        String alphabet = "-0193.a ";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(7);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = b.toString();
            assertThat(CsvFormatter.isPlainNumber(value)).as("seed %d: '%s'", seed, value)
                    .isEqualTo(plain.matcher(value).matches());
        }
    }

    private static String cell(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return "";
        }
        int length = kind == 1 ? 8000 + random.nextInt(1000) : kind == 2 ? 20_000 : kind == 3 ? 4090 + random.nextInt(10)
                : random.nextInt(40);
        StringBuilder b = new StringBuilder(length);
        boolean plain = random.nextBoolean();
        for (int i = 0; i < length; i++) {
            b.append(plain ? (char) ('a' + random.nextInt(26)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String hand(String[] header, String[][] rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvRows csv = new CsvRows(out);
        csv.row(header);
        for (String[] row : rows) {
            csv.row(row);
        }
        csv.flush();
        return out.toString();
    }

    private static String jackson(String[] header, String[][] rows) throws IOException {
        StringWriter out = new StringWriter();
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : header) {
            builder.addColumn(column);
        }
        CsvSchema schema = builder.setUseHeader(true).setLineSeparator("\r\n").build();
        try (CsvGenerator csv = (CsvGenerator) new CsvFactory().createGenerator(out)) {
            csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            csv.setSchema(schema);
            for (String[] row : rows) {
                csv.writeStartArray();
                for (String cell : row) {
                    csv.writeString(cell);
                }
                csv.writeEndArray();
            }
        }
        return out.toString();
    }
}
