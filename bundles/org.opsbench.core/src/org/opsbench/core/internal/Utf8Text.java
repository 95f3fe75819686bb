package org.opsbench.core.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 for imported files (a leading byte-order mark is allowed): a wrongly encoded file is refused, never garbled. */
public final class Utf8Text {

    /** The file is not UTF-8; {@link #line()} is the 1-based line of the first bad byte. */
    public static final class NotUtf8Exception extends Exception {

        private static final long serialVersionUID = 1L;
        private final int line;

        NotUtf8Exception(int line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private Utf8Text() {
    }

    public static String decode(byte[] content) throws NotUtf8Exception {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < bytes.position() && i < content.length; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8Exception(line);
        }
    }
}
