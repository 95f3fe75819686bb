package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that keep modules apart (DESIGN.md), read from every bundle's MANIFEST and sources:
 * a module requires another module's bundle only optionally; no bundle uses an {@code internal}
 * package of another unless that package names it a friend; no bundle without UI requires one with UI.
 * A module is a feature area that installs alone: case management, topology, and the modules to come.
 */
class ArchitectureTest {

    /** The modules: each works without the others (they meet through the core model, APIs and extension points). */
    static final List<String> MODULES = List.of("cases", "topology", "depots", "inspections", "training", "quality");

    /** A bundle's MANIFEST headers that matter here, and the Java packages its sources import. */
    record Bundle(String name, List<Clause> requires, List<Clause> imports, List<Clause> exports, Set<String> usedPackages,
            Set<String> ownPackages) {

        boolean isTest() {
            return name.endsWith(".tests") || name.endsWith(".testing");
        }

        boolean requiresUi() {
            return requires.stream().anyMatch(c -> c.name().equals("org.eclipse.ui") || c.name().equals("org.eclipse.swt")
                    || c.name().equals("org.eclipse.gef") || c.name().equals("org.eclipse.draw2d"));
        }
    }

    /** One clause of a header: a name and its attributes and directives as written. */
    record Clause(String name, String parameters) {

        boolean optional() {
            return parameters.replace(" ", "").contains("resolution:=optional");
        }

        List<String> friends() {
            Matcher matcher = Pattern.compile("x-friends:=\"([^\"]*)\"").matcher(parameters);
            return matcher.find() ? List.of(matcher.group(1).split("\\s*,\\s*")) : List.of();
        }
    }

    @Test
    void theBundlesOfThisBuildKeepTheRules() throws IOException {
        Path bundles = Path.of(System.getProperty("opsbench.bundles.dir", "../../bundles"));
        Map<String, Bundle> read = readAll(bundles);
        assertTrue(read.size() > 20, "the bundles were found in " + bundles.toAbsolutePath());
        assertEquals(List.of(), violations(read), "every rule holds");
        assertEquals(List.of(), versionViolations(read), "our own bundles are required with a version range, packages exported with a version");
    }

    @Test
    void unversionedRequirementsAndExportsAreFound(@TempDir Path folder) throws IOException {
        bundle(folder, "org.opsbench.depots", "Require-Bundle: org.opsbench.core,\n org.eclipse.ui\nExport-Package: org.opsbench.depots;version=\"0.1.0\",\n"
                + " org.opsbench.depots.ledger\n", "org.opsbench.depots", "");
        assertEquals(List.of("org.opsbench.depots exports org.opsbench.depots.ledger without a version",
                "org.opsbench.depots requires org.opsbench.core without a bundle-version range"), versionViolations(readAll(folder)),
                "only our own bundles and packages are checked");
    }

    /** Our own bundles are required with a version range and our packages exported with a version, so that plug-ins can rely on them. */
    static List<String> versionViolations(Map<String, Bundle> bundles) {
        List<String> found = new ArrayList<>();
        for (Bundle bundle : bundles.values()) {
            for (Clause required : bundle.requires()) {
                if (required.name().startsWith("org.opsbench.") && !required.parameters().contains("bundle-version=")) {
                    found.add(bundle.name() + " requires " + required.name() + " without a bundle-version range");
                }
            }
            for (Clause imported : bundle.imports()) {
                if (imported.name().startsWith("org.opsbench.") && !imported.parameters().contains("version=")) {
                    found.add(bundle.name() + " imports " + imported.name() + " without a version range");
                }
            }
            for (Clause exported : bundle.exports()) {
                if (exported.name().startsWith("org.opsbench.") && !exported.parameters().contains("version=")) {
                    found.add(bundle.name() + " exports " + exported.name() + " without a version");
                }
            }
        }
        found.sort(String::compareTo);
        return found;
    }

    @Test
    void eachRuleFindsItsViolation(@TempDir Path folder) throws IOException {
        bundle(folder, "org.opsbench.depots", "Require-Bundle: org.opsbench.core,\n org.opsbench.cases\nExport-Package: org.opsbench.depots,\n"
                + " org.opsbench.depots.internal;x-friends:=\"org.opsbench.depots.tests\"\n", "org.opsbench.depots",
                "import org.opsbench.cases.internal.Texts;");
        bundle(folder, "org.opsbench.cases", "Export-Package: org.opsbench.cases,\n org.opsbench.cases.internal;x-friends:=\"org.opsbench.cases.tests\"\n"
                + "Require-Bundle: org.opsbench.depots.ui;resolution:=optional\n", "org.opsbench.cases", "");
        bundle(folder, "org.opsbench.depots.ui", "Require-Bundle: org.eclipse.ui,\n org.opsbench.depots\n", "org.opsbench.depots.ui",
                "import org.opsbench.depots.internal.Ledger;");
        bundle(folder, "org.opsbench.depots.tests", "Require-Bundle: org.opsbench.depots,\n org.opsbench.cases\n", "org.opsbench.depots.tests",
                "import org.opsbench.depots.internal.Ledger;");
        List<String> violations = violations(readAll(folder));
        assertEquals(List.of(
                "org.opsbench.cases requires the UI bundle org.opsbench.depots.ui, but has no UI of its own",
                "org.opsbench.depots requires org.opsbench.cases of another module without resolution:=optional",
                "org.opsbench.depots uses org.opsbench.cases.internal, internal to org.opsbench.cases (friends: [org.opsbench.cases.tests])",
                "org.opsbench.depots.ui uses org.opsbench.depots.internal, internal to org.opsbench.depots (friends: [org.opsbench.depots.tests])"),
                violations, "the tests bundle may use its module's internals and require other modules");
    }

