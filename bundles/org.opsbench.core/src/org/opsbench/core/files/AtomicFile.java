package org.opsbench.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

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
        Path partial = newPartial(folder);
        try {
            keepPermissions(target, partial);
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Creates the temporary file as an ordinary new file. {@code Files.createTempFile} would make it
     * readable by its owner only, and exports left in a shared folder could not be opened by colleagues.
     */
    private static Path newPartial(Path folder) throws IOException {
        while (true) {
            Path partial = folder.resolve(".opsbench-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return Files.createFile(partial);
            } catch (FileAlreadyExistsException taken) {
                // another writer's name; draw again
            }
        }
    }

    /** A file written again keeps the permissions someone gave it. */
    private static void keepPermissions(Path target, Path partial) throws IOException {
        PosixFileAttributeView was = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (was != null && Files.exists(target)) {
            Files.getFileAttributeView(partial, PosixFileAttributeView.class).setPermissions(was.readAttributes().permissions());
        }
    }
}
