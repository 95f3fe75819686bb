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
 * A regional office installs the optional command-line feature into a freshly unpacked
 * product from the OpsBench p2 repository, uses it, and removes it again.
 */
class OptionalFeatureInstallTest {

    private static final String CLI_FEATURE = "org.opsbench.cli.feature.feature.group";
    private static final String CASES_FEATURE = "org.opsbench.cases.feature.feature.group";
    private static final String TOPOLOGY_FEATURE = "org.opsbench.topology.feature.feature.group";

    @TempDir
    Path temp;

    @Test
    void theCommandLineFeatureInstallsRunsAndUninstalls() throws Exception {
        Product product = Product.freshCopy(temp.resolve("opsbench"));
        assertFalse(product.installedBundles().contains("org.opsbench.cli"), "the core product comes without the CLI");
        assertFalse(Files.exists(product.home.resolve("opsbench-cli")));

        Product.Result install = product.director("-installIU", CLI_FEATURE);
        assertEquals(0, install.exitCode(), install.output());
        assertTrue(product.installedBundles().containsAll(List.of("org.opsbench.cli", "picocli")), product.installedBundles().toString());
        Path cli = product.home.resolve("opsbench-cli");
        assertTrue(Files.isExecutable(cli), "the feature's launcher script is installed as a root file");

        // Started headless from another directory: the feature's bundles resolve, start and do real work.
        Path workspace = temp.resolve("workspace");
        Product.Result help = Product.run(List.of(cli.toString(), "--help"), temp, Map.of(), Duration.ofMinutes(2));
        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("generate-sample-data"), help.output());
        Product.Result sample = Product.run(List.of(cli.toString(), "--workspace", workspace.toString(), "generate-sample-data"),
                temp, Map.of(), Duration.ofMinutes(4));
        assertEquals(0, sample.exitCode(), sample.output());
        assertTrue(sample.output().contains("60 customers, 240 sites, 2400 equipment items"), sample.output());
        // Only what the command has to say: no log lines of the platform's service-loader extender (SPI-Fly),
        // and Derby's log in the workspace, not in the directory the command was started from.
        assertEquals(1, sample.output().strip().lines().count(), sample.output());
        assertTrue(Files.isRegularFile(workspace.resolve("derby.log")), "derby.log goes to the workspace");
        assertFalse(Files.exists(temp.resolve("derby.log")), "nothing is written into the current directory");
        Product.Result unknown = Product.run(List.of(cli.toString(), "--frobnicate"), temp, Map.of(), Duration.ofMinutes(2));
        assertEquals(2, unknown.exitCode(), "an unknown option is a usage error: " + unknown.output());

        Product.Result uninstall = product.director("-uninstallIU", CLI_FEATURE);
        assertEquals(0, uninstall.exitCode(), uninstall.output());
        assertFalse(product.installedBundles().contains("org.opsbench.cli"), product.installedBundles().toString());
        assertFalse(Files.exists(cli), "the root file is removed with the feature");
        Product.Result gone = Product.run(List.of(product.home.resolve("opsbench").toString(), "-nosplash", "-consoleLog", "--help"),
                temp, Map.of("OPSBENCH_APPLICATION", "org.opsbench.cli.app"), Duration.ofMinutes(2));
        assertTrue(gone.output().contains("org.opsbench.cli.app") && gone.output().contains("could not be found"), gone.output());
    }

    @Test
    void theCaseFeatureInstallsAloneOnTheCoreProductAndUninstalls() throws Exception {
        installsAloneAndUninstalls(CASES_FEATURE, "org.opsbench.cases", List.of("org.opsbench.cases", "org.opsbench.cases.cli",
                "org.opsbench.cases.ui", "org.eclipse.nebula.widgets.nattable.core", "org.opsbench.notifications", "org.eclipse.angus.mail",
                "org.opsbench.reports", "org.apache.pdfbox", "org.apache.commons.commons-csv"),
                // optional requirements (of cases.cli and cases.ui) do not pull their features in
                List.of("org.opsbench.cli", "org.opsbench.topology.ui"));
    }

    @Test
    void theTopologyFeatureInstallsAloneOnTheCoreProductAndUninstalls() throws Exception {
        installsAloneAndUninstalls(TOPOLOGY_FEATURE, "org.opsbench.topology", List.of("org.opsbench.topology", "org.opsbench.topology.ui",
                "org.eclipse.gef", "org.eclipse.draw2d", "org.opsbench.gef.compat", "com.ibm.icu", "org.eclipse.elk.alg.layered",
                "com.github.seancfoley.ipaddress"),
                // topology works without case management, which lights it up when installed
                List.of("org.opsbench.cases"));
    }

    /**
     * Installs a feature into a fresh core product, checks which bundles come and which stay out, and
     * uninstalls it again.
     */
    private void installsAloneAndUninstalls(String feature, String mainBundle, List<String> comesWith, List<String> staysOut) throws Exception {
        Product product = Product.freshCopy(temp.resolve("opsbench"));
        assertFalse(product.installedBundles().contains(mainBundle), "the core product comes without " + mainBundle);

        Product.Result install = product.director("-installIU", feature);
        assertEquals(0, install.exitCode(), install.output());
        assertTrue(product.installedBundles().containsAll(comesWith), product.installedBundles().toString());
        for (String absent : staysOut) {
            assertFalse(product.installedBundles().contains(absent), absent + " does not come along with " + feature);
        }

        Product.Result uninstall = product.director("-uninstallIU", feature);
        assertEquals(0, uninstall.exitCode(), uninstall.output());
        assertFalse(product.installedBundles().contains(mainBundle), product.installedBundles().toString());
    }
}
