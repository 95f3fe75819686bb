package org.opsbench.ui.update.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The office's OpsBench p2 repository as a known software site. Its location is configured
 * per installation (system property, else the product's preference customization) and offered
 * to p2 once: a person who removes or edits the site in Preferences &gt; Install/Update &gt;
 * Available Software Sites keeps their choice, and a build configured with a new location
 * offers the new one.
 */
public final class UpdateSites {

    public static final String BUNDLE = "org.opsbench.ui.update";
    /** The site's name in Available Software Sites: the product's name, the same in every language. */
    public static final String SITE_NAME = "OpsBench";
    /** System property that overrides the configured location, e.g. for a test or one machine. */
    public static final String LOCATION_PROPERTY = "opsbench.updates.repository";
    /** Preference of this bundle holding the default location; set in plugin_customization.ini. */
    public static final String LOCATION_PREFERENCE = "repository";
    /** Configuration-scope preference remembering the last location offered to p2. */
    static final String OFFERED_PREFERENCE = "offeredRepository";

    private UpdateSites() {
    }

    /**
     * @return the configured repository location, or null when none is configured
     * @throws IllegalArgumentException naming the setting when its value is not a URI
     */
    public static URI configuredLocation() {
        String value = System.getProperty(LOCATION_PROPERTY);
        String source = "-D" + LOCATION_PROPERTY;
        if (value == null || value.isBlank()) {
            value = Platform.getPreferencesService().getString(BUNDLE, LOCATION_PREFERENCE, null, null);
            source = BUNDLE + "/" + LOCATION_PREFERENCE;
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(source + " is not a repository location: " + value, e);
        }
    }

    /**
     * Adds the location as an enabled metadata and artifact repository named nickname, unless
     * this location is the one offered last time.
     *
     * @param state where the offered location is remembered (one node per installation)
     * @return whether the site was added now
     */
    public static boolean offer(IProvisioningAgent agent, URI location, String nickname, Preferences state)
            throws BackingStoreException {
        if (location.toString().equals(state.get(OFFERED_PREFERENCE, null))) {
            return false;
        }
        add(agent.getService(IMetadataRepositoryManager.class), location, nickname);
        add(agent.getService(IArtifactRepositoryManager.class), location, nickname);
        state.put(OFFERED_PREFERENCE, location.toString());
        state.flush();
        return true;
    }

    private static void add(IRepositoryManager<?> manager, URI location, String nickname) {
        manager.addRepository(location);
        manager.setRepositoryProperty(location, IRepository.PROP_NICKNAME, nickname);
        manager.setEnabled(location, true);
    }
}
