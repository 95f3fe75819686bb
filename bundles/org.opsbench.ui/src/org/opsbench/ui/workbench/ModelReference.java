package org.opsbench.ui.workbench;

import org.eclipse.emf.ecore.EClass;

/**
 * A stored object the user picked in a view, by its class and database id: what the navigator's
 * nodes adapt to and what they carry when dragged (through JFace's {@code LocalSelectionTransfer}),
 * so that a plug-in's editor can take equipment, sites or customers without knowing the navigator.
 */
public record ModelReference(EClass type, long id, String label) {
}
