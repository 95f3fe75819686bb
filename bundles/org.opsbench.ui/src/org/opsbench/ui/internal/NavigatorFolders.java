package org.opsbench.ui.internal;

import java.util.List;

import org.opsbench.ui.workbench.Contributions;
import org.opsbench.ui.workbench.NavigatorFolder;

/** The folders installed plug-ins add under each customer, read once from {@code org.opsbench.ui.navigatorFolders}. */
final class NavigatorFolders {

    static final String EXTENSION_POINT = "org.opsbench.ui.navigatorFolders";

    private static List<Contributions.Contributed<NavigatorFolder>> installed;

    private NavigatorFolders() {
    }

    static synchronized List<Contributions.Contributed<NavigatorFolder>> installed() {
        if (installed == null) {
            installed = Contributions.read(EXTENSION_POINT, "name", NavigatorFolder.class);
        }
        return installed;
    }
}
