package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office on version N updates to N+1 from the repository: the build's repository is N; the
 * same sources are built a second time, as a later build would be, with a later qualifier (N+1).
 * N is installed with case management, topology and the command line, used (sample data, a
 * session that saves its layout), updated with the p2 director, and started again.
 */
class ProductUpdateTest {

    private static final List<String> ROOTS = List.of("org.opsbench.product", "org.opsbench.core.feature.feature.group",
            "org.opsbench.cases.feature.feature.group", "org.opsbench.topology.feature.feature.group",
            "org.opsbench.cli.feature.feature.group");

    private static final DateTimeFormatter TYCHO_QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    @TempDir
    Path temp;

    @Test
    void anOfficeUpdatesToTheNextBuildAndKeepsItsFeaturesAndData() throws Exception {
        String display = VirtualDisplay.get();
        String versionN = featureVersion(Product.repository(), "org.opsbench.core.feature");
        Path repositoryN1 = buildNextVersion(nextQualifier(versionN));
        String versionN1 = featureVersion(repositoryN1, "org.opsbench.core.feature");

        Product product = Product.freshCopy(temp.resolve("install"));
        Product.Result install = product.director("-installIU", String.join(",", ROOTS.subList(2, ROOTS.size())));
        assertEquals(0, install.exitCode(), install.output());
        assertEquals(ROOTS.stream().map(root -> root + "/" + versionN).toList(), installedRoots(product));

        Path workspace = temp.resolve("workspace");
        String before = product.session(workspace, display, "Log in to OpsBench", screenshot("update-before.png"), "-nl", "en",
                "--sample-data");
        java.util.Set<String> views = java.util.Set.of("Service Network", "Customers", "Properties", "Progress", "Outline", "Cases",
                "Notifications", "Dashboard", "Knowledge Base");
        assertEquals(views, viewsShown(before), before);
        Map<String, Integer> dataBefore = counts(workspace);
        assertTrue(dataBefore.get("OB_SERVICE_CASE") > 100 && dataBefore.get("OB_DIAGRAM") > 0, dataBefore.toString());

        Product.Result update = product.directorWith(List.of(repositoryN1), "-uninstallIU", String.join(",", ROOTS), "-installIU",
                String.join(",", ROOTS));
        assertEquals(0, update.exitCode(), update.output());
        assertEquals(ROOTS.stream().map(root -> root + "/" + versionN1).toList(), installedRoots(product),
                "every feature installed before is there in its new version");
        List<String> opsbenchBundles = product.installedBundleVersions().entrySet().stream()
                .filter(bundle -> bundle.getKey().startsWith("org.opsbench.")).map(bundle -> bundle.getKey() + "_" + bundle.getValue())
                .toList();
        String qualifierN1 = versionN1.substring(versionN1.lastIndexOf('.'));
        assertTrue(opsbenchBundles.size() > 10 && opsbenchBundles.stream().allMatch(bundle -> bundle.endsWith(qualifierN1)),
                "every OpsBench bundle is the new build's: " + opsbenchBundles);

        String after = product.session(workspace, display, "Log in to OpsBench", screenshot("update-after.png"), "-nl", "en");
        assertEquals(views, viewsShown(after), "the updated workbench shows the optional features' views in the saved layout:\n" + after);
        assertEquals(dataBefore, counts(workspace), "the data is the same after the update");
        Product.Result verify = Product.run(List.of(product.home.resolve("opsbench-cli").toString(), "--workspace", workspace.toString(),
                "verify-activity-log"), temp, Map.of(), Duration.ofMinutes(4));
        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(verify.output().contains("intact"), verify.output());
    }

    /**
     * Builds this checkout's sources again into a folder of their own, offline from the local Maven
     * repository, ignoring what earlier builds installed there, with the given qualifier.
     *
     * @return the second build's p2 repository
     */
    private Path buildNextVersion(String qualifier) throws Exception {
        Path sources = Path.of(System.getProperty("opsbench.bundles.dir")).getParent();
        Path copy = Files.createDirectories(temp.resolve("next-build"));
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "targetplatform", "bundles", "features", "releng")) {
            Product.copyTree(sources.resolve(part), copy.resolve(part),
                    path -> Stream.of(path.toString().split("/")).anyMatch(name -> name.equals("target")));
        }
        List<String> build = List.of(copy.resolve("mvnw").toString(), "-B", "-q", "--offline", "package",
                "-Dmaven.repo.local=" + System.getProperty("opsbench.maven.repo.local"), "-Dmaven.test.skip=true",
                "-Dtycho.localArtifacts=ignore", "-DforceContextQualifier=" + qualifier, "-pl",
                "!releng/org.opsbench.releng.tests,!releng/org.opsbench.releng.baseline,!releng/org.opsbench.releng.baseline.product");
        // Built with the JDK running this test (21 or newer), whatever JAVA_HOME the shell had.
        Product.Result result = Product.run(build, copy, Map.of("JAVA_HOME", System.getProperty("java.home")), Duration.ofMinutes(15));
        assertEquals(0, result.exitCode(), result.output());
        return copy.resolve("releng/org.opsbench.product/target/repository");
    }

    /** The next build's qualifier: Tycho's build time a day later, or any later string. */
    private static String nextQualifier(String version) {
        String qualifier = version.substring(version.lastIndexOf('.') + 1);
        if (qualifier.matches("\\d{12}")) {
            return LocalDateTime.parse(qualifier, TYCHO_QUALIFIER).plusDays(1).format(TYCHO_QUALIFIER);
        }
        return qualifier + "1";
    }

    private static String featureVersion(Path repository, String feature) throws Exception {
        Pattern name = Pattern.compile(Pattern.quote(feature) + "_(.+)\\.jar");
        try (Stream<Path> features = Files.list(repository.resolve("features"))) {
            return features.map(path -> name.matcher(path.getFileName().toString())).filter(Matcher::matches).map(m -> m.group(1))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + feature + " in " + repository));
        }
    }

    private static List<String> installedRoots(Product product) throws Exception {
        Product.Result roots = product.directorWith(List.of(), "-listInstalledRoots");
        assertEquals(0, roots.exitCode(), roots.output());
        return roots.output().lines().filter(line -> line.startsWith("org.opsbench.")).sorted(
                java.util.Comparator.comparing(line -> ROOTS.indexOf(line.substring(0, line.indexOf('/'))))).toList();
    }

    /** Rows of the tables an office cares most about, read with Derby's embedded driver. */
    private static Map<String, Integer> counts(Path workspace) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + workspace.resolve("database"))) {
            for (String table : List.of("OB_CUSTOMER", "OB_SITE", "OB_EQUIPMENT", "OB_USER", "OB_SERVICE_CASE",
                    "OB_ACTIVITY", "OB_SLA_EVENT", "OB_KNOWLEDGE_ARTICLE", "OB_OUTBOX_MESSAGE", "OB_DIAGRAM", "OB_DEVICE")) {
                try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getInt(1));
                }
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + workspace.resolve("database") + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a database's shutdown as an exception. (Shutting the whole engine down would unregister its driver.)
            }
        }
        return counts;
    }

    /** The views the workbench's ready line names (in the order the restored layout made them). */
    private static java.util.Set<String> viewsShown(String output) {
        Matcher views = Pattern.compile("OpsBench workbench ready: .* \\| views: (.*)").matcher(output);
        if (!views.find()) {
            throw new AssertionError("no ready line:\n" + output);
        }
        return java.util.Set.of(views.group(1).strip().split(", "));
    }

    private static Path screenshot(String name) {
        return Path.of(System.getProperty("opsbench.screenshots.dir"), name);
    }
}
