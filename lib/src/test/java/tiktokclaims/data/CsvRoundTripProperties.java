package tiktokclaims.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tech.tablesaw.api.Table;

/** Any transcript text survives a CSV round trip, whatever the line ends, BOM and quoting. */
class CsvRoundTripProperties {

    @Provide
    Arbitrary<String> transcripts() {
        return Arbitraries.strings().withChars("ab ,\"\n\r\u2019\u00e9\u4e2dNA'\t;").ofMaxLength(30)
                .filter(s -> !s.isEmpty());
    }

    @Property(tries = 200)
    void transcriptsRoundTrip(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("transcripts") String> texts,
            @ForAll boolean crlf, @ForAll boolean bom) {
        String eol = crlf ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder(bom ? "\ufeff" : "").append(String.join(",", ClaimsSchema.COLUMNS))
                .append(eol);
        for (int i = 0; i < texts.size(); i++) {
            b.append(i + 1).append(",claim,").append(1_000_000_000L + i).append(",10,").append(quote(texts.get(i)))
                    .append(",verified,active,1.0,2,3.0,4,5").append(eol);
        }
        Table t = ClaimsData.read(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)),
                Path.of("prop.csv")).table();
        assertEquals(texts, t.stringColumn(ClaimsSchema.TRANSCRIPT).asList());
        assertEquals(texts.size(), t.rowCount());
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
