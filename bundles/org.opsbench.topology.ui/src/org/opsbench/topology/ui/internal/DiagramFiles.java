package org.opsbench.topology.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsbench.core.files.AtomicFile;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramExchange;
import org.opsbench.topology.TopologyException;
import org.opsbench.topology.model.Diagram;

/**
 * The editor's import and export files: content taken from the diagram on the UI thread, files read
 * and written in jobs, and each written whole to a temporary file first, so that a failed export
 * leaves no half file.
 */
final class DiagramFiles {

    private DiagramFiles() {
    }

    /** @return the files an export to {@code file} writes, with their content (CSV: devices there, links beside it) */
    static Map<Path, byte[]> contents(Diagram diagram, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        try {
            if (name.endsWith(".csv")) {
                contents.put(file, text(out -> DiagramExchange.writeDevicesCsv(diagram, out)));
                String base = file.getFileName().toString().substring(0, file.getFileName().toString().length() - 4);
                contents.put(file.resolveSibling(base + "-links.csv"), text(out -> DiagramExchange.writeLinksCsv(diagram, out)));
            } else if (name.endsWith(".xmi")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DiagramExchange.writeXmi(diagram, out);
                contents.put(file, out.toByteArray());
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DiagramExchange.writeGraphml(diagram, out);
                contents.put(file, out.toByteArray());
            }
        } catch (IOException e) { // writes to memory only
            throw new IllegalStateException(e);
        }
        return contents;
    }

    private interface CsvWriting {
        void to(Writer out) throws IOException;
    }

    private static byte[] text(CsvWriting writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writing.to(out);
        }
        return bytes.toByteArray();
    }

    static void write(Map<Path, byte[]> contents) throws IOException {
        for (Map.Entry<Path, byte[]> file : contents.entrySet()) {
            AtomicFile.write(file.getKey(), file.getValue());
        }
    }

    static Map<Path, byte[]> read(List<Path> files) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        for (Path file : files) {
            contents.put(file, Files.readAllBytes(file));
        }
        return contents;
    }

    /**
     * Adds what the files hold: one GraphML file, or CSV files told apart by their header.
     *
     * @throws TopologyException for a malformed file (its name and line), or a choice that is neither
     */
    static void add(DiagramEditing editing, Map<Path, byte[]> contents) {
        if (contents.size() == 1 && contents.keySet().iterator().next().toString().toLowerCase(Locale.ROOT).endsWith(".graphml")) {
            Map.Entry<Path, byte[]> file = contents.entrySet().iterator().next();
            DiagramExchange.importGraphml(editing, file.getKey().getFileName().toString(), new java.io.ByteArrayInputStream(file.getValue()));
            return;
        }
        String devicesName = null;
        byte[] devices = null;
        String linksName = null;
        byte[] links = null;
        for (Map.Entry<Path, byte[]> file : contents.entrySet()) {
            if (!file.getKey().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new TopologyException(org.eclipse.osgi.util.NLS.bind(Messages.importWhat, file.getKey().getFileName()));
            }
            if (DiagramExchange.isLinksCsv(file.getValue())) {
                linksName = file.getKey().getFileName().toString();
                links = file.getValue();
            } else {
                devicesName = file.getKey().getFileName().toString();
                devices = file.getValue();
            }
        }
        DiagramExchange.importCsv(editing, devicesName, devices, linksName, links);
    }
}
