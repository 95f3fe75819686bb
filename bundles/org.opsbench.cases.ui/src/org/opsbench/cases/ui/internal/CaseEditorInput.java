package org.opsbench.cases.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A case by its database id; two inputs for the same case are equal, so the page reuses the open editor. */
public record CaseEditorInput(long caseId, String number) implements IEditorInput {

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
        return number;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseEditorInput input && input.caseId == caseId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(caseId);
    }
}
