package org.opsbench.topology.ui.internal;

import org.opsbench.ui.workbench.StoredObjectInput;

/** A stored network diagram by its database id; two inputs for one diagram are equal, so the page reuses the open editor. */
public record DiagramEditorInput(long diagramId, String name) implements StoredObjectInput {

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.diagramId == diagramId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(diagramId);
    }
}
