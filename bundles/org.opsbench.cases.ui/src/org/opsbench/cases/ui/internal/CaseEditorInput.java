package org.opsbench.cases.ui.internal;

import org.eclipse.ui.IMemento;
import org.opsbench.ui.workbench.StoredObjectFactory;
import org.opsbench.ui.workbench.StoredObjectInput;

/** A case by its database id; two inputs for the same case are equal, so the page reuses the open editor. Reopened at the next start. */
public record CaseEditorInput(long caseId, String number) implements StoredObjectInput {

    static final String FACTORY_ID = "org.opsbench.cases.ui.caseEditorInput";

    @Override
    public String getName() {
        return number;
    }

    @Override
    public String factoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        StoredObjectInput.writeIdAndName(memento, caseId, number);
    }

    /** Registered as {@value #FACTORY_ID}. */
    public static final class Factory extends StoredObjectFactory {
        @Override
        protected StoredObjectInput create(IMemento memento) {
            return new CaseEditorInput(id(memento), name(memento));
        }
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
