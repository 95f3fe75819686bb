package org.opsbench.ui.update.internal;

import java.net.URI;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.ui.IStartup;

/**
 * Offers the configured OpsBench repository to p2 when the workbench starts. Runs on the
 * platform's early-start thread, so the repository managers' file I/O never blocks the UI.
 */
public final class RepositorySetup implements IStartup {

    @Override
    public void earlyStartup() {
        try {
            URI location = UpdateSites.configuredLocation();
            if (location == null) {
                return;
            }
            ProvisioningUI ui = ProvisioningUI.getDefaultUI();
            UpdateSites.offer(ui.getSession().getProvisioningAgent(), location, UpdateSites.SITE_NAME,
                    ConfigurationScope.INSTANCE.getNode(UpdateSites.BUNDLE));
        } catch (Exception e) {
            ILog.of(RepositorySetup.class).error("The OpsBench software site could not be set up", e);
        }
    }
}
