package org.chronoline.beam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file name of a story's timeline: the story key, made safe for any file system, plus
 * {@code .json}.
 *
 * <p>ASCII letters, digits, {@code -} and {@code _} are kept, and so is {@code .} except as the
 * first character; every other character becomes {@code %XX} for each of its UTF-8 bytes
 * ({@code "Chicago raids / 2025"} gives {@code Chicago%20raids%20%2F%202025.json}). Distinct keys
 * give distinct names (on a case-sensitive file system), and the key can be read back from the
 * name. A name that would be longer than {@value #MAX_STEM} characters is cut and ends in {@code ~}
 * and 16 hex digits of the key's SHA-256, so it stays distinct and under the usual 255-byte limit.
 */
public final class StoryFiles {

    /** The longest name, without {@code .json}, that is used as it is. */
    public static final int MAX_STEM = 200;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private StoryFiles() {
    }

    /** The file name of the timeline of {@code story}. */
    public static String fileName(String story) {
        StringBuilder sb = new StringBuilder(story.length() + 8);
        byte[] utf8 = story.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xff;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '_' || (b == '.' && i > 0);
            if (keep) {
                sb.append((char) b);
            } else {
                sb.append('%').append(HEX.toHexDigits((byte) b));
            }
        }
        if (sb.length() > MAX_STEM) {
            int cut = MAX_STEM - 17;
            // do not split a %XX escape
            if (sb.charAt(cut - 1) == '%') {
                cut -= 1;
            } else if (sb.charAt(cut - 2) == '%') {
                cut -= 2;
            }
            sb.setLength(cut);
            sb.append('~').append(HEX.formatHex(sha256(utf8), 0, 8));
        }
        return sb.append(".json").toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
