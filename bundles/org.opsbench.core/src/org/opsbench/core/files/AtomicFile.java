package org.opsbench.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it, moved into place only when the content is
 * complete: a failure leaves the target as it was and no half-written file. Every file OpsBench
 * writes for the user (reports, exports, diagram files) goes through here.
 */
public final class AtomicFile {

    /** Writes the whole content to the stream it is given. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes bytes already made. @throws IOException as {@link #write(Path, Content)} */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** @throws IOException when the folder, the content or the move failed; the target is untouched then */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".opsbench-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
