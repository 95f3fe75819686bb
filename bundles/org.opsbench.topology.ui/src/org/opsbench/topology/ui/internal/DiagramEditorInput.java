package org.opsbench.topology.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A stored network diagram by its database id; two inputs for one diagram are equal, so the page reuses the open editor. */
public record DiagramEditorInput(long diagramId, String name) implements IEditorInput {

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
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
