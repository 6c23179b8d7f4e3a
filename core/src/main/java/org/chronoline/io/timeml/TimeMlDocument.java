package org.chronoline.io.timeml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.ChronolineException;
import org.chronoline.model.Span;

/**
 * A TempEval-3 TimeML document ({@code .tml} or {@code .TE3input}): its creation time from
 * {@code <DCT>}, the text inside {@code <TEXT>} with every tag stripped and entities decoded, and the
 * gold {@code TIMEX3} annotations found there, with offsets in the stripped text. The original
 * content is kept so that a writer can leave everything outside {@code TEXT} unchanged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name      the file name
 * @param content   the whole original document
 * @param textStart where the TEXT element's content starts in {@code content}
 * @param textEnd   where it ends
 * @param dct       the document creation time's TIMEX3 value ({@code 1998-01-08}), or {@code null}
 * @param text      the stripped TEXT
 * @param gold      the TIMEX3 annotations inside TEXT, in order
 */
public record TimeMlDocument(String name, String content, int textStart, int textEnd, String dct, String text,
                             List<GoldTimex> gold) {

    private static final Pattern DCT = Pattern.compile("<DCT>\\s{0,20}<TIMEX3\\b([^>]{0,2000})>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_:][\\w:.-]{0,60})\\s{0,5}=\\s{0,5}(\"[^\"]{0,5000}\"|'[^']{0,5000}')");

    public TimeMlDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }

    /** Reads a document from a file (UTF-8). */
    public static TimeMlDocument read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TimeML file " + file, e);
        }
    }

    /** Parses a document; fails (naming the document) only when it has no {@code <TEXT>} element. */
    public static TimeMlDocument parse(String name, String content) {
        String dct = null;
        Matcher d = DCT.matcher(content);
        if (d.find()) {
            dct = attributes(d.group(1)).get("value");
        }
        int open = content.indexOf("<TEXT>");
        int close = content.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new ChronolineException(name + ": no <TEXT> ... </TEXT> element; is this a TimeML document?");
        }
        int start = open + "<TEXT>".length();
        StringBuilder text = new StringBuilder(close - start);
        List<GoldTimex> gold = new ArrayList<>();
        Deque<Object[]> openTimex = new ArrayDeque<>();
        int i = start;
        while (i < close) {
            char c = content.charAt(i);
            if (c == '<') {
                int gt = content.indexOf('>', i);
                if (gt < 0 || gt > close) {
                    text.append(c);
                    i++;
                    continue;
                }
                String tag = content.substring(i + 1, gt);
                if (tag.startsWith("TIMEX3")) {
                    Map<String, String> a = attributes(tag);
                    if (tag.endsWith("/")) {
                        // an empty TIMEX3 has no extent in the text
                    } else {
                        openTimex.push(new Object[] {text.length(), a});
                    }
                } else if (tag.startsWith("/TIMEX3") && !openTimex.isEmpty()) {
                    Object[] o = openTimex.pop();
                    int s = (Integer) o[0];
                    @SuppressWarnings("unchecked")
                    Map<String, String> a = (Map<String, String>) o[1];
                    gold.add(new GoldTimex(a.get("tid"), Span.of(s, text.length()), text.substring(s),
                            a.get("type"), a.get("value"), a.get("mod")));
                }
                i = gt + 1;
            } else if (c == '&') {
                int semi = content.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(content.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        gold.sort((x, y) -> x.span().compareTo(y.span()));
        return new TimeMlDocument(name, content, start, close, dct, text.toString(), gold);
    }

    /** The creation time as a reference time: the DCT's date at midnight UTC, or {@code fallback}. */
    public OffsetDateTime reference(OffsetDateTime fallback) {
        if (dct == null || dct.length() < 10) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(dct.substring(0, 10));
            return date.atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            String v = m.group(2);
            out.put(m.group(1), unescape(v.substring(1, v.length() - 1)));
        }
        return out;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int semi = s.indexOf(';', i);
            String dec = s.charAt(i) == '&' && semi > i ? entity(s.substring(i + 1, semi)) : null;
            if (dec != null) {
                sb.append(dec);
                i = semi + 1;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
