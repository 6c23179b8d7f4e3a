package org.chronoline.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Jackson generators set up the same way for every JSON-writing format. Stateless and thread-safe. */
public final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    /** A UTF-8 generator that leaves {@code out} open; indented with {@code \n} line ends when {@code pretty}. */
    public static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        return setUp(g, pretty);
    }

    /**
     * A generator for JSON embedded in an HTML {@code <script>} element: {@code <}, {@code >} and
     * {@code &} are written as JSON unicode escapes, so no string can close the element or open a
     * comment.
     */
    public static JsonGenerator scriptSafeGenerator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setCharacterEscapes(ScriptSafeEscapes.INSTANCE);
        return setUp(g, false);
    }

    private static JsonGenerator setUp(JsonGenerator g, boolean pretty) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        }
        return g;
    }

    /**
     * A local date ({@code 2025-10-14}), or a date-time ({@code 2025-10-14T10:00:00}) when {@code clock};
     * a year outside 0000-9999 in the expanded form of ISO 8601 that JavaScript reads ({@code
     * -000249-01-01} is 250 B.C.), and {@code LocalDate.parse} too.
     */
    public static String dateTime(LocalDateTime t, boolean clock) {
        String iso = clock ? t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) : t.toLocalDate().toString();
        int year = t.getYear();
        if (year >= 0 && year <= 9999) {
            return iso;
        }
        int dash = iso.indexOf('-', 1); // the one after the year
        return (year < 0 ? "-" : "+") + String.format(java.util.Locale.ROOT, "%06d", Math.abs(year)) + iso.substring(dash);
    }

    /** A local date as {@link #dateTime} writes it. */
    public static String date(LocalDate d) {
        return dateTime(d.atStartOfDay(), false);
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final ScriptSafeEscapes INSTANCE = new ScriptSafeEscapes();
        private final int[] ascii;

        private ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
