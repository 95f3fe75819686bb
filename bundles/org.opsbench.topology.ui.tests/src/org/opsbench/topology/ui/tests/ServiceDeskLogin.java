package org.opsbench.topology.ui.tests;

import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.RunningWorkbench;

/** The workbench on the sample data with the administrator logged in; and a palette lookup. */
final class ServiceDeskLogin {

    private ServiceDeskLogin() {
    }

    static RunningWorkbench asAdmin() throws Exception {
        return asAdmin("Log in to OpsBench", "The sample data is loaded.", "Log in");
    }

    /** The login dialog's title, the start of its "sample data loaded" message and its button, in the language the test runs in. */
    static RunningWorkbench asAdmin(String loginTitle, String loadedText, String loginButton) throws Exception {
        return RunningWorkbench.withSampleData().logIn(loginTitle, loadedText, loginButton, "admin", SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
    }

    /** @return the palette's tool entry with this label, in any drawer, or null */
    static org.eclipse.gef.palette.ToolEntry paletteEntry(org.eclipse.gef.palette.PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof org.eclipse.gef.palette.ToolEntry tool && label.equals(tool.getLabel())) {
                return tool;
            }
            if (child instanceof org.eclipse.gef.palette.PaletteContainer inner && paletteEntry(inner, label) != null) {
                return paletteEntry(inner, label);
            }
        }
        return null;
    }
}