    static List<String> violations(Map<String, Bundle> bundles) {
        List<String> found = new ArrayList<>();
        Map<String, String> packageOwner = new LinkedHashMap<>();
        Map<String, List<String>> friends = new LinkedHashMap<>();
        for (Bundle bundle : bundles.values()) {
            bundle.ownPackages().forEach(p -> packageOwner.put(p, bundle.name()));
            for (Clause export : bundle.exports()) {
                packageOwner.put(export.name(), bundle.name());
                friends.put(export.name(), export.friends());
            }
        }
        for (Bundle bundle : bundles.values()) {
            String module = module(bundle.name());
            for (Clause required : bundle.requires()) {
                String other = module(required.name());
                if (module != null && other != null && !other.equals(module) && !required.optional() && !bundle.isTest()) {
                    found.add(bundle.name() + " requires " + required.name() + " of another module without resolution:=optional");
                }
                Bundle target = bundles.get(required.name());
                if (target != null && target.requiresUi() && !bundle.requiresUi() && !bundle.isTest() && !isUiName(bundle.name())) {
                    found.add(bundle.name() + " requires the UI bundle " + required.name() + ", but has no UI of its own");
                }
            }
            for (String used : bundle.usedPackages()) {
                String owner = packageOwner.get(used);
                if (used.contains(".internal") && owner != null && !owner.equals(bundle.name())
                        && !friends.getOrDefault(used, List.of()).contains(bundle.name())) {
                    found.add(bundle.name() + " uses " + used + ", internal to " + owner + " (friends: " + friends.getOrDefault(used, List.of()) + ")");
                }
            }
        }
        found.sort(String::compareTo);
        return found;
    }

    private static boolean isUiName(String name) {
        return name.contains(".ui") || name.startsWith("org.opsbench.nl.") || name.equals("org.opsbench.help");
    }

    /** @return the module a bundle belongs to (cases for org.opsbench.cases.ui), or null for the platform's bundles */
    static String module(String bundle) {
        for (String module : MODULES) {
            if (bundle.equals("org.opsbench." + module) || bundle.startsWith("org.opsbench." + module + ".")) {
                return module;
            }
        }
        return null;
    }

    static Map<String, Bundle> readAll(Path bundles) throws IOException {
        Map<String, Bundle> read = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(bundles)) {
            for (Path folder : folders.sorted().toList()) {
                Path manifest = folder.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(manifest)) {
                    Bundle bundle = read(folder, manifest);
                    read.put(bundle.name(), bundle);
                }
            }
        }
        return read;
    }

    private static Bundle read(Path folder, Path manifestFile) throws IOException {
        Attributes main;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            main = new Manifest(in).getMainAttributes();
        }
        String name = clauses(main.getValue("Bundle-SymbolicName")).get(0).name();
        Set<String> used = new TreeSet<>();
        Set<String> own = new TreeSet<>();
        Path sources = folder.resolve("src");
        if (Files.isDirectory(sources)) {
            Pattern imports = Pattern.compile("^import\\s+(?:static\\s+)?([a-z][\\w.]*)\\.[A-Z]", Pattern.MULTILINE);
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    own.add(sources.relativize(file.getParent()).toString().replace('/', '.'));
                    Matcher matcher = imports.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        return new Bundle(name, clauses(main.getValue("Require-Bundle")), clauses(main.getValue("Import-Package")),
                clauses(main.getValue("Export-Package")), used, own);
    }

    /** Splits a header at the commas outside quotes. */
    static List<Clause> clauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String clause = current.toString().strip();
                if (!clause.isEmpty()) {
                    int semicolon = clause.indexOf(';');
                    clauses.add(semicolon < 0 ? new Clause(clause, "") : new Clause(clause.substring(0, semicolon).strip(),
                            clause.substring(semicolon + 1)));
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return clauses;
    }

    private static void bundle(Path folder, String name, String headers, String javaPackage, String importLine) throws IOException {
        Path bundle = Files.createDirectories(folder.resolve(name));
        Files.createDirectories(bundle.resolve("META-INF"));
        Files.writeString(bundle.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-SymbolicName: " + name + "\n" + headers + "\n");
        Path sources = Files.createDirectories(bundle.resolve("src").resolve(javaPackage.replace('.', '/')));
        Files.writeString(sources.resolve("Sample.java"), "package " + javaPackage + ";\n\n" + importLine + "\n\nclass Sample {\n}\n");
    }
}
