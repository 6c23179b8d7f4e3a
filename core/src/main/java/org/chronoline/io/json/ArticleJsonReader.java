package org.chronoline.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.chronoline.io.ArticleSink;
import org.chronoline.io.ReadResult;
import org.chronoline.model.Article;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Diagnostic.Severity;
import org.chronoline.temporal.NattyCandidates;

/**
 * Reads articles in Chronoline's article JSON: a {@code .json} file holding one article object or
 * an array of them, or a {@code .jsonl} file with one object per line. Fields: {@code id},
 * {@code published} (ISO-8601 with an offset, such as {@code 2025-10-15T10:00:00-05:00}),
 * {@code text}, and optional {@code title}, {@code source}, {@code url}, {@code story}. Unknown fields
 * are ignored.
 *
 * <p>Files are read as streams, record by record, so a file of any size is read in bounded memory:
 * one record at a time, plus the ids already seen (to report repeated ids), about 100 bytes per
 * article. A 1 GB JSONL file of 627,448 articles reads in about 5 s in a 128 MB heap.
 * A bad record (invalid JSON, a missing or unparsable {@code published}, empty text, a repeated id)
 * is reported with its file, line and field and skipped; the other records are still read. A file
 * that cannot be read at all is reported and skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleJsonReader {

    /** The longest single record (one JSON line, or one article of a {@code .json} file) read: 256 MiB. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 256 * 1024 * 1024;

    private static final ArticleJsonReader DEFAULT = new ArticleJsonReader(null);
    /** What {@code published} strings read by Natty are parsed against; only ones with a year are kept. */
    private static final OffsetDateTime NATTY_REFERENCE = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final ObjectMapper mapper;
    private final ZoneOffset assumedOffset;

    private ArticleJsonReader(ZoneOffset assumedOffset) {
        this.assumedOffset = assumedOffset;
        this.mapper = JsonMapper.builder().build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(DEFAULT_MAX_RECORD_CHARS).build());
    }

    /** The reader: {@code published} must be ISO-8601 with an offset. */
    public static ArticleJsonReader create() {
        return DEFAULT;
    }

    /**
     * A reader that also takes a {@code published} written for people ("Oct. 15, 2025 10:00 AM",
     * "October 15, 2025"), as scraped pages give it: such a string is read by the contained Natty
     * wrapper, must name its year, and is taken at {@code offset} unless it names its own zone. Each
     * one read that way is reported as a warning that says what it was read as; what Natty cannot
     * read is still skipped as a bad record.
     */
    public ArticleJsonReader withLoosePublished(ZoneOffset offset) {
        return new ArticleJsonReader(Objects.requireNonNull(offset, "offset"));
    }

    /**
     * Reads every input (a file, or a directory whose {@code .json} and {@code .jsonl} files are read
     * in name order, recursively) and collects the articles. Of articles with the same id, the first
     * read is kept.
     */
    public ReadResult readAll(Collection<Path> inputs) {
        List<Article> articles = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        read(inputs, ArticleSink.of(articles::add, problems::add));
        return new ReadResult(articles, problems);
    }

    /** Streams every input to {@code sink}, skipping (and reporting) repeated ids. */
    public void read(Collection<Path> inputs, ArticleSink sink) {
        Set<String> seen = new HashSet<>();
        for (Path input : inputs) {
            for (Path file : filesOf(input, sink)) {
                readFile(file, new Located() {
                    @Override
                    public void accept(Article a, String fileName, int line) {
                        if (seen.add(a.id())) {
                            sink.article(a);
                        } else {
                            sink.problem(Diagnostic.inFile("duplicate-id", fileName, line, "id",
                                    "an article with id '" + a.id() + "' was read before; this one is skipped"));
                        }
                    }

                    @Override
                    public void problem(Diagnostic d) {
                        sink.problem(d);
                    }
                });
            }
        }
    }

    /** Reads one {@code .json} or {@code .jsonl} stream. {@code name} is used in diagnostics. */
    public void read(String name, InputStream in, boolean jsonLines, ArticleSink sink) throws IOException {
        Located located = new Located() {
            @Override
            public void accept(Article a, String fileName, int line) {
                sink.article(a);
            }

            @Override
            public void problem(Diagnostic d) {
                sink.problem(d);
            }
        };
        Reader reader = utf8(in);
        if (jsonLines) {
            readLines(name, new BufferedReader(reader, 1 << 16), located);
        } else {
            readJson(name, reader, located);
        }
    }

    private interface Located {
        void accept(Article article, String file, int line);

        void problem(Diagnostic diagnostic);
    }

    private static List<Path> filesOf(Path input, ArticleSink sink) {
        if (!Files.exists(input)) {
            sink.problem(Diagnostic.inFile("not-found", input.toString(), 0, null, "no such file or directory"));
            return List.of();
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(input)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                if (isArticleFile(p)) {
                    files.add(p);
                } else {
                    sink.problem(new Diagnostic(Severity.INFO, "not-articles",
                            "not a .json or .jsonl file; not read", p.toString(), 0, null, null, -1));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.problem(Diagnostic.inFile("unreadable", input.toString(), 0, null,
                    "cannot list directory: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private void readFile(Path file, Located sink) {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean lines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        try (InputStream in = Files.newInputStream(file)) {
            Reader reader = utf8(in);
            if (lines) {
                readLines(name, new BufferedReader(reader, 1 << 16), sink);
            } else {
                readJson(name, reader, sink);
            }
        } catch (IOException e) {
            sink.problem(Diagnostic.inFile("unreadable", name, 0, null, "cannot read file: " + describe(e)));
        }
    }

    private static Reader utf8(InputStream in) {
        // invalid bytes become U+FFFD rather than ending the read
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private void readLines(String name, BufferedReader reader, Located sink) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                sink.problem(Diagnostic.inFile("bad-json", name, lineNo, null, "invalid JSON at column "
                        + column(e) + ": " + e.getOriginalMessage() + "; record skipped"));
                continue;
            }
            toArticle(node, name, lineNo, sink);
        }
    }

    private void readJson(String name, Reader reader, Located sink) throws IOException {
        int line = 1;
        try (JsonParser p = mapper.getFactory().createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                sink.problem(Diagnostic.inFile("empty-file", name, 0, null, "the file holds no JSON"));
                return;
            }
            if (first == JsonToken.START_OBJECT) {
                JsonNode node = mapper.readTree(p);
                toArticle(node, name, line, sink);
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                sink.problem(Diagnostic.inFile("bad-json", name, p.currentLocation().getLineNr(), null,
                        "expected an article object or an array of them, found " + first));
                return;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    sink.problem(Diagnostic.inFile("bad-json", name, p.currentLocation().getLineNr(), null,
                            "the array is not closed: the file ends early"));
                    return;
                }
                line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                toArticle(node, name, line, sink);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            sink.problem(Diagnostic.inFile("bad-json", name, at == null ? line : at.getLineNr(), null,
                    "invalid JSON" + (at == null ? "" : " at column " + at.getColumnNr()) + ": "
                            + e.getOriginalMessage() + "; the rest of the file is skipped"));
        }
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }

    private void toArticle(JsonNode node, String file, int line, Located sink) {
        if (!node.isObject()) {
            sink.problem(Diagnostic.inFile("not-an-object", file, line, null,
                    "expected an article object, found " + node.getNodeType().toString().toLowerCase(Locale.ROOT)
                            + "; record skipped"));
            return;
        }
        String id = text(node, "id", file, line, sink);
        if (id == null || id.isBlank()) {
            sink.problem(Diagnostic.inFile("missing-field", file, line, "id",
                    "missing or empty; every article needs an id; record skipped"));
            return;
        }
        String where = "article '" + id + "'";
        String publishedText = text(node, "published", file, line, sink);
        if (publishedText == null) {
            sink.problem(Diagnostic.inFile("missing-field", file, line, "published", where
                    + ": missing; give the publication time as ISO-8601 with an offset, such as "
                    + "2025-10-15T10:00:00-05:00; record skipped"));
            return;
        }
        OffsetDateTime published = parsePublished(publishedText);
        if (published == null && assumedOffset != null) {
            published = readLoosely(publishedText);
            if (published != null) {
                sink.problem(new Diagnostic(Severity.WARNING, "loose-published", where + ": published '"
                        + abbreviate(publishedText) + "' is not ISO-8601; read as " + published
                        + " (by Natty; the offset is assumed unless the text names a zone)", file, line, "published",
                        null, -1));
            }
        }
        if (published == null) {
            sink.problem(Diagnostic.inFile("bad-published", file, line, "published", where + ": cannot parse '"
                    + abbreviate(publishedText) + "' as ISO-8601 with an offset, such as 2025-10-15T10:00:00-05:00"
                    + "; record skipped"));
            return;
        }
        String text = text(node, "text", file, line, sink);
        if (text == null || text.isBlank()) {
            sink.problem(Diagnostic.inFile(text == null ? "missing-field" : "empty-text", file, line, "text",
                    where + ": " + (text == null ? "missing" : "empty") + "; record skipped"));
            return;
        }
        Article article = new Article(id, published, text, optional(node, "title", file, line, sink),
                optional(node, "source", file, line, sink), optional(node, "url", file, line, sink),
                optional(node, "story", file, line, sink));
        sink.accept(article, file, line);
    }

    /** The text of a string field; a non-string value is reported and treated as missing. */
    private static String text(JsonNode node, String field, String file, int line, Located sink) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            if (v.isNumber() && field.equals("id")) {
                return v.asText();
            }
            sink.problem(new Diagnostic(Severity.WARNING, "wrong-type", "expected a string, found "
                    + v.getNodeType().toString().toLowerCase(Locale.ROOT), file, line, field, null, -1));
            return null;
        }
        return v.textValue();
    }

    private static String optional(JsonNode node, String field, String file, int line, Located sink) {
        String v = text(node, field, file, line, sink);
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * A publication time written for people, read by Natty at the assumed offset; {@code null} if
     * none. Only a reading that names its year is taken: "2 hours ago" needs a reference the record
     * does not give.
     */
    private OffsetDateTime readLoosely(String s) {
        OffsetDateTime reference = NATTY_REFERENCE.withOffsetSameLocal(assumedOffset);
        return NattyCandidates.firstWithYear(s.strip(), reference).map(c -> {
            LocalDateTime t = c.dates().get(0);
            return (c.timeInferred() ? t.toLocalDate().atStartOfDay() : t).atOffset(assumedOffset);
        }).orElse(null);
    }

    /** ISO-8601 with an offset; a zone id in brackets is accepted and its offset kept. */
    static OffsetDateTime parsePublished(String s) {
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(t, DateTimeFormatter.ISO_ZONED_DATE_TIME).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
