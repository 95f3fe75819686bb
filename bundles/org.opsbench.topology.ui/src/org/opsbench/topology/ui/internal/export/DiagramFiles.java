package org.opsbench.topology.ui.internal.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsbench.core.files.AtomicFile;

/**
 * The editor's file input and output, done in jobs: files read whole, and written whole through a
 * temporary file, so that a failed export leaves no half file. What goes into them is decided by
 * {@link org.opsbench.topology.DiagramExchange}.
 */
public final class DiagramFiles {

    private DiagramFiles() {
    }

    public static void write(Map<Path, byte[]> contents) throws IOException {
        for (Map.Entry<Path, byte[]> file : contents.entrySet()) {
            AtomicFile.write(file.getKey(), file.getValue());
        }
    }

    /** @return each file's content by its name */
    public static Map<String, byte[]> read(List<Path> files) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Path file : files) {
            contents.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return contents;
    }
}
