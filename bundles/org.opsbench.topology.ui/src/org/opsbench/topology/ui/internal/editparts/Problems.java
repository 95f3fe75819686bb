package org.opsbench.topology.ui.internal.editparts;

import java.util.List;
import java.util.Map;

import org.eclipse.gef.EditPart;

/** What the editor's last validation found about one element, read by the part that draws it. */
public final class Problems {

    private Problems() {
    }

    /** @return the element's problems, one per line, or null when it has none */
    @SuppressWarnings("unchecked")
    public static String of(EditPart part) {
        Object all = part.getViewer().getProperty(ViewerProperties.PROBLEMS);
        List<String> mine = all instanceof Map<?, ?> map ? (List<String>) map.get(part.getModel()) : null;
        return mine == null || mine.isEmpty() ? null : String.join("\n", mine);
    }
}
