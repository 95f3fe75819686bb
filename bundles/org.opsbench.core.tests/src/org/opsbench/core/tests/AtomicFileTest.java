package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.core.files.AtomicFile;

/** The one writer of user files: whole or not at all, and readable like any other file the user makes. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileGetsTheFolderDefaultPermissionsNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(folder.resolve("ordinary.txt"));
        Path export = folder.resolve("export.csv");

        AtomicFile.write(export, "a,b\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(export));
        assertEquals("a,b\n", Files.readString(export));
    }

    @Test
    void aFileWrittenAgainKeepsThePermissionsItWasGiven() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path report = folder.resolve("report.pdf");
        AtomicFile.write(report, new byte[] { 1 });
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFile.write(report, new byte[] { 2 });

        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertArrayEquals(new byte[] { 2 }, Files.readAllBytes(report));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartOne() throws IOException {
        Path diagram = folder.resolve("station.graphml");
        AtomicFile.write(diagram, "old".getBytes(StandardCharsets.UTF_8));

        assertThrows(IOException.class, () -> AtomicFile.write(diagram, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(diagram));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(diagram), left.toList());
        }
    }
}
