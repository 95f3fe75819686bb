package org.opsbench.ui.update.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    public static String siteName;

    static {
        NLS.initializeMessages("org.opsbench.ui.update.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
