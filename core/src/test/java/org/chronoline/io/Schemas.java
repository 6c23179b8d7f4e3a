package org.chronoline.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.chronoline.model.Timeline;

/** Test helpers: writing to a string and validating JSON against a schema shipped next to a writer. */
public final class Schemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Schemas() {
    }

    /** The schema violations of {@code json} against resource {@code schema} next to {@code writer}. */
    public static Set<ValidationMessage> validate(Class<?> writer, String schema, String json) throws IOException {
        try (InputStream in = writer.getResourceAsStream(schema)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + schema + " next to " + writer.getName());
            }
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return s.validate(MAPPER.readTree(json));
        }
    }

    /** What a writer writes for a timeline, as UTF-8 text. */
    public static String write(TimelineWriter writer, Timeline timeline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(timeline, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
