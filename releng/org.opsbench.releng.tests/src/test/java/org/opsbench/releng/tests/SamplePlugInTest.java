package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample third-party plug-in (samples/, outside the OpsBench build) builds and passes its own
 * tests against the published p2 repository only, and an office installs it next to case
 * management: the product then offers its channels and case type, and forgets them on uninstall.
 */
class SamplePlugInTest {

    private static final String SAMPLE_FEATURE = "com.example.opsbench.teamchat.feature.feature.group";
    private static final String PLUG_IN = "com.example.opsbench.teamchat";

    @TempDir
    Path temp;

    @Test
    void theSampleBuildsAgainstTheRepositoryAndInstallsBesideCaseManagement() throws Exception {
        Path samples = copyOfSamples();
        Product.Result build = Product.run(mavenBuild(samples), Path.of(System.getProperty("opsbench.maven.wrapper")).getParent(),
                Map.of("JAVA_HOME", System.getProperty("java.home")), Duration.ofMinutes(15));
        assertEquals(0, build.exitCode(), tail(build.output()));
        assertTrue(build.output().contains("Tests run: 5, Failures: 0, Errors: 0, Skipped: 0"), "the plug-in's own tests ran: "
                + tail(build.output()));
        Path sampleRepository = samples.resolve("com.example.opsbench.teamchat.repository/target/repository");
        assertTrue(Files.isDirectory(sampleRepository.resolve("plugins")), "the plug-in's p2 repository");

        Product product = Product.freshCopy(temp.resolve("opsbench"));
        Product.Result install = product.director(List.of(sampleRepository), "-installIU", "org.opsbench.cli.feature.feature.group,"
                + "org.opsbench.cases.feature.feature.group," + SAMPLE_FEATURE);
        assertEquals(0, install.exitCode(), install.output());
        assertTrue(product.installedBundles().containsAll(List.of(PLUG_IN, "org.opsbench.cases")), product.installedBundles().toString());

        Product.Result listed = listChannels(product);
        assertEquals(0, listed.exitCode(), listed.output());
        System.out.println("opsbench-cli list-channels with the sample installed:\n" + listed.output());
        for (String row : new String[] { "com.example.teamchat +Team chat +" + PLUG_IN,
                "com.example.security-incident +Security incident \\(defect, technical\\) +" + PLUG_IN,
                "com.example.teamchat +Team chat group +" + PLUG_IN, "hotline +Hotline +org.opsbench.cases" }) {
            assertTrue(listed.output().lines().anyMatch(line -> line.strip().matches(row)), row + " in\n" + listed.output());
        }

        Product.Result uninstall = product.director("-uninstallIU", SAMPLE_FEATURE);
        assertEquals(0, uninstall.exitCode(), uninstall.output());
        assertFalse(product.installedBundles().contains(PLUG_IN), product.installedBundles().toString());
        Product.Result after = listChannels(product);
        assertEquals(0, after.exitCode(), after.output());
        assertFalse(after.output().contains("com.example"), "gone with the plug-in:\n" + after.output());
        assertTrue(after.output().contains("hotline"), after.output());
    }

    /** The samples folder copied away from the checkout (without build output): the build must need nothing of OpsBench's sources. */
    private Path copyOfSamples() throws Exception {
        Path copy = temp.resolve("samples");
        Product.copyTree(Path.of(System.getProperty("opsbench.samples.dir")).toRealPath(), copy,
                path -> path.toString().equals("target") || path.toString().contains("/target"));
        return copy;
    }

    private static List<String> mavenBuild(Path samples) {
        return List.of(System.getProperty("opsbench.maven.wrapper"), "-B", "-f",
                samples.resolve("pom.xml").toString(), "verify", "-Dopsbench.repository=" + Product.repository().toUri(),
                "-Dmaven.repo.local=" + System.getProperty("opsbench.maven.repo.local"), "--offline");
    }

    private static Product.Result listChannels(Product product) throws Exception {
        return Product.run(List.of(product.home.resolve("opsbench-cli").toString(), "list-channels"), product.home,
                Map.of("OPSBENCH_VM_ARGS", "-Duser.language=en -Duser.country=US"), Duration.ofMinutes(2));
    }

    private static String tail(String output) {
        return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
    }
}
