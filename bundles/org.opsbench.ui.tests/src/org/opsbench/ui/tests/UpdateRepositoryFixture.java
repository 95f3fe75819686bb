package org.opsbench.ui.tests;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.FrameworkUtil;

/**
 * What the p2 UI needs around the test workbench: a profile for "this installation" (the
 * materialised product has one; the test runtime does not), and a repository at the
 * configured OpsBench location that offers a categorised feature, as the build's
 * repository does.
 */
final class UpdateRepositoryFixture {

    static final String CATEGORY_NAME = "OpsBench optional features";
    static final String FEATURE_NAME = "OpsBench command-line tools";

    private UpdateRepositoryFixture() {
    }

    /** Creates the running installation's p2 profile (named by -Declipse.p2.profile) if it is missing. */
    static void ensureProfile(IProvisioningAgent agent) throws Exception {
        IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
        String id = System.getProperty("eclipse.p2.profile");
        if (profiles.getProfile(id) == null) {
            profiles.addProfile(id);
        }
    }

    /**
     * Writes a metadata repository at the location, through an agent of its own so that the
     * workbench's repository managers learn about it only as a user's would: by loading it.
     */
    static void createRepository(URI location) throws Exception {
        Path directory = Path.of(location);
        if (Files.exists(directory)) { // left by an earlier run on this build directory
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        var context = FrameworkUtil.getBundle(UpdateRepositoryFixture.class).getBundleContext();
        var reference = context.getServiceReference(IProvisioningAgentProvider.class);
        Path agentArea = Files.createTempDirectory("fixture-agent");
        IProvisioningAgent agent = context.getService(reference).createAgent(agentArea.toUri());
        try {
            IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
            IMetadataRepository repository = manager.createRepository(location, "OpsBench (test fixture)",
                    IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
            Version version = Version.create("0.1.0");
            IInstallableUnit feature = unit("org.opsbench.cli.feature.feature.group", version, FEATURE_NAME,
                    InstallableUnitDescription.PROP_TYPE_GROUP, List.of());
            IInstallableUnit category = unit("org.opsbench.category.optional", version, CATEGORY_NAME,
                    InstallableUnitDescription.PROP_TYPE_CATEGORY,
                    List.of(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, feature.getId(),
                            new VersionRange(version, true, version, true), null, false, false)));
            repository.addInstallableUnits(List.of(feature, category));
        } finally {
            agent.stop();
            context.ungetService(reference);
        }
    }

    private static IInstallableUnit unit(String id, Version version, String name, String type, List<IRequirement> requirements) {
        InstallableUnitDescription description = new InstallableUnitDescription();
        description.setId(id);
        description.setVersion(version);
        description.setProperty(IInstallableUnit.PROP_NAME, name);
        description.setProperty(type, Boolean.TRUE.toString());
        description.setCapabilities(new IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version) });
        description.setRequirements(requirements.toArray(IRequirement[]::new));
        return MetadataFactory.createInstallableUnit(description);
    }
}
