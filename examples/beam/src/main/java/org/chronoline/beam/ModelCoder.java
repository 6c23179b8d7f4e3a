package org.chronoline.beam;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Timeline;

/**
 * A Beam coder for Chronoline's model records ({@link Article}, {@link ArticleAnalysis},
 * {@link Timeline} and anything they hold), none of which is {@code Serializable}.
 *
 * <p>The encoding is a length-prefixed JSON document: a variable-length int (Beam's {@link VarInt})
 * giving the byte count, then UTF-8 JSON with one field per record component, in component order,
 * absent fields for {@code null}, and times as arrays of numbers: a {@code LocalDateTime} as
 * {@code [epochDay, nanoOfDay]}, an {@code OffsetDateTime} as {@code [epochDay, nanoOfDay,
 * offsetSeconds]} of its local date-time and offset, so that {@code 10:00-05:00} does not come back as
 * {@code 15:00Z} (numbers rather than ISO strings because parsing ISO text dominated the cost of a
 * shuffle). Derived accessors such as
 * {@code isResolved()} are not written. Decoding goes through each record's canonical constructor, so a
 * decoded value is validated like any other and {@code equals} the encoded one.
 *
 * <p>The coder is deterministic: the model holds lists, not maps or sets, so equal values give equal
 * bytes. That makes it usable for keys and for {@code Distinct}, and lets the direct runner check
 * that nothing mutates an element.
 *
 * <p>JSON rather than a hand-written binary form because it follows the records as they change: a
 * component added to a model record travels without touching this class. The price is size; shuffled
 * analyses are trimmed with {@link ArticleAnalysis#forMerge()} first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the model record type
 */
public final class ModelCoder<T extends Record> extends CustomCoder<T> {

    private static final long serialVersionUID = 1L;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("chronoline-times")
                    .addSerializer(LocalDateTime.class, new LocalDateTimeSerializer())
                    .addDeserializer(LocalDateTime.class, new LocalDateTimeDeserializer())
                    .addSerializer(OffsetDateTime.class, new OffsetDateTimeSerializer())
                    .addDeserializer(OffsetDateTime.class, new OffsetDateTimeDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // record components only: no is-getters such as isResolved(), no other getters
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private final Class<T> type;

    private ModelCoder(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The coder of {@code type}. */
    public static <T extends Record> ModelCoder<T> of(Class<T> type) {
        return new ModelCoder<>(type);
    }

    /** The type this coder encodes. */
    public Class<T> type() {
        return type;
    }

    @Override
    public void encode(T value, OutputStream out) throws IOException {
        if (value == null) {
            throw new CoderException("cannot encode a null " + type.getSimpleName());
        }
        byte[] bytes = toBytes(value);
        VarInt.encode(bytes.length, out);
        out.write(bytes);
    }

    @Override
    public T decode(InputStream in) throws IOException {
        int length = VarInt.decodeInt(in);
        if (length < 0) {
            throw new CoderException("negative length " + length + " decoding a " + type.getSimpleName());
        }
        byte[] bytes = new byte[length];
        new DataInputStream(in).readFully(bytes);
        return fromBytes(bytes);
    }

    /** The JSON bytes of {@code value}, without the length prefix. */
    byte[] toBytes(T value) throws CoderException {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new CoderException("cannot encode " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The value of JSON bytes made by {@link #toBytes}. */
    T fromBytes(byte[] bytes) throws CoderException {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            throw new CoderException("cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Deterministic: the model holds no maps or sets. */
    @Override
    public void verifyDeterministic() {
    }

    /** Equal records give equal bytes, and equal bytes decode to equal records. */
    @Override
    public boolean consistentWithEquals() {
        return true;
    }

    private static final class LocalDateTimeSerializer extends StdSerializer<LocalDateTime> {
        private static final long serialVersionUID = 1L;

        LocalDateTimeSerializer() {
            super(LocalDateTime.class);
        }

        @Override
        public void serialize(LocalDateTime value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartArray();
            g.writeNumber(value.toLocalDate().toEpochDay());
            g.writeNumber(value.toLocalTime().toNanoOfDay());
            g.writeEndArray();
        }
    }

    private static final class OffsetDateTimeSerializer extends StdSerializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        OffsetDateTimeSerializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartArray();
            g.writeNumber(value.toLocalDate().toEpochDay());
            g.writeNumber(value.toLocalTime().toNanoOfDay());
            g.writeNumber(value.getOffset().getTotalSeconds());
            g.writeEndArray();
        }
    }

    private static final class LocalDateTimeDeserializer extends StdDeserializer<LocalDateTime> {
        private static final long serialVersionUID = 1L;

        LocalDateTimeDeserializer() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            long[] n = numbers(p, ctx, 2, LocalDateTime.class);
            return LocalDateTime.of(LocalDate.ofEpochDay(n[0]), LocalTime.ofNanoOfDay(n[1]));
        }
    }

    private static final class OffsetDateTimeDeserializer extends StdDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        OffsetDateTimeDeserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            long[] n = numbers(p, ctx, 3, OffsetDateTime.class);
            return OffsetDateTime.of(LocalDate.ofEpochDay(n[0]), LocalTime.ofNanoOfDay(n[1]),
                    ZoneOffset.ofTotalSeconds(Math.toIntExact(n[2])));
        }
    }

    /** Reads an array of exactly {@code count} integers. */
    private static long[] numbers(JsonParser p, DeserializationContext ctx, int count, Class<?> type)
            throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            return (long[]) ctx.handleUnexpectedToken(long[].class, p);
        }
        long[] n = new long[count];
        for (int i = 0; i < count; i++) {
            if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw ctx.weirdStringException(p.getText(), type, "expected " + count + " integers");
            }
            n[i] = p.getLongValue();
        }
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw ctx.weirdStringException(p.getText(), type, "expected " + count + " integers");
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelCoder<?> other && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return "ModelCoder<" + type.getSimpleName() + ">";
    }
}
