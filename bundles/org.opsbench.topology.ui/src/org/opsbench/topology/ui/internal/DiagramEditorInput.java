package org.opsbench.topology.ui.internal;

import org.eclipse.ui.IMemento;
import org.opsbench.ui.workbench.StoredObjectFactory;
import org.opsbench.ui.workbench.StoredObjectInput;

/** A stored network diagram by its database id; two inputs for one diagram are equal, so the page reuses the open editor. Reopened at the next start. */
public record DiagramEditorInput(long diagramId, String name) implements StoredObjectInput {

    static final String FACTORY_ID = "org.opsbench.topology.ui.diagramEditorInput";

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String factoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        StoredObjectInput.writeIdAndName(memento, diagramId, name);
    }

    /** Registered as {@value #FACTORY_ID}. */
    public static final class Factory extends StoredObjectFactory {
        @Override
        protected StoredObjectInput create(IMemento memento) {
            return new DiagramEditorInput(id(memento), name(memento));
        }
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
